// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.tracechain.network.NetworkException;
import org.tracechain.network.topology.NodeAddressing;

/** Port checks on 127.0.0.1, where every node of the network listens. */
public final class Ports {

    private Ports() {}

    /** Throws naming the port and its purpose when something else already listens on it. */
    public static void requireFree(final int port, final String purpose) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new NetworkException("port " + port + " (" + purpose + ") is already in use by another process; "
                    + "stop it or choose another port block with --base-port");
        }
    }

    /** Whether something accepts TCP connections on the port. */
    public static boolean accepting(final int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the node serves on {@code port}, reached from this machine as {@code addressing} says. */
    public static boolean serving(final int port, final NodeAddressing addressing) {
        return addressing == NodeAddressing.CONTAINER_NETWORK ? acceptingThroughProxy(port) : accepting(port);
    }

    /**
     * Whether a server behind a port a container publishes accepts connections and keeps them open. Docker's proxy
     * holds the port from the container's start: it accepts, fails to reach the server behind it and closes the
     * connection at once, so a connection closed within {@value #PROXY_CLOSE_MILLIS} ms does not count. (The servers
     * here, TLS, gRPC, HTTP and PostgreSQL, wait for the client to speak first.) Each answer costs that wait, which
     * is why a native node's port, with no proxy in front, is asked with {@link #accepting}.
     */
    static boolean acceptingThroughProxy(final int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            socket.setSoTimeout(PROXY_CLOSE_MILLIS);
            try {
                return socket.getInputStream().read() != -1; // a server that speaks first is serving too
            } catch (SocketTimeoutException waitingForUs) {
                return true;
            }
        } catch (IOException e) {
            return false; // refused, or reset by a proxy with nothing behind it
        }
    }

    static final int PROXY_CLOSE_MILLIS = 50;
}
