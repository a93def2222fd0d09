// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query store's database: a connection pool (HikariCP) to the PostgreSQL the {@link DatabaseSettings} name, and
 * its schema, kept up to date by Flyway from the migrations in {@value #MIGRATIONS}.
 *
 * <pre>{@code
 * try (StoreDatabase db = StoreDatabase.open(DatabaseSettings.fromNetworkHome(home))) {
 *     db.migrate();                    // applies what is pending, in order, each in its own transaction
 *     DataSource pool = db.dataSource();
 * }
 * }</pre>
 */
public final class StoreDatabase implements AutoCloseable {

    /** Where the query store's schema migrations are: {@code V1__…sql}, {@code V2__…sql}, … */
    public static final String MIGRATIONS = "classpath:org/tracechain/server/store/migration";

    private static final Logger LOG = LoggerFactory.getLogger(StoreDatabase.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private final StoreMigrations migrations;

    private StoreDatabase(final DatabaseSettings settings, final HikariDataSource pool, final List<String> locations) {
        this.settings = settings;
        this.pool = pool;
        this.migrations = new StoreMigrations(pool, locations);
    }

    /**
     * Opens a pool to the database and checks that it answers.
     *
     * @throws StoreUnavailableException when the database cannot be reached or refuses the login
     */
    public static StoreDatabase open(final DatabaseSettings settings) {
        return open(settings, 10, List.of(MIGRATIONS));
    }

    /**
     * As {@link #open(DatabaseSettings)}, with a pool of {@code poolSize} and migrations from {@code locations}.
     *
     * @param poolSize at least 2: Flyway holds one connection for its lock while it migrates on another
     */
    public static StoreDatabase open(final DatabaseSettings settings, final int poolSize, final List<String> locations) {
        Objects.requireNonNull(settings, "settings");
        if (poolSize < 2) {
            throw new IllegalArgumentException("the pool needs at least 2 connections (Flyway locks on one, migrates on"
                    + " another), not " + poolSize);
        }
        final HikariConfig config = new HikariConfig();
        config.setPoolName("tracechain-store");
        config.setJdbcUrl(settings.jdbcUrl());
        if (settings.user() != null) {
            config.setUsername(settings.user());
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setConnectionTimeout(CONNECT_TIMEOUT.toMillis());
        // One attempt at once: fail with the reason rather than serve requests against a database that is not there.
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "tracechain");
        config.addDataSourceProperty("connectTimeout", Long.toString(CONNECT_TIMEOUT.toSeconds()));
        try {
            final HikariDataSource pool = new HikariDataSource(config);
            LOG.info("Query store database: {}", settings.describe());
            return new StoreDatabase(settings, pool, List.copyOf(locations));
        } catch (HikariPool.PoolInitializationException e) {
            throw new StoreUnavailableException("cannot reach the query store database " + settings.describe() + ": "
                    + rootMessage(e), e);
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** The pool; connections are returned to it by closing them. */
    public DataSource dataSource() {
        return pool;
    }

    /** Applies every pending migration; returns how many it applied. */
    public int migrate() {
        return migrations.migrate();
    }

    /** Which migrations are applied and which are pending. */
    public StoreMigrations.Status migrationStatus() {
        return migrations.status();
    }

    /** The server's product name and version, e.g. {@code PostgreSQL 15.18}. */
    public String serverVersion() throws SQLException {
        try (Connection c = pool.getConnection()) {
            final DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    static String rootMessage(final Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
