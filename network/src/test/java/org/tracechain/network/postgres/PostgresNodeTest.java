// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readiness from the server's own account ({@code postmaster.pid}) and an accepted connection, both needed. */
class PostgresNodeTest {

    private static void postmasterPid(final PostgresLayout layout, final String status) throws Exception {
        Files.createDirectories(layout.dataDir());
        Files.writeString(layout.dataDir().resolve("PG_VERSION"), "15\n");
        Files.writeString(layout.dataDir().resolve("postmaster.pid"),
                "4242\n" + layout.dataDir() + "\n1764770000\n31800\n\n127.0.0.1\n  1234  5678\n" + status + "\n");
    }

    @Test
    void is_ready_only_when_the_server_says_ready_and_accepts_connections(@TempDir final Path home) throws Exception {
        final PostgresLayout layout = PostgresLayout.of(home);
        // A backlog for every probe: nothing accepts them.
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            final PostgresNode node = new PostgresNode(layout, socket.getLocalPort(), List.of(), Map.of());

            assertThat(node.ready()).isFalse();
            assertThat(node.health()).isEqualTo("not listening on 127.0.0.1:" + socket.getLocalPort());

            postmasterPid(layout, "starting");
            assertThat(node.ready()).isFalse();
            assertThat(node.health()).startsWith("PostgreSQL is starting");

            postmasterPid(layout, "ready   ");
            assertThat(node.ready()).isTrue();
            assertThat(node.health()).isEqualTo("accepting connections on 127.0.0.1:" + socket.getLocalPort()
                    + " (PostgreSQL 15, database tracechain)");

            postmasterPid(layout, "stopping");
            assertThat(node.ready()).isFalse();
        }
    }

    @Test
    void a_ready_pid_file_without_a_listener_is_not_ready(@TempDir final Path home) throws Exception {
        final PostgresLayout layout = PostgresLayout.of(home);
        final int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        postmasterPid(layout, "ready");
        final PostgresNode node = new PostgresNode(layout, port, List.of(), Map.of());

        assertThat(node.ready()).isFalse();
        assertThat(node.health()).isEqualTo("not listening on 127.0.0.1:" + port);
        assertThat(node.stopSignal()).isEqualTo("INT");
        assertThat(node.log()).isEqualTo(home.toAbsolutePath().normalize().resolve("nodes/postgres/postgres.log"));
    }
}
