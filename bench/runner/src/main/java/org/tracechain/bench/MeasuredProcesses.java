// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracechain.network.NodeStatus;

/**
 * The processes a run is measured on: every running node of the benchmark network (orderers, peers, chaincode
 * servers, PostgreSQL, the supervisor) by the PID the network tracks, and the benchmark's own JVM (the client).
 */
final class MeasuredProcesses {

    /** The kind of the benchmark's own JVM, reported apart from the network's total. */
    static final String CLIENT = "client";

    private final List<NodeStatus> nodes;
    private final long clientPid = ProcessHandle.current().pid();

    MeasuredProcesses(final List<NodeStatus> nodes) {
        this.nodes = nodes.stream().filter(NodeStatus::running).toList();
        if (this.nodes.isEmpty()) {
            throw new IllegalStateException("no running node to measure");
        }
    }

    /** Every measured process's figures now, by node name (the client as {@value #CLIENT}). */
    Map<String, Sample> sample() {
        final Map<String, Sample> samples = new LinkedHashMap<>();
        for (final NodeStatus node : nodes) {
            final Optional<ProcessStat> stat = ProcessStat.read(node.pid());
            if (stat.isEmpty()) {
                throw new IllegalStateException("node " + node.name() + " (pid " + node.pid()
                        + ") is gone: the benchmark network lost a process during the run");
            }
            samples.put(node.name(), new Sample(node.name(), node.kind(), stat.get()));
        }
        ProcessStat.read(clientPid).ifPresent(stat -> samples.put(CLIENT, new Sample(CLIENT, CLIENT, stat)));
        return samples;
    }

    /** CPU milliseconds each process used between two samples, and its RSS at the later one. */
    static List<ProcessUsage> usage(final Map<String, Sample> before, final Map<String, Sample> after,
            final long ticksPerSecond) {
        final List<ProcessUsage> usage = new ArrayList<>();
        after.forEach((name, late) -> {
            final Sample early = before.get(name);
            final long ticks = early == null ? late.stat().cpuTicks() : late.stat().cpuTicks() - early.stat().cpuTicks();
            final long jit = early == null ? late.stat().jitTicks() : late.stat().jitTicks() - early.stat().jitTicks();
            // A compiler thread that ended in between takes its time out of the later sum: never below 0.
            final long jitInWindow = Math.min(ticks, Math.max(0, jit));
            usage.add(new ProcessUsage(name, late.kind(), ticks * 1000.0 / ticksPerSecond,
                    jitInWindow * 1000.0 / ticksPerSecond, late.stat().rssKiB()));
        });
        return usage;
    }

    /** One process at one instant. */
    record Sample(String name, String kind, ProcessStat stat) {}
}
