// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.containers.FabricContainerNetwork;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NodeStatus;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

/**
 * The network of one test run, stored in JUnit's root store so that it is started once and closed (stopped)
 * when the whole run ends. A network that was already fully running before the run is reused and left running.
 *
 * <p>{@code -Dtracechain.runtime=containers} runs the same topology in Docker ({@link FabricContainerNetwork}) from a
 * fresh home of its own; the tests see the same {@link FabricNetwork} either way.
 */
final class LiveNetwork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveNetwork.class);
    /**
     * Tests use their own port block so that a demo network on the default block can keep running;
     * {@code -Dtracechain.it.basePort} moves it (e.g. two checkouts testing at once).
     */
    static final int TEST_BASE_PORT = Integer.getInteger("tracechain.it.basePort", 28000);
    private static final int DEFAULT_BASE_PORT = 28000;

    /** {@code native} (processes, the default) or {@code containers} (Docker, through Testcontainers). */
    static final String RUNTIME = System.getProperty("tracechain.runtime", "native");

    private final FabricNetwork network;
    private final Runnable stop;
    private final boolean startedHere;
    private final Thread shutdownHook;

    private LiveNetwork(final FabricNetwork network, final Runnable stop, final boolean startedHere) {
        this.network = network;
        this.stop = stop;
        this.startedHere = startedHere;
        // A test JVM killed by a signal still stops the nodes it started.
        this.shutdownHook = new Thread(this::stopIfStartedHere, "tracechain-it-network-stop");
        if (startedHere) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    static LiveNetwork start() {
        // A network's data belongs to its port block: another block gets a home of its own.
        final Path base = Path.of(System.getProperty("tracechain.it.home", "target/it-network"));
        final Path home = TEST_BASE_PORT == DEFAULT_BASE_PORT ? base
                : base.resolveSibling(base.getFileName() + "-" + TEST_BASE_PORT);
        final Path chaincodeDir = Path.of(System.getProperty("tracechain.chaincode.dir", "../chaincode/target"));
        final String topologyFile = System.getProperty("tracechain.it.topology", "");
        final Topology topology = (topologyFile.isBlank() ? TopologyLoader.defaultTopology()
                : TopologyLoader.load(Path.of(topologyFile))).withBasePort(TEST_BASE_PORT);
        if (RUNTIME.equals("containers")) {
            return startContainers(home.resolveSibling(home.getFileName() + "-containers"), topology, chaincodeDir);
        }
        if (!RUNTIME.equals("native")) {
            throw new IllegalArgumentException("tracechain.runtime is 'native' or 'containers', not '" + RUNTIME + "'");
        }
        final FabricNetwork network = new FabricNetwork(home, topology, chaincodeDir);
        if (Boolean.getBoolean("tracechain.it.fresh") && java.nio.file.Files.exists(home)) {
            // The fault tests kill and damage nodes: each run starts from an empty home.
            LOG.info("Cleaning {}: this test group starts from a fresh network", home.toAbsolutePath());
            network.clean();
        } else if (network.holdsAnotherNetwork()) {
            // A test home is disposable: data of another topology (or of an older version) is not worth keeping.
            LOG.info("Cleaning {}: it holds a network of another topology or version", home.toAbsolutePath());
            network.clean();
        }
        final boolean alreadyRunning = network.status().stream().allMatch(NodeStatus::healthy);
        LOG.info("{} the test network in {}", alreadyRunning ? "Reusing" : "Starting", home.toAbsolutePath());
        final long start = System.nanoTime();
        final List<NodeStatus> status = network.up();
        LOG.info("Test network ready in {} s: {} nodes", String.format("%.1f", (System.nanoTime() - start) / 1e9),
                status.size());
        return new LiveNetwork(network, network::down, !alreadyRunning);
    }

    private static LiveNetwork startContainers(final Path home, final Topology topology, final Path chaincodeDir) {
        // Containers live as long as this JVM: nothing to reuse, and a home of an earlier run is cleaned first.
        new FabricNetwork(home, topology, chaincodeDir).clean();
        final FabricContainerNetwork containers = FabricContainerNetwork.builder().home(home).topology(topology)
                .chaincodeDir(chaincodeDir).build();
        LOG.info("Starting the test network in containers, home {}", home.toAbsolutePath());
        final long start = System.nanoTime();
        containers.start();
        LOG.info("Test network ready in containers in {} s",
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
        return new LiveNetwork(containers.network(), containers::stop, true);
    }

    FabricNetwork network() {
        return network;
    }

    Path home() {
        return network.home();
    }

    @Override
    public void close() {
        if (startedHere) {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        }
        stopIfStartedHere();
    }

    private void stopIfStartedHere() {
        if (startedHere) {
            LOG.info("Stopping the test network");
            stop.run();
        }
    }
}
