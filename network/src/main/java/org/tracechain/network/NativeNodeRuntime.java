// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.tracechain.network.node.Node;
import org.tracechain.network.process.NodeProcesses;
import org.tracechain.network.topology.NodeAddressing;

/** Native processes on loopback, tracked by PID files in the home's {@code run/} directory. */
final class NativeNodeRuntime implements NodeRuntime {

    private final NodeProcesses processes;

    NativeNodeRuntime(final NodeProcesses processes) {
        this.processes = processes;
    }

    NodeProcesses processes() {
        return processes;
    }

    @Override
    public NodeAddressing addressing() {
        return NodeAddressing.LOOPBACK;
    }

    @Override
    public boolean running(final String node) {
        return processes.running(node).isPresent();
    }

    @Override
    public OptionalLong pid(final String node) {
        return processes.running(node).map(p -> OptionalLong.of(p.pid())).orElse(OptionalLong.empty());
    }

    @Override
    public void start(final Node node) {
        // A restart (by the supervisor) needs the ledger the first start created: never start a lost one empty.
        processes.start(node.name(), node.command(), node.environment(), node.dataDir(), node.log(),
                node.keepsLedger() ? node.ledgerDir() : null, node.stopSignal());
    }

    @Override
    public void restart(final String node) {
        processes.restart(node);
    }

    @Override
    public boolean stop(final String node, final Duration grace) {
        return processes.stop(node, grace);
    }

    @Override
    public List<String> stopTogether(final List<String> nodes, final Duration grace) {
        return processes.stopTogether(nodes, grace);
    }

    @Override
    public List<String> tracked() {
        return processes.tracked();
    }
}
