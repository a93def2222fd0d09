// SPDX-License-Identifier: Apache-2.0
package org.tracechain.containers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.Network;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NodeStatus;
import org.tracechain.network.images.ImageNames;
import org.tracechain.network.install.FabricInstaller;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

/**
 * A tracechain network in Docker: the topology's Raft orderers, one peer per organisation and one chaincode server
 * per organisation and chaincode, each a container on one Docker network, with channels joined and chaincode
 * committed exactly as {@code tracechain network up} does (the same crypto, channel configuration and lifecycle
 * steps; only the nodes' runtime differs), and the query store's PostgreSQL ({@link #queryStore()}). Clients on the host connect with the wallets and gateway profiles in
 * {@link #home()}: each container's ports are published on 127.0.0.1 at the topology's port block.
 *
 * <pre>{@code
 * @Testcontainers
 * class LotIT {
 *     @Container
 *     static FabricContainerNetwork fabric = FabricContainerNetwork.builder()
 *             .home(Path.of("target/fabric"))
 *             .chaincodeDir(Path.of("target/chaincode"))   // tracechain-chaincode.jar, as the native launcher's
 *             .build();
 *
 *     @Test
 *     void registers_a_lot() throws Exception {
 *         try (LedgerClient farmer = LedgerClient.newBuilder()
 *                 .identity(Wallet.open(fabric.home()).identity("producer", "farmer"))
 *                 .profile(GatewayProfile.load(fabric.home(), "producer"))
 *                 .connect()) {
 *             // farmer.food().registerLot(...)
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Images: {@link ImageNames} (the official {@code hyperledger/fabric-peer:3.1.5} and
 * {@code hyperledger/fabric-orderer:3.1.5} by default, {@code -Dtracechain.image.peer=...} to change); one that is
 * missing is pulled, or built here from the installed Fabric binaries when no registry answers. {@link #stop()}
 * removes every container and the Docker network; the home keeps crypto material and ledgers, and a new start on
 * it continues the same network.
 */
public final class FabricContainerNetwork implements Startable {

    private static final Logger LOG = LoggerFactory.getLogger(FabricContainerNetwork.class);

    private final Path home;
    private final Topology topology;
    private final Path chaincodeDir;
    private final ImageNames images;
    private final FabricInstaller installer;
    private final boolean withQueryStore;
    private Network dockerNetwork;
    private FabricNetwork network;
    private PostgreSQLContainer queryStore;

    private FabricContainerNetwork(final Builder builder) {
        this.home = builder.home.toAbsolutePath().normalize();
        this.topology = builder.topology;
        this.chaincodeDir = builder.chaincodeDir.toAbsolutePath().normalize();
        this.images = builder.images;
        this.installer = builder.installer;
        this.withQueryStore = builder.queryStore;
    }

    /** A builder; {@link Builder#home} and {@link Builder#chaincodeDir} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Makes sure the images are there, then starts every node in its container and deploys the chaincode; returns
     * when the network serves. Idempotent while started.
     */
    @Override
    public synchronized void start() {
        if (network != null) {
            return;
        }
        final long begin = System.nanoTime();
        // Host tools (osnadmin, the peer CLI for channel joins and lifecycle) and the images' binaries: one install.
        ImageSupply.ensure(images, withQueryStore, installer.ensureInstalled(), installer.cacheRoot());
        final Network created = Network.newNetwork();
        final FabricNetwork fabric = FabricNetwork.withRuntime(home, topology, chaincodeDir, installer,
                new ContainerNodeRuntime(home, created, new NodeImages(images)));
        PostgreSQLContainer postgres = null;
        try {
            if (withQueryStore) {
                postgres = NetworkQueryStore.start(fabric.home(), created, new PortPlan(topology).postgres());
            }
            final List<NodeStatus> status = fabric.up();
            LOG.info("Container network '{}' ready in {} s: {} containers", topology.name(),
                    String.format("%.1f", (System.nanoTime() - begin) / 1e9), status.size() + (postgres == null ? 0 : 1));
        } catch (IOException | RuntimeException e) {
            // up() has stopped the containers it started
            if (postgres != null) {
                postgres.stop();
            }
            created.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException("cannot start the query store", e);
        }
        this.dockerNetwork = created;
        this.network = fabric;
        this.queryStore = postgres;
    }

    /** Stops and removes every container and the Docker network; the home keeps the ledgers. */
    @Override
    public synchronized void stop() {
        if (network == null) {
            return;
        }
        try {
            network.down();
        } finally {
            if (queryStore != null) {
                queryStore.stop();
                queryStore = null;
            }
            dockerNetwork.close();
            network = null;
            dockerNetwork = null;
        }
    }

    /**
     * The running network, for what the native launcher offers too: status, node heights, users, the peer CLI of an
     * organisation or user.
     */
    public synchronized FabricNetwork network() {
        if (network == null) {
            throw new IllegalStateException("the container network is not started");
        }
        return network;
    }

    /**
     * The network's PostgreSQL (the HTTP servers' query store), if it was started with one: on 127.0.0.1 at the port
     * block's PostgreSQL port, recorded in {@code <home>/postgres/connection.json} as the native network records its own.
     */
    public synchronized Optional<PostgreSQLContainer> queryStore() {
        return Optional.ofNullable(queryStore);
    }

    /** The home: crypto material, wallets ({@code wallet/}), gateway profiles, and each node's data and log. */
    public Path home() {
        return home;
    }

    public Topology topology() {
        return topology;
    }

    /** Configures a {@link FabricContainerNetwork}. */
    public static final class Builder {

        private Path home;
        private Topology topology = TopologyLoader.defaultTopology();
        private Path chaincodeDir;
        private ImageNames images = ImageNames.from(System.getProperties());
        private FabricInstaller installer = new FabricInstaller();
        private boolean queryStore = true;

        private Builder() {}

        /** The network's home directory on the host (created if missing). */
        public Builder home(final Path home) {
            this.home = Objects.requireNonNull(home, "home");
            return this;
        }

        /** The topology (default: the project's default, three organisations on the default port block). */
        public Builder topology(final Topology topology) {
            this.topology = Objects.requireNonNull(topology, "topology");
            return this;
        }

        /** The directory holding the chaincode jars the topology names ({@code tracechain-chaincode.jar}). */
        public Builder chaincodeDir(final Path chaincodeDir) {
            this.chaincodeDir = Objects.requireNonNull(chaincodeDir, "chaincodeDir");
            return this;
        }

        /** Image names (default: {@link ImageNames#from} the system properties). */
        public Builder images(final ImageNames images) {
            this.images = Objects.requireNonNull(images, "images");
            return this;
        }

        /** Where the host's Fabric tools come from (default: the project's installer and cache). */
        public Builder installer(final FabricInstaller installer) {
            this.installer = Objects.requireNonNull(installer, "installer");
            return this;
        }

        /** Whether to start the query store's PostgreSQL beside the nodes (default: yes). */
        public Builder queryStore(final boolean queryStore) {
            this.queryStore = queryStore;
            return this;
        }

        /** Validates the settings. */
        public FabricContainerNetwork build() {
            if (home == null) {
                throw new IllegalStateException("home is required: where crypto material, wallets and ledgers live");
            }
            if (chaincodeDir == null) {
                throw new IllegalStateException("chaincodeDir is required: the directory of the chaincode jars");
            }
            return new FabricContainerNetwork(this);
        }
    }
}
