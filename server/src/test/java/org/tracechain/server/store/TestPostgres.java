// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tracechain.network.postgres.LocalPostgres;
import org.tracechain.network.process.Directories;

/**
 * A real PostgreSQL for one test class, under {@code target/} (when the tests run as root, PostgreSQL runs as an
 * unprivileged user who must reach its directory; a {@code @TempDir} is closed to others).
 */
final class TestPostgres {

    private TestPostgres() {}

    /** Starts a fresh server in {@code target/postgres-tests/<name>} on {@code port}. */
    static LocalPostgres start(final String name, final int port) {
        final Path dir = Path.of("target", "postgres-tests", name).toAbsolutePath();
        try {
            Directories.deleteRecursively(dir);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LocalPostgres.start(dir, port);
    }
}
