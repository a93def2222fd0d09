// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
 * <p>Command groups are registered here, in {@code subcommands}; their own commands in the group classes.
 */
@Command(name = "tracechain",
        mixinStandardHelpOptions = true,
        version = "tracechain 0.1.0",
        description = "Food traceability and government directory ledgers on Hyperledger Fabric.",
        subcommands = {
            WhoAmICommand.class,
            FoodCommands.class,
            DirectoryCommands.class,
            DemoCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:refused by the chaincode, committed invalid, or failed",
            "2:usage or configuration error",
            "3:network unavailable"
        })
public final class TraceChainCli implements Runnable {

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "tracechain home (wallet, gateway profiles); default $TRACECHAIN_HOME or ./.tracechain")
    Path home;

    @Option(names = "--org", scope = ScopeType.INHERIT, paramLabel = "ORG", defaultValue = "${env:TRACECHAIN_ORG}",
            description = "organisation of the identity to use, e.g. producer (default $TRACECHAIN_ORG)")
    String organization;

    @Option(names = "--user", scope = ScopeType.INHERIT, paramLabel = "USER", defaultValue = "${env:TRACECHAIN_USER}",
            description = "user of the identity to use, e.g. farmer (default $TRACECHAIN_USER)")
    String user;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "print machine-readable JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    private final LedgerClientFactory clientFactory;

    TraceChainCli(final LedgerClientFactory clientFactory) {
        this.clientFactory = clientFactory;
    }

    /** Runs the command line and exits with its exit code. */
    public static void main(final String[] args) {
        // gRPC logs through java.util.logging; send it to SLF4J so logback's level applies (WARN by default).
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        System.exit(newCommandLine(LedgerClientFactory.FROM_HOME).execute(args));
    }

    /**
     * A configured command line; tests call {@code execute} on it with their own factory and writers.
     *
     * @param clientFactory how commands connect
     * @return the command line
     */
    public static CommandLine newCommandLine(final LedgerClientFactory clientFactory) {
        final CommandLine commandLine = new CommandLine(new TraceChainCli(clientFactory));
        commandLine.setExecutionExceptionHandler(new FailureReporter());
        addHelpOptions(commandLine);
        return commandLine;
    }

    /** {@code --help} (and {@code --version}) on every command and subcommand, set in one place. */
    private static void addHelpOptions(final CommandLine commandLine) {
        if (!commandLine.getCommandSpec().mixinStandardHelpOptions()) {
            commandLine.getCommandSpec().mixinStandardHelpOptions(true);
        }
        commandLine.getSubcommands().values().forEach(TraceChainCli::addHelpOptions);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    Path home() {
        return home != null ? home.toAbsolutePath().normalize() : TraceChainHome.resolve();
    }

    LedgerClientFactory clientFactory() {
        return clientFactory;
    }

    CliOutput output(final CommandLine commandLine) {
        return new CliOutput(commandLine.getOut(), json);
    }

    PrintWriter err(final CommandLine commandLine) {
        return commandLine.getErr();
    }
}
