// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query store's schema, kept by Flyway: versioned SQL migrations applied in order, each in its own transaction,
 * recorded in {@code flyway_schema_history}. An applied migration that was changed afterwards fails validation
 * (its checksum differs) instead of leaving two servers with different schemas; the database is never cleaned.
 */
public final class StoreMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(StoreMigrations.class);

    private final Flyway flyway;

    StoreMigrations(final DataSource dataSource, final List<String> locations, final Optional<String> schema) {
        this.flyway = Flyway.configure(StoreMigrations.class.getClassLoader())
                .dataSource(dataSource)
                // An organisation's own schema is created by the first migration run; its history table lives there.
                .schemas(schema.map(s -> new String[] {s}).orElse(new String[0]))
                .locations(locations.toArray(String[]::new))
                .failOnMissingLocations(false)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }

    /** What {@link #status()} reports. */
    public record Status(Optional<String> currentVersion, List<String> applied, List<String> pending) {
        public Status {
            applied = List.copyOf(applied);
            pending = List.copyOf(pending);
        }
    }

    /** Applies what is pending; returns how many migrations it applied. */
    int migrate() {
        try {
            final MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Query store schema: applied {} migration(s), now at version {}", result.migrationsExecuted,
                        result.targetSchemaVersion);
            }
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreUnavailableException("cannot bring the query store's schema up to date: " + e.getMessage(), e);
        }
    }

    Status status() {
        try {
            final MigrationInfoService info = flyway.info();
            return new Status(Optional.ofNullable(info.current()).map(m -> m.getVersion().toString()),
                    describe(info.applied()), describe(info.pending()));
        } catch (FlywayException e) {
            throw new StoreUnavailableException("cannot read the query store's schema history: " + e.getMessage(), e);
        }
    }

    private static List<String> describe(final MigrationInfo[] migrations) {
        return Arrays.stream(migrations).map(m -> (m.getVersion() == null ? "R" : "V" + m.getVersion()) + " "
                + m.getDescription()).toList();
    }
}
