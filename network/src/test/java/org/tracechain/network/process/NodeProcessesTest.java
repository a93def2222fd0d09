// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.NetworkException;

class NodeProcessesTest {

    @Test
    void tracks_a_started_process_by_pid_and_stops_it(@TempDir final Path dir) throws Exception {
        final NodeProcesses processes = new NodeProcesses(dir.resolve("run"));
        final ProcessHandle handle = processes.start("sleeper", List.of("sleep", "60"), Map.of("MARK", "1"), dir,
                dir.resolve("logs/sleeper.log"));

        assertThat(processes.running("sleeper")).map(ProcessHandle::pid).hasValue(handle.pid());
        assertThat(processes.tracked()).containsExactly("sleeper");
        assertThat(processes.stop("sleeper", Duration.ofSeconds(5))).isTrue();
        assertThat(handle.isAlive()).isFalse();
        assertThat(processes.running("sleeper")).isEmpty();
        assertThat(processes.tracked()).isEmpty();
        assertThat(Files.readString(dir.resolve("logs/sleeper.log"))).contains("starting sleeper");
    }

    @Test
    void a_node_started_with_its_own_stop_signal_gets_that_signal(@TempDir final Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(ignoresSigint(), "this JVM was started with SIGINT ignored (as "
                + "under 'nohup ... &'); its children inherit that, and sh cannot trap an ignored signal (PostgreSQL "
                + "installs its own handler, so it still stops)");
        final NodeProcesses processes = new NodeProcesses(dir.resolve("run"));
        // Like PostgreSQL: SIGTERM alone would keep it waiting; SIGINT stops it at once.
        final Path log = dir.resolve("logs/intonly.log");
        final ProcessHandle handle = processes.start("intonly", List.of("sh", "-c",
                "trap '' TERM; trap 'echo got INT; exit 0' INT; echo ready; while :; do sleep 0.1; done"), Map.of(),
                dir, log, null, "INT");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> Files.readString(log).contains("ready"));
        final long start = System.nanoTime();

        assertThat(processes.stop("intonly", Duration.ofSeconds(8))).isTrue();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(handle.isAlive()).isFalse();
        assertThat(Files.readString(log)).contains("got INT");
    }

    /** Whether this process ignores SIGINT (bit 2 of {@code SigIgn} in {@code /proc/self/status}). */
    private static boolean ignoresSigint() throws java.io.IOException {
        final Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .map(line -> new java.math.BigInteger(line.substring("SigIgn:".length()).strip(), 16))
                .anyMatch(mask -> mask.testBit(1));
    }

    @Test
    void a_stop_signal_must_be_a_signal_name(@TempDir final Path dir) {
        assertThatThrownBy(() -> new NodeProcesses(dir.resolve("run")).start("x", List.of("true"), Map.of(), dir,
                dir.resolve("x.log"), null, "INT; rm -rf /")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void never_signals_a_process_whose_start_time_differs_from_the_pid_file(@TempDir final Path dir) throws Exception {
        final Path run = Files.createDirectories(dir.resolve("run"));
        final long self = ProcessHandle.current().pid();
        Files.writeString(run.resolve("stale.pid"), "pid=" + self + "\nstarted=2001-01-01T00:00:00Z\nprogram=peer\n");
        final NodeProcesses processes = new NodeProcesses(run);

        assertThat(processes.running("stale")).isEmpty();
        assertThat(processes.stop("stale", Duration.ofSeconds(1))).isFalse();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void a_taken_port_is_reported_with_its_purpose() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> Ports.requireFree(socket.getLocalPort(), "peer0.producer listen"))
                    .isInstanceOf(NetworkException.class)
                    .hasMessageContaining("port " + socket.getLocalPort())
                    .hasMessageContaining("peer0.producer listen");
            assertThat(Ports.accepting(socket.getLocalPort())).isTrue();
        }
    }

    @Test
    void wait_fails_with_the_diagnosis_after_the_timeout() {
        assertThatThrownBy(() -> Wait.until("nothing", Duration.ofMillis(200), () -> false, () -> "; because"))
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("waiting for nothing; because");
    }
}
