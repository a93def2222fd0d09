// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.postgresql.ds.PGSimpleDataSource;
import org.tracechain.network.postgres.ConnectionInfo;
import org.tracechain.network.postgres.LocalPostgres;
import org.tracechain.network.process.Directories;

/**
 * A real PostgreSQL for the store's tests, under {@code target/} (when the tests run as root, PostgreSQL runs as an
 * unprivileged user who must reach its directory; a {@code @TempDir} is closed to others). As an extension: one server for the whole test run (started on first use in this part's
 * port block, stopped when the run ends), and a freshly migrated schema for every test, injected as a
 * {@link DataSource}.
 */
public final class TestPostgres implements BeforeEachCallback, ParameterResolver {

    /**
     * {@code base + 850} of the port block the store's tests use: 30850 in unit tests, below Linux's ephemeral range
     * (32768+), where any client socket may hold a port.
     */
    private static final int PORT = Integer.getInteger("tracechain.test.postgresPort",
            Integer.getInteger("tracechain.it.basePort", 30000) + 850);

    @Override
    public void beforeEach(final ExtensionContext context) throws Exception {
        final DataSource dataSource = server(context).dataSource();
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:org/tracechain/server/store/migration")
                .load().migrate();
    }

    @Override
    public boolean supportsParameter(final ParameterContext parameter, final ExtensionContext context) {
        return parameter.getParameter().getType() == DataSource.class;
    }

    @Override
    public Object resolveParameter(final ParameterContext parameter, final ExtensionContext context) {
        return server(context).dataSource();
    }

    private static Server server(final ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class);
    }

    /** The server, closed by JUnit when the run ends. */
    static final class Server implements AutoCloseable {
        private final LocalPostgres postgres;
        private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

        private Server(final LocalPostgres postgres) {
            this.postgres = postgres;
            final ConnectionInfo info = postgres.connection();
            dataSource.setUrl(info.jdbcUrl());
            dataSource.setUser(info.user());
            dataSource.setPassword(info.password());
        }

        static Server start() {
            final Path dir = Path.of("target", "store-postgres").toAbsolutePath();
            try {
                Directories.deleteRecursively(dir);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Server(LocalPostgres.start(dir, PORT));
        }

        DataSource dataSource() {
            return dataSource;
        }

        @Override
        public void close() {
            postgres.close();
        }
    }

    /** Starts a fresh server of one test class's own in {@code target/postgres-tests/<name>} on {@code port}. */
    static LocalPostgres start(final String name, final int port) {
        final Path dir = Path.of("target", "postgres-tests", name).toAbsolutePath();
        try {
            Directories.deleteRecursively(dir);
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return LocalPostgres.start(dir, port);
    }

    /** Runs SQL on the test database (for assertions). */
    public static void execute(final DataSource dataSource, final String sql) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
