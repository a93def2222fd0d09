// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The command line's logging, set up in code: warnings and errors to stderr, so stdout stays clean for results
 * and JSON; {@code -Dtracechain.log.level=DEBUG} for more. Found by logback's service loader; it configures only
 * when {@link TraceChainCli#main} runs (elsewhere, e.g. in an application using the SDK, logback configures itself
 * as usual). Parsing {@code logback.xml} instead costs about a tenth of a second of every command's start-up.
 */
public final class CliLogging extends ContextAwareBase implements Configurator {

    private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";
    private static volatile boolean commandLine;

    /** Called by the command line's main method before anything logs. */
    static void enable() {
        commandLine = true;
    }

    @Override
    public ExecutionStatus configure(final LoggerContext context) {
        if (!commandLine) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        final PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        final ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        final Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        context.getLogger("org.tracechain").setLevel(Level.toLevel(System.getProperty("tracechain.log.level"), Level.WARN));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
