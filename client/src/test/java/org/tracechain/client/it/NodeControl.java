// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NodeStatus;

/**
 * Stops and starts single nodes of the live network by the names {@link FabricNetwork#status()} reports (e.g.
 * {@code peer0.distributor}, {@code chaincode.foodtrace.producer}, {@code orderer1}).
 *
 * <p>{@code FabricNetwork.stopNode(String)} and {@code startNode(String)} come with the network half of the same
 * issue, on another branch. Until both are merged they are called by reflection, so this branch compiles and its
 * unit tests run; afterwards replace {@link #invoke} with direct calls.
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
        invoke("stopNode", name);
    }

    void start(final String name) {
        invoke("startNode", name);
    }

    private void invoke(final String method, final String name) {
        final Method m;
        try {
            m = FabricNetwork.class.getMethod(method, String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("FabricNetwork." + method + "(String) is not there yet: merge the network "
                    + "side of issue 10 (process supervision) first", e);
        }
        try {
            m.invoke(network, name);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(method + " " + name + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
