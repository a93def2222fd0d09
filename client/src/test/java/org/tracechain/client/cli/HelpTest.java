// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command explains itself with examples, and {@code help} reaches any command however deep. */
class HelpTest {

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void start() {
        cli = new CliRunner(home);
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void every_command_has_its_own_help_with_an_example_of_itself() {
        final List<CommandLine> commands = new ArrayList<>();
        collect(TraceChainCli.newCommandLine((h, o, u) -> {
            throw new AssertionError("help must not connect");
        }, Map.of()), commands, Collections.newSetFromMap(new IdentityHashMap<>()));
        assertThat(commands).hasSizeGreaterThan(50);

        for (final CommandLine command : commands) {
            final String name = command.getCommandSpec().qualifiedName();
            final StringWriter usage = new StringWriter();
            command.usage(new PrintWriter(usage));
            final String path = name.substring("tracechain".length()).strip();
            assertThat(usage.toString()).as(name).contains("\nExamples:\n");
            final String examples = usage.toString().substring(usage.toString().indexOf("\nExamples:\n"));
            assertThat(examples.lines().filter(line -> line.startsWith("  tracechain ") && line.contains(" " + path)))
                    .as("an example of '%s' in:%n%s", name, examples).isNotEmpty();
        }
    }

    @Test
    void a_run_that_builds_only_the_commands_it_names_prints_the_same_help_as_the_whole_tree() {
        final LedgerClientFactory noConnection = (h, o, u) -> {
            throw new AssertionError("help must not connect");
        };
        final List<CommandLine> commands = new ArrayList<>();
        collect(TraceChainCli.newCommandLine(noConnection, Map.of()), commands,
                Collections.newSetFromMap(new IdentityHashMap<>()));

        for (final CommandLine command : commands) {
            final StringWriter whole = new StringWriter();
            command.usage(new PrintWriter(whole));
            final List<String> args = new ArrayList<>(List.of(command.getCommandSpec().qualifiedName().split(" ")));
            args.set(0, "--help");
            java.util.Collections.rotate(args, -1);   // path..., --help
            final StringWriter lazy = new StringWriter();
            final CommandLine lazyLine = TraceChainCli.newCommandLine(noConnection, Map.of(), args.toArray(String[]::new));
            lazyLine.setOut(new PrintWriter(lazy, true));

            assertThat(lazyLine.execute(args.toArray(String[]::new))).as(args.toString()).isZero();
            assertThat(lazy.toString()).as(args.toString()).isEqualTo(whole.toString());
        }
    }

    @Test
    void help_and_version_requests_skip_the_ledger_prefetch() {
        assertThat(Prefetch.isHelpRequest("food", "get-lot", "--help")).isTrue();
        assertThat(Prefetch.isHelpRequest("help", "food")).isTrue();
        assertThat(Prefetch.isHelpRequest("-V")).isTrue();
        assertThat(Prefetch.isHelpRequest("--org", "producer", "food", "get-lot", "L1")).isFalse();
    }

    private static void collect(final CommandLine command, final List<CommandLine> into, final Set<Object> seen) {
        if (seen.add(command.getCommandSpec())) {
            into.add(command);
            command.getSubcommands().values().forEach(sub -> collect(sub, into, seen));
        }
    }

    @Test
    void help_of_a_nested_command_is_that_commands_help() {
        assertThat(cli.run("food", "get-lot", "--help")).isZero();
        final String direct = cli.out();
        assertThat(direct).startsWith("Usage: tracechain food get-lot ");

        assertThat(cli.run("help", "food", "get-lot")).isZero();
        assertThat(cli.out()).isEqualTo(direct);

        assertThat(cli.run("dir", "entry", "create", "--help")).isZero();
        final String deep = cli.out();
        assertThat(cli.run("help", "dir", "entry", "create")).isZero();
        assertThat(cli.out()).isEqualTo(deep).contains("Examples:\n  tracechain --org civil --user cataloger dir entry create");
    }

    @Test
    void help_of_an_unknown_command_names_the_commands_there_are() {
        assertThat(cli.run("help", "food", "get-lots")).isEqualTo(ExitCodes.USAGE);

        assertThat(cli.err()).startsWith("error: unknown command 'food get-lots'; commands of 'tracechain food': "
                + "register-site, update-site, get-site, register-party, update-party, get-party, get-lot, "
                + "register-lot, history, cool, import-epcis, ship, receive, sell, transform, aggregate, disaggregate, "
                + "inspect, "
                + "sensor, record-document, verify-document, correct-event, trace, export, recall, recall-status, "
                + "acknowledge-recall, ack-recall, hold, release\n");
    }

    @Test
    void top_level_help_lists_every_command_group_and_the_exit_codes() {
        assertThat(cli.run("--help")).isZero();

        final String help = cli.out();
        assertThat(help.substring(help.indexOf("Commands:"), help.indexOf("\nExit codes:"))).isEqualTo("""
                Commands:
                  whoami  Show the caller identity as the chaincode sees it (MSP, subject,
                            roles).
                  food    Food traceability (channel and chaincode foodtrace).
                  dir     Government data directory (channel and chaincode govdir).
                  demo    Round trip: register and read a lot (foodtrace) and a department
                            (govdir) as different organisations; prints tx ids, blocks,
                            validation codes and timings.
                  help    Show the help of a command, e.g. 'help food get-lot'; without one, of
                            tracechain.
                """);
        assertThat(help).contains("  3   network unavailable").contains("Examples:\n  tracechain --org producer");
        assertThat(cli.run("help")).isZero();
        assertThat(cli.out()).isEqualTo(help);
    }
}
