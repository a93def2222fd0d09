// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line's usage errors, which need neither Fabric nor Docker. */
class ImagesCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(final String... args) {
        return ImagesCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    @Test
    void without_a_command_prints_usage_and_exits_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: tracechain images build")
                .contains("scripts/docker-engine.sh start");
    }

    @Test
    void help_goes_to_stdout_and_exits_0() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--rebuild").contains("hyperledger/fabric-peer:3.1.5");
    }

    @Test
    void unknown_commands_and_options_are_usage_errors() {
        assertThat(run("push")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command push");
        assertThat(run("build", "--fast")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --fast");
        assertThat(run("build", "--debian-mirror")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--debian-mirror needs a URL");
    }
}
