// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCliTest {

    private static BenchSettings parse(final String... args) {
        final BenchCli cli = new BenchCli();
        new CommandLine(cli).parseArgs(args);
        return cli.settings();
    }

    @Test
    void full_run_defaults() {
        final BenchSettings s = parse();
        assertThat(s.clients()).containsExactly(1, 16, 64);
        assertThat(s.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.window()).isEqualTo(Duration.ofSeconds(30));
        assertThat(s.basePort()).isEqualTo(21000);
        assertThat(s.out()).isEqualTo(Path.of("target/bench").toAbsolutePath().normalize());
        assertThat(s.home()).isEqualTo(s.out().resolve("network"));
        assertThat(s.traceLots()).containsExactly(100, 1_000, 10_000);
        assertThat(s.directoryEntries()).isEqualTo(5_000);
    }

    @Test
    void smoke_defaults_and_explicit_options_win() {
        final BenchSettings smoke = parse("--smoke");
        assertThat(smoke.clients()).containsExactly(4);
        assertThat(smoke.window()).isEqualTo(Duration.ofSeconds(10));
        assertThat(smoke.warmup()).isEqualTo(Duration.ofSeconds(3));
        assertThat(smoke.traceLots()).containsExactly(100);
        assertThat(parse("--trace", "1000").traceLots()).containsExactly(1_000);
        assertThat(parse("--no-trace").traceLots()).isEmpty();
        assertThat(smoke.directoryEntries()).isEqualTo(100);
        assertThat(parse("--directory", "53").directoryEntries()).isEqualTo(53);
        assertThat(parse("--smoke", "--no-directory").directoryEntries()).isZero();

        final BenchSettings given = parse("--smoke", "--clients", "2,8", "--seconds", "5", "--warmup", "0",
                "--out", "x", "--home", "h", "--base-port", "31000");
        assertThat(given.clients()).containsExactly(2, 8);
        assertThat(given.window()).isEqualTo(Duration.ofSeconds(5));
        assertThat(given.warmup()).isZero();
        assertThat(given.home()).isEqualTo(Path.of("h").toAbsolutePath().normalize());
        assertThat(given.basePort()).isEqualTo(31000);
    }

    @Test
    void refuses_settings_that_cannot_run() {
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--clients", "0")).withMessageContaining("--clients");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--seconds", "0")).withMessageContaining("--seconds");
        assertThatIllegalArgumentException().isThrownBy(() -> parse("--base-port", "65000"))
                .withMessageContaining("--base-port");
        assertThat(List.of(parse("--warmup", "0").warmup())).containsExactly(Duration.ZERO);
        // More than one trace returns, too few for two splits, and 212 = 1 + 211 (a prime: no two splits of at most 100).
        // Every one of the 53 departments needs an entry at least.
        for (final String entries : List.of("52", "100001")) {
            assertThatIllegalArgumentException().isThrownBy(() -> parse("--directory", entries))
                    .withMessageContaining("--directory");
        }
        for (final String lots : List.of("10001", "2", "212")) {
            assertThatIllegalArgumentException().isThrownBy(() -> parse("--trace", lots)).withMessageContaining("--trace");
        }
    }
}
