// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NetworkException;
import org.tracechain.network.NodeStatus;
import org.tracechain.network.topology.Topology;

/**
 * The benchmark's own network: {@link BenchTopology} on its own port block and home, started fresh (the figures
 * must not depend on what an earlier run left in the ledgers) and stopped on {@link #close()}, or by a shutdown
 * hook when the JVM is interrupted first.
 */
final class BenchNetwork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BenchNetwork.class);

    /** How long a stop waits for a network start in progress (up takes 70-100 s here, longer when loaded). */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);

    private final FabricNetwork network;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook;
    private final List<NodeStatus> nodes;

    private BenchNetwork(final FabricNetwork network) {
        this.network = network;
        this.shutdownHook = new Thread(this::stop, "tracechain-bench-network-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            final long start = System.nanoTime();
            LOG.info("Starting the benchmark network in {} (port block {})", network.home(),
                    network.topology().basePort());
            this.nodes = network.up();
            LOG.info("Benchmark network up in {} s: {} processes", (System.nanoTime() - start) / 1_000_000_000,
                    nodes.size());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Starts the network in {@code home} on {@code basePort}: the project's chaincode jars from
     * {@code chaincodeDir} and {@code ceilingJar}, copied into one directory beside the home.
     */
    static BenchNetwork start(final Path home, final int basePort, final Path chaincodeDir, final Path ceilingJar)
            throws IOException {
        final Topology topology = BenchTopology.withCeiling(basePort);
        final Path jars = collectJars(home, topology, chaincodeDir, ceilingJar);
        final FabricNetwork network = new FabricNetwork(home, topology, jars);
        if (Files.exists(home)) {
            LOG.info("Cleaning {}: every benchmark starts from empty ledgers", home);
            network.clean();
        }
        return new BenchNetwork(network);
    }

    /** The network's one chaincode directory: the default channels' jars and the ceiling's. */
    private static Path collectJars(final Path home, final Topology topology, final Path chaincodeDir,
            final Path ceilingJar) throws IOException {
        final Path jars = home.resolveSibling(home.getFileName() + "-chaincode");
        Files.createDirectories(jars);
        for (final Topology.ChannelSpec channel : topology.channels()) {
            final String jar = channel.chaincode().jar();
            final Path source = jar.equals(BenchTopology.CEILING_JAR) ? ceilingJar : chaincodeDir.resolve(jar);
            if (!Files.isRegularFile(source)) {
                throw new IllegalArgumentException("chaincode jar " + source + " not found; build the project first "
                        + "(mvn -q package -DskipTests)");
            }
            Files.copy(source, jars.resolve(jar), StandardCopyOption.REPLACE_EXISTING);
        }
        return jars;
    }

    FabricNetwork fabric() {
        return network;
    }

    /** Every node as {@code up} reported it (PIDs included). */
    List<NodeStatus> nodes() {
        return nodes;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running this.
        }
        stop();
    }

    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Stopping the benchmark network");
        // Interrupted during up, the hook finds the home locked by up itself, which goes on running while the JVM
        // shuts down: ask again until up has released the lock, so the nodes it started are stopped too.
        final long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        while (true) {
            try {
                network.down();
                return;
            } catch (NetworkException e) {
                if (System.nanoTime() > deadline || !e.getMessage().contains("another tracechain command")) {
                    throw e;
                }
                LOG.info("Waiting for the network start to finish before stopping it");
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
