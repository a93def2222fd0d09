// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes {@code HH:mm:ss.SSS LEVEL logger - message} lines (and stack traces) to stderr: logback's console
 * appender with a fixed layout, without compiling a pattern at every start-up.
 */
final class StderrAppender extends AppenderBase<ILoggingEvent> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    @Override
    protected void append(final ILoggingEvent event) {
        final StringBuilder line = new StringBuilder()
                .append(TIME.format(LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), ZoneId.systemDefault())))
                .append(' ').append(String.format("%-5s", event.getLevel()))
                .append(' ').append(event.getLoggerName())
                .append(" - ").append(event.getFormattedMessage());
        final IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(System.lineSeparator()).append(ThrowableProxyUtil.asString(thrown));
        }
        final PrintStream err = System.err;
        err.println(line);
        err.flush();
    }
}
