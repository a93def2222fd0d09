// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's logging: warnings to stderr in a fixed layout, and nothing imposed on SDK users. */
class CliLoggingTest {

    @Test
    void configures_only_for_the_command_line_and_then_warnings_go_to_stderr() {
        final LoggerContext sdkUser = new LoggerContext();
        assertThat(new CliLogging(false).configure(sdkUser)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(sdkUser.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();

        final LoggerContext cli = new LoggerContext();
        assertThat(new CliLogging(true).configure(cli)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(cli.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.WARN);

        final PrintStream original = System.err;
        final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            cli.getLogger("org.tracechain.Test").info("not shown");
            cli.getLogger("org.tracechain.Test").warn("key {} is readable by others", "key.pem");
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  org\\.tracechain\\.Test - key key\\.pem is readable by others\\R");
    }
}
