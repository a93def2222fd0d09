// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupLogTest {

    private static final String START = "Starting peer:";
    private static final String STARTED = "Started peer with ID=";

    @TempDir
    Path dir;

    @Test
    void a_start_without_its_started_line_is_not_started() throws IOException {
        final Path log = write("INFO Starting peer:\n Version: v3.1.5\nINFO Starting peer with TLS enabled\n");
        assertThat(StartupLog.started(log, START, STARTED)).isFalse();
    }

    @Test
    void the_started_line_after_the_start_is_started() throws IOException {
        final Path log = write("INFO Starting peer:\nINFO Deployed system chaincodes\nINFO Started peer with ID=[p]\n");
        assertThat(StartupLog.started(log, START, STARTED)).isTrue();
    }

    @Test
    void only_the_latest_start_counts_in_a_log_appended_across_restarts() throws IOException {
        final Path log = write("Starting peer:\nStarted peer with ID=[p]\npanic: damaged\nStarting peer:\n");
        assertThat(StartupLog.started(log, START, STARTED)).isFalse();
    }

    @Test
    void a_missing_empty_or_just_rotated_log_leaves_the_decision_to_the_health_checks() throws IOException {
        assertThat(StartupLog.started(dir.resolve("absent.log"), START, STARTED)).isTrue();
        assertThat(StartupLog.started(write(""), START, STARTED)).isTrue();
        assertThat(StartupLog.started(write("INFO gossip heartbeat\n"), START, STARTED)).isTrue();
    }

    @Test
    void a_node_logging_long_past_its_start_is_started() throws IOException {
        final Path log = write("Starting peer:\nStarted peer with ID=[p]\n"
                + "INFO gossip heartbeat\n".repeat(StartupLog.TAIL_BYTES / 10));
        assertThat(StartupLog.started(log, START, STARTED)).isTrue();
    }

    private Path write(final String text) throws IOException {
        final Path log = dir.resolve("node.log");
        Files.writeString(log, text, StandardCharsets.UTF_8);
        return log;
    }
}
