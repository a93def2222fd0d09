// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.tracechain.client.LedgerClient;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that talk to the ledger: reaches the global options and opens a client for the chosen
 * identity. Subclasses implement {@link #execute()} and may throw; {@link FailureReporter} turns exceptions into
 * one error line and the exit code.
 */
public abstract class LedgerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        execute();
        return ExitCodes.OK;
    }

    /**
     * Does the command's work.
     *
     * @throws Exception any failure; mapped to an exit code
     */
    protected abstract void execute() throws Exception;

    /** Opens a client for the identity given by {@code --org} and {@code --user}. */
    protected LedgerClient connect() throws IOException {
        final TraceChainCli cli = cli();
        if (cli.organization == null || cli.organization.isBlank() || cli.user == null || cli.user.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--org and --user are required for " + spec.qualifiedName());
        }
        return connect(cli.organization, cli.user);
    }

    /** Opens a client for a given identity (the demo acts as several). */
    protected LedgerClient connect(final String organization, final String user) throws IOException {
        final TraceChainCli cli = cli();
        return cli.clientFactory().connect(cli.home(), organization, user);
    }

    /** Where to print results. */
    protected CliOutput output() {
        return cli().output(spec.commandLine());
    }

    /** A usage error of this command. */
    protected CommandLine.ParameterException usage(final String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** The root command with the global options. */
    protected TraceChainCli cli() {
        return (TraceChainCli) spec.root().userObject();
    }
}
