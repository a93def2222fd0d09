// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.network.topology.NodeAddressing;

/**
 * A container's published port counts as serving only when the connection stays open: Docker's proxy accepts on it
 * before the container's server listens, and closes what it accepted at once. A native node's port is asked with a
 * plain connect, which costs no wait.
 */
class PortsTest {

    @Test
    void a_server_that_waits_for_the_client_is_accepting() throws Exception {
        final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final List<Socket> held = new ArrayList<>();
        final Thread acceptor = new Thread(() -> acceptAll(server, held::add));
        acceptor.start();
        try {
            assertThat(Ports.acceptingThroughProxy(server.getLocalPort())).isTrue();
            assertThat(Ports.accepting(server.getLocalPort())).isTrue();
        } finally {
            server.close();
            acceptor.join();
            for (final Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void a_proxy_that_closes_what_it_accepts_is_not() throws Exception {
        final ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        final Thread acceptor = new Thread(() -> acceptAll(proxy, socket -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is the point
            }
        }));
        acceptor.start();
        try {
            assertThat(Ports.acceptingThroughProxy(proxy.getLocalPort())).isFalse();
            assertThat(Ports.serving(proxy.getLocalPort(), NodeAddressing.CONTAINER_NETWORK)).isFalse();
            assertThat(Ports.serving(proxy.getLocalPort(), NodeAddressing.LOOPBACK)).isTrue();
        } finally {
            proxy.close();
            acceptor.join();
        }
    }

    @Test
    void a_closed_port_is_not() throws Exception {
        final int port;
        try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        assertThat(Ports.acceptingThroughProxy(port)).isFalse();
        assertThat(Ports.accepting(port)).isFalse();
    }

    private static void acceptAll(final ServerSocket server, final java.util.function.Consumer<Socket> onAccept) {
        while (!server.isClosed()) {
            try {
                onAccept.accept(server.accept());
            } catch (IOException closed) {
                return;
            }
        }
    }
}
