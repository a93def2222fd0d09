// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.node.Node;
import org.tracechain.network.process.NodeProcesses;
import org.tracechain.network.supervisor.RestartRecord;
import org.tracechain.network.supervisor.Supervisor;
import org.tracechain.network.supervisor.SupervisorMain;

/**
 * The network's {@link Supervisor}, run as a process of its own ({@code run/supervisor.pid}) so that it outlives
 * the command that started it: {@code up} starts it when the network is up, {@code down} stops it first.
 */
final class SupervisorProcess {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisorProcess.class);

    private final Path home;
    private final NodeProcesses processes;

    SupervisorProcess(final Path home, final NodeProcesses processes) {
        this.home = home;
        this.processes = processes;
    }

    /** Starts the supervisor unless it runs; adds it to {@code started} if it started it. */
    void ensureRunning(final List<Node> started) {
        if (processes.running(Supervisor.NAME).isPresent()) {
            return;
        }
        try {
            RestartRecord.clearAll(home.resolve("run"));
        } catch (java.io.IOException e) {
            LOG.warn("cannot clear earlier restart records: {}", e.getMessage());
        }
        final Node node = node();
        LOG.info("Starting the supervisor (restarts nodes that die, rotates logs; log {})", home.relativize(node.log()));
        processes.start(node.name(), node.command(), node.environment(), node.dataDir(), node.log());
        started.add(node);
    }

    /** The supervisor's line in {@code status}. */
    NodeStatus status() {
        final Optional<ProcessHandle> process = processes.running(Supervisor.NAME);
        return new NodeStatus(Supervisor.NAME, Supervisor.NAME, process.map(ProcessHandle::pid).orElse(-1L),
                process.isPresent(), process.isPresent() ? "restarts nodes that die, rotates logs" : "stopped",
                node().log().toString());
    }

    /** What the supervisor did for a node, for its status line: restarts, or why it did not restart it. */
    String remarks(final String node) {
        return RestartRecord.read(home.resolve("run"), node).map(r -> {
            final List<String> parts = new ArrayList<>();
            if (r.restarts() > 0) {
                parts.add("restarted " + r.restarts() + "x, last at " + r.lastRestart());
            }
            if (r.note() != null) {
                parts.add(r.note());
            }
            return parts.isEmpty() ? "" : " [" + String.join("; ", parts) + "]";
        }).orElse("");
    }

    private Node node() {
        final Path dataDir = home.resolve("nodes").resolve(Supervisor.NAME);
        final String java = ProcessHandle.current().info().command().orElse("java");
        final String classpath = System.getProperty("java.class.path");
        return new Node() {
            @Override
            public String name() {
                return Supervisor.NAME;
            }

            @Override
            public List<String> command() {
                // Small and quick to start: it only polls PID files once a second.
                return List.of(java, "-Xmx48m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                        SupervisorMain.class.getName(), home.toString());
            }

            @Override
            public Map<String, String> environment() {
                return Map.of();
            }

            @Override
            public Map<Integer, String> ports() {
                return Map.of();
            }

            @Override
            public Path dataDir() {
                return dataDir;
            }

            @Override
            public boolean ready() {
                return processes.running(Supervisor.NAME).isPresent();
            }

            @Override
            public String health() {
                return ready() ? "running" : "stopped";
            }
        };
    }
}
