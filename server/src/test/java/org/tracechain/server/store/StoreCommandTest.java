// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tracechain.network.postgres.LocalPostgres;
import picocli.CommandLine;

/** {@code tracechain store …} against a real PostgreSQL found from a network home, or an external URL. */
class StoreCommandTest {

    private static LocalPostgres postgres;
    private static String home;

    @BeforeAll
    static void start() {
        postgres = TestPostgres.start("StoreCommandTest", 31853);
        home = java.nio.file.Path.of(postgres.connection().passwordFile()).getParent().getParent().toString();
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(final StoreCommand command, final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exit = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void status_names_the_database_server_schema_and_projected_heights() {
        final StoreCommand command = new StoreCommand(StoreRebuild.UNAVAILABLE,
                ds -> Map.of("govdir", 0L, "foodtrace", 12L), Map.of("TRACECHAIN_HOME", home));

        final Run run = run(command, "status");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("database   jdbc:postgresql://127.0.0.1:31853/tracechain as tracechain (from the network home")
                .contains("server     PostgreSQL 1")
                .contains("schema     ")
                .contains("projected  foodtrace up to block 11 (height 12), govdir nothing yet")
                .doesNotContain(postgres.connection().password());
    }

    @Test
    void options_may_follow_the_subcommand() {
        final Run run = run(new StoreCommand(StoreRebuild.UNAVAILABLE, StoreHeights.NONE, Map.of()), "status",
                "--home", home);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("projected  nothing yet");
    }

    @Test
    void an_unreachable_database_is_one_line_and_exit_1() {
        final Run run = run(new StoreCommand(StoreRebuild.UNAVAILABLE, StoreHeights.NONE,
                Map.of("TRACECHAIN_DB_USER", "tracechain", "TRACECHAIN_DB_PASSWORD", "hunter2")),
                "status", "--db-url", "jdbc:postgresql://127.0.0.1:31859/tracechain");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("tracechain store status: cannot reach the query store database")
                .doesNotContain("hunter2").doesNotContain("\tat ");
    }

    @Test
    void a_password_on_the_command_line_is_refused() {
        final Run run = run(new StoreCommand(), "--db-url", "jdbc:postgresql://127.0.0.1:31853/tracechain?password=x",
                "status");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("must not carry a password");
    }

    @Test
    void rebuild_without_a_query_store_implementation_says_so() {
        final Run run = run(new StoreCommand(StoreRebuild.UNAVAILABLE, StoreHeights.NONE, Map.of()), "rebuild",
                "--home", home);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cannot rebuild the query store");
    }

    @Test
    void rebuild_hands_the_implementation_a_migrated_database() {
        final AtomicReference<String> seen = new AtomicReference<>();
        final StoreRebuild rebuild = (database, out) -> {
            seen.set(database.settings().jdbcUrl() + " pending " + database.migrationStatus().pending().size());
            out.println("replayed 3 blocks");
        };

        final Run run = run(new StoreCommand(rebuild, StoreHeights.NONE, Map.of()), "rebuild", "--home", home);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(seen.get()).isEqualTo("jdbc:postgresql://127.0.0.1:31853/tracechain pending 0");
        assertThat(run.out()).contains("replayed 3 blocks").contains("Rebuilt the query store in");
    }

    @Test
    void without_a_subcommand_it_shows_its_usage() {
        final Run run = run(new StoreCommand(), new String[0]);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("status").contains("migrate").contains("rebuild");
    }
}
