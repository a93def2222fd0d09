// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.tracechain.network.node.Node;
import org.tracechain.network.topology.NodeAddressing;

/**
 * Where the nodes of a {@link FabricNetwork} run: native processes tracked by PID file (the default), or one
 * container per node. Everything else (crypto, channel configuration, joining, chaincode lifecycle, health checks)
 * is the same for every runtime; a runtime only starts, finds and stops nodes, and says how they address each other.
 *
 * <p>Implementations: the native one inside this module, and {@code FabricContainerNetwork}'s in the
 * {@code tracechain-containers} module.
 */
public interface NodeRuntime {

    /** How nodes of this runtime listen and dial one another. */
    NodeAddressing addressing();

    /** Whether {@code node} runs now. */
    boolean running(String node);

    /** The node's process id on this machine, if it runs and the runtime knows one. */
    OptionalLong pid(String node);

    /**
     * Starts {@code node} with its command and environment; its output goes to {@link Node#log()}. Returns at once:
     * readiness is the caller's to wait for.
     */
    void start(Node node) throws IOException;

    /** Starts again a node this runtime started before and that has stopped since. */
    void restart(String node);

    /** Stops one node, asking it first and forcing it after {@code grace}; whether it was running. */
    boolean stop(String node, Duration grace);

    /** Stops nodes together; returns those that were running. */
    List<String> stopTogether(List<String> nodes, Duration grace);

    /** Every node this runtime tracks (running or not). */
    List<String> tracked();
}
