// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The command line's logging, set up in code: warnings and errors to stderr, so stdout stays clean for results
 * and JSON; {@code -Dtracechain.log.level=DEBUG} for more. Found by logback's service loader; it configures only
 * when {@link TraceChainCli#main} runs (elsewhere, e.g. in an application using the SDK, logback configures itself
 * as usual). Parsing {@code logback.xml} and a pattern layout instead cost about a tenth of a second of every
 * command's start-up.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {

    private static volatile boolean commandLine;

    private final boolean forCommandLine;

    /** As logback's service loader creates it: configures when {@link #enable()} was called. */
    public CliLogging() {
        this(commandLine);
    }

    CliLogging(final boolean forCommandLine) {
        this.forCommandLine = forCommandLine;
    }

    /** Called by the command line's main method before anything logs. */
    static void enable() {
        commandLine = true;
    }

    @Override
    public ExecutionStatus configure(final LoggerContext context) {
        if (!forCommandLine) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        final StderrAppender stderr = new StderrAppender();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.start();
        final Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.tracechain").setLevel(Level.toLevel(System.getProperty("tracechain.log.level"), Level.WARN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
