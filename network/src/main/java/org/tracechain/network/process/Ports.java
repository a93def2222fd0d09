// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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

    /** Whether something accepts TCP connections on the port. */
    public static boolean accepting(final int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
