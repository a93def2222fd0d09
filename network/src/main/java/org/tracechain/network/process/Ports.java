// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.tracechain.network.NetworkException;

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

    /**
     * Whether a server accepts TCP connections on the port and keeps them open. A port a container publishes is
     * held by Docker's proxy from the container's start: it accepts, fails to reach the server behind it and closes
     * the connection at once, so a connection closed within {@value #PROXY_CLOSE_MILLIS} ms does not count. (The
     * servers here, TLS, gRPC, HTTP and PostgreSQL, wait for the client to speak first.)
     */
    public static boolean accepting(final int port) {
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
