// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.channel.ChannelAdmin;
import org.tracechain.network.channel.ChannelConfigurator;
import org.tracechain.network.channel.PeerCli;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.install.FabricInstaller;
import org.tracechain.network.io.ExclusiveFileLock;
import org.tracechain.network.node.Node;
import org.tracechain.network.node.OrdererNode;
import org.tracechain.network.node.PeerNode;
import org.tracechain.network.postgres.PostgresCluster;
import org.tracechain.network.postgres.PostgresLayout;
import org.tracechain.network.process.Directories;
import org.tracechain.network.process.NodeProcesses;
import org.tracechain.network.supervisor.Supervisor;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;

/**
 * A real Fabric network on this machine, described by a {@link Topology} and kept in a home directory:
 * Raft orderers, one peer per organisation, channels, and for each channel's chaincode one chaincode server per
 * member organisation (mutual TLS with its own peer); and a PostgreSQL server for the HTTP servers' query store.
 *
 * <pre>{@code
 * FabricNetwork network = new FabricNetwork(Path.of(".tracechain"), TopologyLoader.defaultTopology(),
 *         Path.of("chaincode/target"));
 * network.up();      // installs Fabric if needed, starts or reuses every node, deploys chaincode
 * network.down();    // stops every process it tracks, keeps the ledgers
 * }</pre>
 *
 * <p>Every step is idempotent: {@code up} on a running network only checks it; {@code up} after {@code down}
 * restarts the nodes on their existing ledgers. A failure names the node and shows the tail of its log, and
 * stops whatever was started, so no half-started network is left behind.
 */
public final class FabricNetwork {

    private static final Logger LOG = LoggerFactory.getLogger(FabricNetwork.class);
    /** Generous: a rebuilt node fetches every block of its channels. */
    private static final java.time.Duration CATCH_UP_TIMEOUT = java.time.Duration.ofMinutes(10);

    private final Path home;
    private final Topology topology;
    private final Path chaincodeDir;
    private final FabricInstaller installer;
    private final Layout layout;
    private final PortPlan ports;
    private final NodeRuntime runtime;
    private final NodeLauncher launcher;
    private final ChaincodeStage chaincode;
    /** Null unless the nodes are native processes: only then is there a supervisor, and a PostgreSQL node. */
    private final SupervisorProcess supervisor;
    private final PostgresCluster postgres;
    private final NetworkNodes nodes;
    private final ChainHeights chainHeights;

    public FabricNetwork(final Path home, final Topology topology, final Path chaincodeDir) {
        this(home, topology, chaincodeDir, new FabricInstaller());
    }

    public FabricNetwork(final Path home, final Topology topology, final Path chaincodeDir,
            final FabricInstaller installer) {
        this(home, topology, chaincodeDir, installer, null);
    }

    /**
     * A network whose nodes {@code runtime} runs, e.g. one container per node; the home still holds crypto material,
     * channel artifacts, wallets and each node's data (mounted into its container). Native processes have a
     * supervisor and a PostgreSQL server of the network; other runtimes have neither.
     */
    public static FabricNetwork withRuntime(final Path home, final Topology topology, final Path chaincodeDir,
            final FabricInstaller installer, final NodeRuntime runtime) {
        return new FabricNetwork(home, topology, chaincodeDir, installer, Objects.requireNonNull(runtime, "runtime"));
    }

    private FabricNetwork(final Path home, final Topology topology, final Path chaincodeDir,
            final FabricInstaller installer, final NodeRuntime runtime) {
        this.home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
        this.topology = Objects.requireNonNull(topology, "topology");
        this.chaincodeDir = Objects.requireNonNull(chaincodeDir, "chaincodeDir").toAbsolutePath().normalize();
        this.installer = Objects.requireNonNull(installer, "installer");
        this.layout = new Layout(this.home.resolve("crypto"));
        this.ports = new PortPlan(topology);
        final NativeNodeRuntime nativeRuntime = runtime == null
                ? new NativeNodeRuntime(new NodeProcesses(this.home.resolve("run")))
                : runtime instanceof NativeNodeRuntime own ? own : null;
        this.runtime = runtime == null ? nativeRuntime : runtime;
        this.launcher = new NodeLauncher(this.home, this.runtime);
        this.chaincode = new ChaincodeStage(topology, layout, ports, this.home, this.chaincodeDir, launcher);
        this.nodes = new NetworkNodes(this.home, topology, layout, ports, this.runtime.addressing());
        this.chainHeights = new ChainHeights(this.home, topology, layout, ports, nodes);
        this.supervisor = nativeRuntime == null ? null : new SupervisorProcess(this.home, nativeRuntime.processes());
        this.postgres = PostgresCluster.forHome(this.home, ports.postgres());
    }

