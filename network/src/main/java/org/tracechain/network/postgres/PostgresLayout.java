// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a network home keeps its PostgreSQL: {@code postgres/data} (the cluster, owned by the user PostgreSQL runs
 * as), {@code postgres/password} and {@code postgres/connection.json} (for the servers), the log
 * {@code nodes/postgres/postgres.log} and the PID file {@code run/postgres.pid} like every node.
 */
public record PostgresLayout(Path home) {

    /** The node name: PID file, log and status line. */
    public static final String NODE = "postgres";

    public static PostgresLayout of(final Path home) {
        return new PostgresLayout(home.toAbsolutePath().normalize());
    }

    /** {@code <home>/postgres}. */
    public Path root() {
        return home.resolve("postgres");
    }

    /**
     * The cluster's data directory: {@code postgres/data}, or where {@link #locationFile()} says when the home lies
     * below a directory the PostgreSQL user cannot enter (see {@code PostgresCluster}).
     */
    public Path dataDir() {
        final Path location = locationFile();
        if (Files.isRegularFile(location)) {
            try {
                return Path.of(Files.readString(location, StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + location, e);
            }
        }
        return root().resolve("data");
    }

    /** Names the data directory when it is kept outside the home. */
    public Path locationFile() {
        return root().resolve("data-location");
    }

    public Path passwordFile() {
        return root().resolve("password");
    }

    public Path connectionFile() {
        return root().resolve("connection.json");
    }

    /** The node's own directory, for its log (like every node's {@code nodes/<node>}). */
    public Path nodeDir() {
        return home.resolve("nodes").resolve(NODE);
    }

    public Path runDir() {
        return home.resolve("run");
    }
}
