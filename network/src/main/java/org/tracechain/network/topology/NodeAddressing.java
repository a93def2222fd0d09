// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.topology;

/**
 * How the nodes of a network reach one another, and where they listen. The port plan is the same either way; only
 * the host part of an address differs.
 *
 * <ul>
 *   <li>{@link #LOOPBACK}: native processes on this machine; every node listens on and is dialled at 127.0.0.1.</li>
 *   <li>{@link #CONTAINER_NETWORK}: one container per node on a Docker network; each listens on all of its own
 *       interfaces and is dialled by its TLS host name ({@code peer0.producer.example.com}), which is its alias on
 *       the network. Tools on the host still dial 127.0.0.1, where each container's ports are published.</li>
 * </ul>
 */
public enum NodeAddressing {

    LOOPBACK,
    CONTAINER_NETWORK;

    /** The interface a node listens on. */
    public String bindHost() {
        return this == LOOPBACK ? "127.0.0.1" : "0.0.0.0";
    }

    /**
     * The host other nodes dial {@code hostName} at (its TLS certificate names both it and 127.0.0.1).
     *
     * @param hostName the node's full name, {@code <host>.<domain>}
     */
    public String host(final String hostName) {
        return this == LOOPBACK ? "127.0.0.1" : hostName;
    }

    /** {@code host:port} for other nodes. */
    public String address(final String hostName, final int port) {
        return host(hostName) + ":" + port;
    }

    /** {@code bindHost:port}. */
    public String listen(final int port) {
        return bindHost() + ":" + port;
    }
}