    public Path home() {
        return home;
    }

    /**
     * This network (same home, topology and runtime) with the chaincode jars of {@code dir}: its {@code up} deploys
     * a changed jar at the chaincode's next sequence and restarts that chaincode's servers on it.
     */
    public FabricNetwork withChaincodeDir(final Path dir) {
        return new FabricNetwork(home, topology, dir, installer, runtime);
    }

    public Topology topology() {
        return topology;
    }

    /** Starts (or checks) the whole network and deploys the chaincode; returns the status of every node. */
    @SuppressWarnings("try") // the lock is held for the duration of the block, never referenced
    public List<NodeStatus> up() {
        try (ExclusiveFileLock lock = HomeLock.acquire(home)) {
            return upLocked();
        } catch (IOException e) {
            throw new NetworkException("cannot use home directory " + home + ": " + e.getMessage(), e);
        }
    }

    private List<NodeStatus> upLocked() throws IOException {
        final long start = System.nanoTime();
        final FabricInstallation fabric = installer.ensureInstalled();
        NetworkState state = preparation().prepare(fabric,
                existing -> lostData(existing, fabric));
        final List<Node> started = new ArrayList<>();
        try {
            // Chaincode JVMs take longest to start; their package ids need no network, so launch them first
            // and let them come up while the orderers and peers do.
            final Map<String, ChaincodeStage.Packages> packages = chaincode.launchServers(state, started);
            if (supervisor != null) {
                // The HTTP servers' query store: created once, then started on its data like every node.
                launcher.startAll("PostgreSQL", List.of(postgres.prepare()), started);
            }
            final List<Node> orderers = nodes.orderers(fabric);
            launcher.startAll("orderers", orderers, started);
            state = recordData(state, orderers);
            final ChannelJoining joining = new ChannelJoining(home, topology, ports);
            joining.joinOrderers(fabric, chainHeights.ordererAdminTls());
            final List<Node> peers = nodes.peers(fabric);
            launcher.startAll("peers", peers, started);
            state = recordData(state, peers);
            joining.joinPeers(fabric, org -> peerCli(fabric, org));
            joining.awaitGossip(peers);
            // A restarted or rebuilt node must have every block before lifecycle calls read its ledger: a peer
            // behind the committed definition would approve a sequence that does not exist.
            final CatchUp catchUp = new CatchUp(topology, chainHeights.ordererHeights(fabric));
            catchUp.await(typed(orderers, OrdererNode.class), typed(peers, PeerNode.class), CATCH_UP_TIMEOUT);
            state = chaincode.deploy(state, packages, org -> peerCli(fabric, org));
            catchUp.await(typed(orderers, OrdererNode.class), typed(peers, PeerNode.class), CATCH_UP_TIMEOUT);
            requireAllHealthy();
            if (supervisor != null) {
                supervisor.ensureRunning(started);
            }
        } catch (RuntimeException e) {
            // Only what this call started: nodes that were running before keep serving (one bad node must not
            // become a full outage).
            LOG.error("network start failed; stopping the {} nodes this call started, leaving the others running",
                    started.size());
            final RuntimeException explained = launcher.explain(e, started);
            launcher.stop(started.stream().map(Node::name).toList(), this::stopOrder);
            throw explained;
        }
        LOG.info("Network '{}' is up in {} s ({} nodes started now), home {}", topology.name(),
                String.format("%.1f", (System.nanoTime() - start) / 1e9), started.size(), home);
        return status();
    }

    /** Stops every process of the network by PID; ledgers and crypto material stay. */
    @SuppressWarnings("try")
    public void down() {
        try (ExclusiveFileLock lock = HomeLock.acquire(home)) {
            stopAll();
        } catch (IOException e) {
            throw new NetworkException("cannot use home directory " + home + ": " + e.getMessage(), e);
        }
    }

