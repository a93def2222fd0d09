// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.node.Node;
import org.tracechain.network.process.LogTail;
import org.tracechain.network.process.Ports;
import org.tracechain.network.process.Wait;

/** Starts the network's nodes that are not running, waits for them to report ready, and stops them in order. */
final class NodeLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(NodeLauncher.class);
    static final Duration NODE_START_TIMEOUT = Duration.ofSeconds(90);
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Path home;
    private final NodeRuntime runtime;

    NodeLauncher(final Path home, final NodeRuntime runtime) {
        this.home = home;
        this.runtime = runtime;
    }

    NodeRuntime runtime() {
        return runtime;
    }

    /** Starts the nodes that are not running and waits until every one of them is ready. */
    void startAll(final String what, final List<? extends Node> nodes, final List<Node> started) throws IOException {
        launch(what, nodes, started);
        for (final Node node : nodes) {
            awaitReady(node);
        }
    }

    /** Starts the nodes that are not running (after checking their ports), without waiting for them. */
    void launch(final String what, final List<? extends Node> nodes, final List<Node> started) throws IOException {
        final List<Node> toStart = new ArrayList<>();
        for (final Node node : nodes) {
            if (runtime.running(node.name())) {
                continue;
            }
            for (final Map.Entry<Integer, String> port : node.ports().entrySet()) {
                Ports.requireFree(port.getKey(), port.getValue());
            }
            toStart.add(node);
        }
        if (toStart.isEmpty()) {
            LOG.info("All {} already running", what);
        }
        for (final Node node : toStart) {
            Files.createDirectories(node.dataDir());
            LOG.info("Starting {} (log {})", node.name(), home.relativize(node.log()));
            runtime.start(node);
            started.add(node);
        }
    }

    /** Waits until {@code node} reports ready; fails with its log's tail if it exits or times out. */
    void awaitReady(final Node node) {
        Wait.until(node.name() + " to report healthy", NODE_START_TIMEOUT, () -> {
            if (!runtime.running(node.name())) {
                throw exitedDuringStart(node);
            }
            return node.ready();
        }, () -> " (" + node.health() + ")" + LogTail.of(node.log(), 25));
        LOG.info("  {} ready", node.name());
    }

    /**
     * Names the node among {@code started} that has exited since, when a later step of a start failed: a node that
     * died after it looked ready (a peer on damaged block files) is the cause, not the step that could not reach it.
     */
    RuntimeException explain(final RuntimeException failure, final List<Node> started) {
        for (final Node node : started) {
            if (!runtime.running(node.name())
                    && !String.valueOf(failure.getMessage()).contains(node.name() + " exited")) {
                final NetworkException cause = exitedDuringStart(node);
                cause.addSuppressed(failure);
                return cause;
            }
        }
        return failure;
    }

    private NetworkException exitedDuringStart(final Node node) {
        return new NetworkException(node.name() + " exited during start-up" + LogTail.of(node.log(), 25)
                + (node.keepsLedger() ? "\nIf its data is damaged, rebuild it from the rest of the network: "
                        + "tracechain network repair --node " + node.name() : ""));
    }

    /** Stops one node if it runs. */
    void stop(final String name) {
        if (runtime.stop(name, STOP_GRACE)) {
            LOG.info("Stopped {}", name);
        }
    }

    /** Stops every tracked process, lowest {@code order} first. */
    void stopAll(final ToIntFunction<String> order) {
        stop(runtime.tracked(), order);
    }

    /**
     * Stops the named processes that run, lowest {@code order} first; those of equal order (all chaincode servers,
     * all peers, all orderers) are stopped together.
     */
    void stop(final List<String> names, final ToIntFunction<String> order) {
        final SortedMap<Integer, List<String>> tiers = new TreeMap<>();
        names.forEach(n -> tiers.computeIfAbsent(order.applyAsInt(n), k -> new ArrayList<>()).add(n));
        tiers.values().forEach(tier -> runtime.stopTogether(tier, STOP_GRACE)
                .forEach(n -> LOG.info("Stopped {}", n)));
    }
}
