// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracechain.network.postgres.ConnectionInfo;
import org.tracechain.network.postgres.LocalPostgres;

/** The bootstrap against a real PostgreSQL: pool, login, Flyway migrations (a test-only location). */
class StoreDatabaseTest {

    private static final String TEST_MIGRATIONS = "classpath:org/tracechain/server/store/testmigration";
    private static LocalPostgres postgres;

    @BeforeAll
    static void start() {
        postgres = TestPostgres.start("StoreDatabaseTest", 31852);
    }

    @AfterAll
    static void stop() {
        final long pid = postgres.pid();
        postgres.close();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    private static DatabaseSettings settings() {
        final ConnectionInfo info = postgres.connection();
        return new DatabaseSettings(info.jdbcUrl(), info.user(), info.password(), "test");
    }

    @Test
    void applies_pending_migrations_once_in_order() throws Exception {
        try (StoreDatabase db = StoreDatabase.open(settings(), 2, List.of(TEST_MIGRATIONS))) {
            assertThat(db.migrationStatus().pending()).containsExactly("V1 probe table", "V2 probe row");

            assertThat(db.migrate()).isEqualTo(2);
            assertThat(db.migrate()).isZero();

            final StoreMigrations.Status status = db.migrationStatus();
            assertThat(status.currentVersion()).hasValue("2");
            assertThat(status.applied()).containsExactly("V1 probe table", "V2 probe row");
            assertThat(status.pending()).isEmpty();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select note from probe where id = 1")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("migrated");
            }
            assertThat(db.serverVersion()).startsWith("PostgreSQL");
        }
    }

    @Test
    void a_wrong_password_is_refused_with_the_servers_reason_and_without_the_password() {
        final ConnectionInfo info = postgres.connection();
        final DatabaseSettings wrong = new DatabaseSettings(info.jdbcUrl(), info.user(), "not-the-password", "test");

        assertThatThrownBy(() -> StoreDatabase.open(wrong))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(info.jdbcUrl())
                .hasMessageContaining("password authentication failed")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void a_pool_too_small_for_flyway_is_refused() {
        assertThatThrownBy(() -> StoreDatabase.open(settings(), 1, List.of(TEST_MIGRATIONS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 connections");
    }

    @Test
    void a_database_that_does_not_answer_fails_at_once() {
        final DatabaseSettings nobody = new DatabaseSettings("jdbc:postgresql://127.0.0.1:31859/tracechain", "tracechain",
                "x", "test");
        final long start = System.nanoTime();

        assertThatThrownBy(() -> StoreDatabase.open(nobody))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot reach the query store database jdbc:postgresql://127.0.0.1:31859/tracechain");
        assertThat((System.nanoTime() - start) / 1_000_000_000L).isLessThan(10);
    }
}
