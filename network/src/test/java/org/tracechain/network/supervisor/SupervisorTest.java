// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.HomeLock;
import org.tracechain.network.io.ExclusiveFileLock;
import org.tracechain.network.process.NodeProcesses;

/** The supervisor on real processes ({@code sleep}), with a clock the test moves. */
class SupervisorTest {

    @TempDir
    Path home;

    private NodeProcesses processes;
    private MutableClock clock;
    private Supervisor supervisor;

    @BeforeEach
    void setUp() {
        processes = new NodeProcesses(home.resolve("run"));
        clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));
        supervisor = new Supervisor(home, new Supervisor.Settings(Duration.ofSeconds(1), Duration.ofSeconds(8),
                Duration.ofMinutes(2), 1 << 20, 2), clock);
    }

    @AfterEach
    void stopAll() {
        processes.tracked().forEach(node -> processes.stop(node, Duration.ofSeconds(5)));
    }

    @Test
    void a_node_that_died_is_started_again_as_it_was_started() throws Exception {
        final long first = start("chaincode.x");
        kill("chaincode.x");

        supervisor.round();

        final Optional<ProcessHandle> again = processes.running("chaincode.x");
        assertThat(again).isPresent();
        assertThat(again.get().pid()).isNotEqualTo(first);
        assertThat(again.get().info().commandLine().orElse("")).contains("sleep 300");
        assertThat(RestartRecord.read(home.resolve("run"), "chaincode.x")).hasValueSatisfying(r -> {
            assertThat(r.restarts()).isEqualTo(1);
            assertThat(r.lastRestart()).isEqualTo("2026-12-03T10:00:00Z");
        });
    }

    @Test
    void restarts_back_off_and_the_back_off_starts_over_once_the_node_stays_up() throws Exception {
        start("peer0.x");
        kill("peer0.x");
        supervisor.round(); // restart 1, next not before 1 s
        kill("peer0.x");
        supervisor.round();
        assertThat(processes.running("peer0.x")).as("within the back-off").isEmpty();

        clock.advance(Duration.ofMillis(1001));
        supervisor.round(); // restart 2, next not before 2 s
        assertThat(processes.running("peer0.x")).isPresent();
        kill("peer0.x");
        clock.advance(Duration.ofMillis(1500));
        supervisor.round();
        assertThat(processes.running("peer0.x")).as("the back-off doubled").isEmpty();
        clock.advance(Duration.ofMillis(600));
        supervisor.round(); // restart 3
        assertThat(processes.running("peer0.x")).isPresent();

        clock.advance(Duration.ofMinutes(3));
        supervisor.round(); // stayed up: back-off starts over at 1 s
        kill("peer0.x");
        supervisor.round();
        kill("peer0.x");
        clock.advance(Duration.ofMillis(1001));
        supervisor.round();
        assertThat(processes.running("peer0.x")).isPresent();
        assertThat(RestartRecord.read(home.resolve("run"), "peer0.x").orElseThrow().restarts()).isEqualTo(5);
    }

    @Test
    void a_node_stopped_on_purpose_stays_stopped() throws Exception {
        start("orderer1");
        processes.stop("orderer1", Duration.ofSeconds(5));

        supervisor.round();

        assertThat(processes.running("orderer1")).isEmpty();
        assertThat(processes.tracked()).doesNotContain("orderer1");
    }

    @Test
    void a_node_whose_ledger_is_gone_is_not_started_empty() throws Exception {
        final Path ledger = Files.createDirectories(home.resolve("nodes/peer0.x/ledger"));
        processes.start("peer0.x", List.of("sleep", "300"), Map.of(), home, home.resolve("nodes/peer0.x/peer0.x.log"),
                ledger);
        kill("peer0.x");
        Files.delete(ledger);

        supervisor.round();

        assertThat(processes.running("peer0.x")).isEmpty();
        assertThat(RestartRecord.read(home.resolve("run"), "peer0.x").orElseThrow().note())
                .contains(ledger.toString()).contains("tracechain network repair --node peer0.x");

        // The repair starts it again with a new ledger: the remark that sent the operator to it goes.
        Files.createDirectories(ledger);
        processes.start("peer0.x", List.of("sleep", "300"), Map.of(), home, home.resolve("nodes/peer0.x/peer0.x.log"),
                ledger);
        supervisor.round();
        assertThat(RestartRecord.read(home.resolve("run"), "peer0.x").orElseThrow().note()).isNull();
    }

    @Test
    @SuppressWarnings("try")
    void while_a_network_command_holds_the_home_the_supervisor_waits() throws Exception {
        start("chaincode.x");
        kill("chaincode.x");

        try (ExclusiveFileLock busy = HomeLock.tryAcquire(home).orElseThrow()) {
            supervisor.round();
            assertThat(processes.running("chaincode.x")).isEmpty();
        }
        supervisor.round();
        assertThat(processes.running("chaincode.x")).isPresent();
    }

    @Test
    void a_log_past_its_limit_is_rotated_and_keeps_being_written() throws Exception {
        final Path log = home.resolve("nodes/talker/talker.log");
        processes.start("talker", List.of("sh", "-c", "head -c 1100000 /dev/zero | tr '\\\\0' x; sleep 300"), Map.of(),
                home, log);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Files.size(log) > (1 << 20));

        supervisor.round();

        assertThat(LogRotation.copy(log, 1)).exists();
        assertThat(Files.size(LogRotation.copy(log, 1))).isGreaterThan(1 << 20);
        assertThat(Files.size(log)).isLessThan(1 << 20);
        assertThat(Files.getPosixFilePermissions(LogRotation.copy(log, 1)))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(log))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    private long start(final String node) {
        return processes.start(node, List.of("sleep", "300"), Map.of(), home,
                home.resolve("nodes").resolve(node).resolve(node + ".log")).pid();
    }

    private void kill(final String node) throws Exception {
        final ProcessHandle process = processes.running(node).orElseThrow();
        process.destroyForcibly();
        process.onExit().get();
    }

    /** A clock the test moves by hand. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(final Instant now) {
            this.now = now;
        }

        void advance(final Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final java.time.ZoneId zone) {
            return this;
        }
    }
}
