// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NodeStatus;

/**
 * Stops and starts single nodes of the live network by the names {@link FabricNetwork#status()} reports (e.g.
 * {@code peer0.distributor}, {@code chaincode.foodtrace.producer}, {@code orderer1}). A node stopped this way stays
 * stopped (the supervisor restarts only nodes that die) until it is started again.
 */
final class NodeControl {

    private final FabricNetwork network;

    NodeControl(final FabricNetwork network) {
        this.network = network;
    }

    /** The name of the first node of {@code kind} ("peer", "orderer", "chaincode") whose name contains {@code part}. */
    String node(final String kind, final String part) {
        return network.status().stream().filter(s -> s.kind().equals(kind) && s.name().contains(part))
                .map(NodeStatus::name).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + kind + " node named like " + part));
    }

    void stop(final String name) {
        network.stopNode(name);
    }

    void start(final String name) {
        network.startNode(name);
    }
}
