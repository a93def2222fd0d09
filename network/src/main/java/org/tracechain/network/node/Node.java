// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.node;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A long-running process of the network: an orderer, a peer, a chaincode server or the PostgreSQL server. */
public interface Node {

    /** Unique name, also the PID file and data directory name, e.g. {@code peer0.producer}. */
    String name();

    /** The host name its TLS certificate is for (its alias on a container network); by default its name. */
    default String hostName() {
        return name();
    }

    /** The command line. */
    List<String> command();

    /** The complete environment of the process. */
    Map<String, String> environment();

    /** Ports the node listens on, with what each is for (for clash messages). */
    Map<Integer, String> ports();

    /** The node's own data directory (ledger, log). */
    Path dataDir();

    /** The node's log file. */
    default Path log() {
        return dataDir().resolve(name() + ".log");
    }

    /** Whether the node reports itself ready (health endpoint or listening port). */
    boolean ready();

    /** A one-line health description for {@code status}. */
    String health();

    /** Whether the node keeps a ledger that {@code network repair} can rebuild (orderers and peers). */
    default boolean keepsLedger() {
        return false;
    }

    /**
     * The signal that asks the node to stop, when not SIGTERM: PostgreSQL's SIGTERM waits until every client has
     * disconnected, its SIGINT (fast shutdown) rolls their transactions back and stops at once.
     */
    default String stopSignal() {
        return null;
    }

    /** Its ledger directory, for a node that {@linkplain #keepsLedger keeps one}. */
    default Path ledgerDir() {
        return dataDir().resolve("ledger");
    }
}
