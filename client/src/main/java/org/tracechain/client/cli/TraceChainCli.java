// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracechain.client.TraceChainHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code tracechain} command. Global options may be given before or after the subcommand:
 *
 * <pre>{@code
 * tracechain --org producer --user farmer food get-lot L1
 * tracechain food get-lot L1 --org producer --user farmer --json
 * tracechain demo
 * }</pre>
 *
 * <p>Command groups are registered here, in {@link #COMMANDS}; their own commands in the group classes
 * ({@code FoodCommands.COMMANDS}, {@code DirectoryCommands.COMMANDS}). Every command's {@code footer} holds its
 * examples, printed under "Examples:". A run builds only the commands its arguments name ({@link CommandTree}).
 */
@Command(name = "tracechain",
        mixinStandardHelpOptions = true,
        version = "tracechain 0.1.0",
        description = "Food traceability and government directory ledgers on Hyperledger Fabric.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:refused by the chaincode or the channel, committed invalid, or failed",
            "2:usage or configuration error",
            "3:network unavailable"
        },
        footer = {
            "  tracechain --org producer --user farmer food get-lot L1",
            "  tracechain --org regulator --user regulator food trace back L1 --json",
            "  tracechain --org civil --user cataloger dir entry get GB-001",
            "  tracechain help food register-lot",
            "%nOutput: tables fit $COLUMNS (default 120; --wide for all of every cell); --json prints one JSON",
            "document per line: a read exactly as the chaincode returned it, a write as {blockNumber, result,",
            "transactionId, validationCode}. Relative file paths are relative to the current directory."
        })
public final class TraceChainCli implements Runnable {

    /** The top-level commands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(WhoAmICommand.class, FoodCommands.class, DirectoryCommands.class,
            DemoCommand.class, HelpCommand.class);

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "tracechain home (wallet, gateway profiles); default $TRACECHAIN_HOME (the launcher: the project's .tracechain), else ./.tracechain")
    Path home;

    @Option(names = "--org", scope = ScopeType.INHERIT, paramLabel = "ORG", defaultValue = "${env:TRACECHAIN_ORG}",
            description = "organisation of the identity to use, e.g. producer (default $TRACECHAIN_ORG)")
    String organization;

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "USER", defaultValue = "${env:TRACECHAIN_USER}",
            description = "user of the identity to use, e.g. farmer (default $TRACECHAIN_USER)")
    String user;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "print machine-readable JSON")
    boolean json;

    @Option(names = "--wide", scope = ScopeType.INHERIT,
            description = "print tables in full, however wide (default: fit $COLUMNS, else 120 columns)")
    boolean wide;

    @Spec
    CommandSpec spec;

    private final LedgerClientFactory clientFactory;
    private final Map<String, String> environment;

    TraceChainCli(final LedgerClientFactory clientFactory, final Map<String, String> environment) {
        this.clientFactory = clientFactory;
        this.environment = Map.copyOf(environment);
    }

    /** Runs the command line and exits with its exit code. Output is UTF-8 whatever the locale. */
    public static void main(final String[] args) {
        if (!Prefetch.isHelpRequest(args)) {
            Prefetch.start();
        }
        CliLogging.enable();
        // gRPC logs through java.util.logging; send it to SLF4J so logback's level applies (WARN by default).
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        final CommandLine commandLine = newCommandLine(LedgerClientFactory.FROM_HOME, System.getenv(), args);
        commandLine.setOut(utf8(FileDescriptor.out));
        commandLine.setErr(utf8(FileDescriptor.err));
        System.exit(commandLine.execute(args));
    }

    private static PrintWriter utf8(final FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }

    /**
     * A configured command line reading {@code COLUMNS} from this process's environment.
     *
     * @param clientFactory how commands connect
     * @return the command line
     */
    public static CommandLine newCommandLine(final LedgerClientFactory clientFactory) {
        return newCommandLine(clientFactory, System.getenv());
    }

    /**
     * A configured command line; tests call {@code execute} on it with their own factory, environment and writers.
     *
     * @param clientFactory how commands connect
     * @param environment environment variables ({@code COLUMNS})
     * @return the command line
     */
    public static CommandLine newCommandLine(final LedgerClientFactory clientFactory,
            final Map<String, String> environment) {
        return build(clientFactory, environment, null);
    }

    /**
     * A command line for these arguments: the commands they name are built in full, the others only as far as
     * usage help needs them (which is what {@code main} uses: most of picocli's start-up is reflection).
     *
     * @param clientFactory how commands connect
     * @param environment environment variables ({@code COLUMNS})
     * @param args the arguments it will execute
     * @return the command line
     */
    public static CommandLine newCommandLine(final LedgerClientFactory clientFactory,
            final Map<String, String> environment, final String... args) {
        return build(clientFactory, environment, Set.copyOf(Arrays.asList(args)));
    }

    private static CommandLine build(final LedgerClientFactory clientFactory, final Map<String, String> environment,
            final Set<String> wanted) {
        final CommandLine commandLine = new CommandLine(new TraceChainCli(clientFactory, environment));
        CommandTree.add(commandLine, COMMANDS, Map.of(FoodCommands.class, FoodCommands.COMMANDS,
                DirectoryCommands.class, DirectoryCommands.COMMANDS), wanted);
        commandLine.setExecutionExceptionHandler(new FailureReporter());
        commandLine.setParameterExceptionHandler(FailureReporter::usageError);
        commandLine.registerConverter(java.math.BigDecimal.class, DecimalArgument::parse);
        configure(commandLine);
        return commandLine;
    }

    /** {@code --help} on every command, and the heading of the examples each command lists in its footer. */
    private static void configure(final CommandLine commandLine) {
        final CommandSpec command = commandLine.getCommandSpec();
        if (CommandTree.isStub(command)) {
            return; // never parsed into: its help options would only cost reflection
        }
        if (!command.mixinStandardHelpOptions()) {
            command.mixinStandardHelpOptions(true);
        }
        if (command.usageMessage().footer().length > 0) {
            command.usageMessage().footerHeading("%nExamples:%n");
        }
        commandLine.getSubcommands().values().forEach(TraceChainCli::configure);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    Path home() {
        return home != null ? home.toAbsolutePath().normalize() : TraceChainHome.resolve(environment, Path.of(""));
    }

    LedgerClientFactory clientFactory() {
        return clientFactory;
    }

    CliOutput output(final CommandLine commandLine) {
        return new CliOutput(commandLine.getOut(), json, wide ? TerminalWidth.UNLIMITED : TerminalWidth.of(environment));
    }

    PrintWriter err(final CommandLine commandLine) {
        return commandLine.getErr();
    }
}