    /** Stops the network and deletes its home directory. */
    public void clean() {
        if (!Files.exists(home)) {
            return; // nothing to stop or delete (and down() would create the home for its lock)
        }
        // Refuse to delete a directory that is not a tracechain home (a mistyped --home must not wipe data). Asked
        // before down(), whose lock file would make an empty directory look used.
        final boolean ours = Files.exists(NetworkState.file(home)) || Files.isDirectory(home.resolve("crypto"))
                || Files.isDirectory(home.resolve("run")) || isEmpty(home);
        if (!ours) {
            throw new NetworkException(home + " does not look like a tracechain home (no network.json, crypto/ or run/);"
                    + " not deleting it");
        }
        down();
        try {
            PostgresCluster.deleteOutsideData(home);
            Directories.deleteRecursively(home);
            LOG.info("Deleted {}", home);
        } catch (IOException e) {
            throw new NetworkException("cannot delete " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the home holds a network this one cannot continue: another topology or port block, state an earlier
     * version wrote in another form, or ledgers in another layout than the chaincode jars'. {@code up} refuses such
     * a home; a disposable one (tests) can be {@linkplain #clean cleaned} first.
     */
    public boolean holdsAnotherNetwork() {
        final Optional<NetworkState> state;
        try {
            state = NetworkState.read(NetworkState.file(home));
        } catch (NetworkException unreadable) {
            return true;
        }
        if (state.isEmpty()) {
            return false;
        }
        if (!state.get().topologyFingerprint().equals(preparation().fingerprint())) {
            return true;
        }
        try {
            return !chaincode.layoutRefusals(state.get()).isEmpty();
        } catch (IOException incomplete) {
            // The packages' TLS material is missing or unreadable: up prepares the home again or says what is wrong.
            return false;
        }
    }

    /** The state of every node: process, health endpoint, log. */
    public List<NodeStatus> status() {
        // Status needs names, ports and logs only, not the binaries: it must work before anything is installed.
        final FabricInstallation fabric = installer.cachedInstallation();
        final List<Node> all = new ArrayList<>();
        all.addAll(nodes.orderers(fabric));
        all.addAll(nodes.peers(fabric));
        all.addAll(chaincode.servers(NetworkState.read(NetworkState.file(home)).orElse(null)));
        if (supervisor != null) {
            all.add(postgres.node());
        }
        final List<NodeStatus> result = new ArrayList<>();
        for (final Node node : all) {
            final boolean running = runtime.running(node.name());
            final String kind = node instanceof OrdererNode ? "orderer" : node instanceof PeerNode ? "peer"
                    : node.name().equals(PostgresLayout.NODE) ? PostgresLayout.NODE : "chaincode";
            final String health = running ? node.health() : "stopped";
            result.add(new NodeStatus(node.name(), kind, runtime.pid(node.name()).orElse(-1L),
                    running && node.ready(), health + (supervisor == null ? "" : supervisor.remarks(node.name())),
                    node.log().toString()));
        }
        if (supervisor != null) {
            result.add(supervisor.status());
        }
        return result;
    }

    /** The admin CLI of an organisation, for tools and tests that need lifecycle or channel queries. */
    public PeerCli adminCli(final String organization) {
        final Topology.PeerOrganization org = topology.organization(organization)
                .orElseThrow(() -> new IllegalArgumentException("unknown organisation " + organization));
        return peerCli(installer.ensureInstalled(), org);
    }

    /**
     * The peer CLI of a user of an organisation (its own MSP directory, its organisation's peer), for tools and
     * tests that call the chaincode the way Fabric's own command line does.
     */
    public PeerCli userCli(final String organization, final String user) {
        final Topology.PeerOrganization org = topology.organization(organization)
                .orElseThrow(() -> new IllegalArgumentException("unknown organisation " + organization));
        return new PeerCli(installer.ensureInstalled(), home, org.mspId(), layout.user(org, user),
                ports.peer(org, 0).listen(), Layout.tlsCaCert(layout.peerOrg(org)));
    }

    /** The orderer that leads the Raft cluster of {@code channel}, as its metrics say, if one does. */
    public Optional<String> raftLeader(final String channel) {
        return chainHeights.raftLeader(installer.ensureInstalled(), channel);
    }

    /** Every orderer's and member peer's block height on {@code channel} (empty where a node does not answer). */
    public Map<String, OptionalLong> heights(final String channel) {
        return chainHeights.heights(installer.ensureInstalled(), channel);
    }

    /**
     * Each peer's block height on {@code channel} from its operations endpoint's {@code ledger_blockchain_height}
     * gauge (empty where the peer does not answer or is not on the channel). Cheap enough to poll, unlike
     * {@link #heights}, which runs {@code osnadmin} for every orderer; needs nothing installed, like {@link #status}.
     */
    public Map<String, OptionalLong> peerHeights(final String channel) {
        return chainHeights.peerHeights(installer.cachedInstallation(), channel);
    }

    /** The first orderer's client endpoint and its TLS CA certificate, for {@code peer chaincode invoke -o}. */
    public String ordererEndpoint() {
        return "127.0.0.1:" + ports.orderer(0).listen();
    }

    /** The TLS CA certificate of the orderer organisation ({@code --cafile}). */
    public Path ordererTlsCa() {
        return Layout.tlsCaCert(layout.ordererOrg(topology.ordererOrganization()));
    }

    /**
     * Rebuilds the data of an orderer or peer whose data directory was lost or damaged: the node is stopped, what is
     * left of its directory is kept aside ({@code nodes/<node>.damaged-<time>}), and {@code up} starts it afresh; it
     * joins its channels again and fetches every block from the others (a peer from the orderers, an orderer from
     * the other orderers), and a peer gets its organisation's chaincode packages installed again.
     */
    @SuppressWarnings("try")
    public List<NodeStatus> repair(final String nodeName) {
        final FabricInstallation fabric = installer.ensureInstalled();
        try (ExclusiveFileLock lock = HomeLock.acquire(home)) {
            final NetworkState state = NetworkState.read(NetworkState.file(home)).orElseThrow(() -> new NetworkException(
                    home + " holds no network to repair; run 'tracechain network up' to create one"));
            final Node node = Stream.concat(nodes.orderers(fabric).stream(), nodes.peers(fabric).stream())
                    .filter(n -> n.name().equals(nodeName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no orderer or peer named '" + nodeName + "'"));
            final OrdererRepair ordererRepair = node instanceof OrdererNode ? ordererRepair(fabric) : null;
            if (ordererRepair != null) {
                ordererRepair.requireQuorumWithout((OrdererNode) node, typed(nodes.orderers(fabric), OrdererNode.class));
            }
            launcher.stop(node.name());
            if (Files.exists(node.dataDir())) {
                final Path aside = node.dataDir().resolveSibling(node.name() + ".damaged-"
                        + java.time.Instant.now().toString().replace(':', '-'));
                Files.move(node.dataDir(), aside);
                LOG.info("Kept what was left of {}'s data in {}", node.name(), home.relativize(aside));
            }
            state.withoutData(node.name()).write(NetworkState.file(home));
            LOG.info("Rebuilding {} from the rest of the network", node.name());
            // Under the same lock: the supervisor must not start the node in between.
            if (ordererRepair != null) {
                ordererRepair.rebuild((OrdererNode) node, typed(nodes.orderers(fabric), OrdererNode.class),
                        new ArrayList<>());
            }
            return upLocked();
        } catch (IOException e) {
            throw new NetworkException("cannot repair " + nodeName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stops one node on purpose (maintenance, tests): unlike a crash, the supervisor leaves it stopped until
     * {@link #startNode} or {@code up}.
     */
    @SuppressWarnings("try")
    public void stopNode(final String nodeName) {
        try (ExclusiveFileLock lock = HomeLock.acquire(home)) {
            requireNode(nodeName);
            launcher.stop(nodeName);
        } catch (IOException e) {
            throw new NetworkException("cannot stop " + nodeName + ": " + e.getMessage(), e);
        }
    }

    /** Starts one node stopped by {@link #stopNode} again, as it was last started, and waits until it is ready. */
    @SuppressWarnings("try")
    public void startNode(final String nodeName) {
        try (ExclusiveFileLock lock = HomeLock.acquire(home)) {
            final Node node = requireNode(nodeName);
            if (!runtime.running(nodeName)) {
                runtime.restart(nodeName);
            }
            launcher.awaitReady(node);
        } catch (IOException e) {
            throw new NetworkException("cannot start " + nodeName + ": " + e.getMessage(), e);
        }
    }

    /** Adding, listing and revoking users of this network's organisations. */
    public NetworkUsers users() {
        return new NetworkUsers(home, topology, layout, this::adminCli,
                () -> configurator(firstServingOrderer(installer.ensureInstalled(), null)), java.time.Clock.systemUTC());
    }

    private OrdererRepair ordererRepair(final FabricInstallation fabric) {
        final Topology.OrdererOrganization org = topology.ordererOrganization();
        final PeerCli admin = new PeerCli(fabric, home, org.mspId(), layout.ordererUser(org, Layout.ADMIN),
                ports.peer(topology.peerOrganizations().get(0), 0).listen(), ordererTlsCa());
        return new OrdererRepair(topology, launcher, new ChannelAdmin(fabric, home), chainHeights.ordererAdminTls(),
                new ChannelConfigurator.Admin(Layout.ADMIN + "@" + org.name(), admin), ordererTlsCa(),
                home.resolve("config-updates"), this::heights, CATCH_UP_TIMEOUT);
    }

    /** Config updates through {@code orderer} (fetch and submit), waiting for every node that answers. */
    private ChannelConfigurator configurator(final OrdererNode orderer) {
        return new ChannelConfigurator("127.0.0.1:" + orderer.ports0().listen(), ordererTlsCa(),
                home.resolve("config-updates"), this::heights, java.time.Duration.ofMinutes(2));
    }

    private OrdererNode firstServingOrderer(final FabricInstallation fabric, final String except) {
        return typed(nodes.orderers(fabric), OrdererNode.class).stream().filter(o -> !o.name().equals(except))
                .filter(o -> runtime.running(o.name()) && o.ready()).findFirst()
                .orElseThrow(() -> new NetworkException("no orderer is serving; start the network first"));
    }

    private Node requireNode(final String nodeName) {
        final FabricInstallation fabric = installer.ensureInstalled();
        return Stream.of(nodes.orderers(fabric), nodes.peers(fabric), chaincode.servers(NetworkState.read(NetworkState.file(home)).orElse(null)),
                        List.of(postgres.node()))
                .flatMap(List::stream).filter(n -> n.name().equals(nodeName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node named '" + nodeName + "'"));
    }

    // ---- preparation -------------------------------------------------------------------------------------

    private HomePreparation preparation() {
        return new HomePreparation(home, topology, layout, runtime.addressing());
    }

    private static <T> List<T> typed(final List<Node> nodes, final Class<T> type) {
        return nodes.stream().map(type::cast).toList();
    }

    /** {@code up} succeeds only if every node is healthy at its end: one that died meanwhile fails it. */
    private void requireAllHealthy() {
        final List<String> unhealthy = status().stream().filter(node -> !node.kind().equals(Supervisor.NAME))
                .filter(node -> !node.healthy())
                .map(node -> node.name() + " (" + node.detail() + ")").toList();
        if (!unhealthy.isEmpty()) {
            throw new NetworkException("not every node is healthy after start-up: " + String.join(", ", unhealthy));
        }
    }

    private NetworkState recordData(final NetworkState state, final List<Node> nodes) {
        final NetworkState recorded = state.withData(nodes.stream().map(Node::name).toList());
        recorded.write(NetworkState.file(home));
        return recorded;
    }

    /** Orderers and peers that had a ledger and whose ledger directory is gone. */
    private List<String> lostData(final NetworkState state, final FabricInstallation fabric) {
        return Stream.concat(nodes.orderers(fabric).stream(), nodes.peers(fabric).stream())
                .filter(node -> state.nodesWithData().contains(node.name()))
                .filter(node -> !Files.isDirectory(node.ledgerDir()))
                .map(Node::name).toList();
    }

    private void stopAll() {
        // The supervisor first (it would start again what is being stopped), then every node at once: when the whole
        // network goes, no node is left to miss another, and stopping tier by tier only added their shutdown times.
        launcher.stopAll(name -> name.equals(Supervisor.NAME) ? 0 : 1);
    }

    /** For stopping some nodes of a running network (a failed {@code up}): callers before what they call. */
    private int stopOrder(final String name) {
        if (name.equals(Supervisor.NAME)) {
            return -1; // first: it would start again what is being stopped
        }
        if (name.startsWith("chaincode.")) {
            return 0;
        }
        return topology.ordererOrganization().orderers().contains(name) ? 2 : 1;
    }

    private PeerCli peerCli(final FabricInstallation fabric, final Topology.PeerOrganization org) {
        return new PeerCli(fabric, home, org.mspId(), layout.user(org, Layout.ADMIN), ports.peer(org, 0).listen(),
                Layout.tlsCaCert(layout.peerOrg(org)));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Empty, or holding only the lock file an earlier {@code down} or {@code clean} left. */
    private static boolean isEmpty(final Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.filter(entry -> !entry.getFileName().toString().equals(".lock")).findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
