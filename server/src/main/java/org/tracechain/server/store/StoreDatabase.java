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
import java.util.Optional;
import java.util.regex.Pattern;
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

    private StoreDatabase(final DatabaseSettings settings, final HikariDataSource pool, final List<String> locations,
            final Optional<String> schema) {
        this.settings = settings;
        this.pool = pool;
        this.migrations = new StoreMigrations(pool, locations, schema);
    }

    /**
     * The store of one organisation: its own schema ({@link #schemaOf}) in the database, so that the servers of
     * organisations sharing one PostgreSQL (as on a one-machine network) never read or write each other's tables.
     *
     * @param settings where the database is
     * @param organization organisation short name
     * @return the open store, its schema not yet migrated
     */
    public static StoreDatabase forOrganization(final DatabaseSettings settings, final String organization) {
        return open(settings, 10, List.of(MIGRATIONS), Optional.of(schemaOf(organization)));
    }

    /**
     * The schema of an organisation's store: {@code org_} and its short name, {@code -} as {@code _}.
     *
     * @param organization organisation short name (lower-case letters, digits, {@code -} or {@code _})
     * @return the schema name
     */
    public static String schemaOf(final String organization) {
        if (organization == null || !ORGANIZATION.matcher(organization).matches()) {
            throw new IllegalArgumentException("organisation names a store schema only if it is 1-40 lower-case "
                    + "letters, digits, - or _, starting with a letter");
        }
        return "org_" + organization.replace('-', '_');
    }

    private static final Pattern ORGANIZATION = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

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
        return open(settings, poolSize, locations, Optional.empty());
    }

    /**
     * Opens a pool whose connections use {@code schema} (created by the migrations when missing).
     *
     * @param settings where the database is
     * @param poolSize connections in the pool, at least 2
     * @param locations Flyway migration locations
     * @param schema the schema the store's tables live in; empty: the database's default
     * @return the open store, its schema not yet migrated
     */
    public static StoreDatabase open(final DatabaseSettings settings, final int poolSize, final List<String> locations,
            final Optional<String> schema) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(schema, "schema");
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
        schema.ifPresent(config::setSchema);
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
            return new StoreDatabase(settings, pool, List.copyOf(locations), schema);
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
