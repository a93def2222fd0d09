// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

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

    /** The cluster's data directory. */
    public Path dataDir() {
        return root().resolve("data");
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
