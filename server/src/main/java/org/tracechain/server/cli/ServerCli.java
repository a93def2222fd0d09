// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.tracechain.server.store.OrganizationStore;
import org.tracechain.server.store.StoreCommand;
import org.tracechain.server.store.StoreProjector;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tracechain serve} and {@code tracechain token ...}: the HTTP server of one organisation and the bearer
 * tokens of its users. The launcher script runs this class for {@code serve}, {@code token} and {@code store}.
 *
 * <pre>{@code
 * ./tracechain serve --org producer &
 * TOKEN=$(./tracechain token create --org producer --user farmer --expires 30d)
 * curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:27700/transactions/<txId>
 * }</pre>
 */
@Command(name = "tracechain", mixinStandardHelpOptions = true, version = "tracechain server 0.1.0",
        description = "The HTTP server of one organisation and its users' bearer tokens.",
        subcommands = {ServeCommand.class, TokenCommand.class, CommandLine.HelpCommand.class})
public final class ServerCli {

    private ServerCli() {}

    public static void main(final String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/tracechain/server/cli/logback-server.xml");
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                System.getenv()));
    }

    /**
     * Runs one command.
     *
     * @return the exit code: 0 done, 1 failed, 2 usage
     */
    static int run(final String[] args, final PrintWriter out, final PrintWriter err, final Map<String, String> env) {
        final CommandLine commandLine = new CommandLine(new ServerCli());
        commandLine.addSubcommand(new StoreCommand(OrganizationStore.REBUILD, StoreProjector::heights));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setDefaultValueProvider(arg -> arg instanceof CommandLine.Model.OptionSpec option
                && option.longestName().equals("--home") ? home(env).toString() : null);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            line.getErr().println("tracechain " + line.getCommandName() + ": " + exception.getMessage());
            return exception instanceof IllegalArgumentException ? 2 : 1;
        });
        return commandLine.execute(args);
    }

    /** {@code $TRACECHAIN_HOME}, or {@code .tracechain} in the working directory. */
    static Path home(final Map<String, String> env) {
        final String home = env.get("TRACECHAIN_HOME");
        return home == null || home.isBlank() ? Path.of(".tracechain") : Path.of(home);
    }
}
