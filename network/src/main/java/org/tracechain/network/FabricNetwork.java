// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.chaincode.CcaasPackage;
import org.tracechain.network.chaincode.ChaincodeDeployer;
import org.tracechain.network.channel.ChannelAdmin;
import org.tracechain.network.channel.PeerCli;
import org.tracechain.network.config.CcaasBuilder;
import org.tracechain.network.config.CollectionsConfig;
import org.tracechain.network.config.ConfigTxWriter;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.identity.WalletWriter;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.install.FabricInstaller;
import org.tracechain.network.node.ChaincodeServer;
import org.tracechain.network.node.Node;
import org.tracechain.network.node.OrdererNode;
import org.tracechain.network.node.PeerNode;
import org.tracechain.network.process.Directories;
import org.tracechain.network.process.LogTail;
import org.tracechain.network.process.NodeProcesses;
import org.tracechain.network.process.Ports;
import org.tracechain.network.process.Wait;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;

/**
 * A real Fabric network on this machine, described by a {@link Topology} and kept in a home directory:
 * Raft orderers, one peer per organisation, channels and one chaincode-as-a-service per channel.
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
    private static final Duration NODE_START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final Path home;
    private final Topology topology;
    private final Path chaincodeDir;
    private final FabricInstaller installer;
    private final Layout layout;
    private final PortPlan ports;
    private final NodeProcesses processes;

    public FabricNetwork(final Path home, final Topology topology, final Path chaincodeDir) {
        this(home, topology, chaincodeDir, new FabricInstaller());
    }

    public FabricNetwork(final Path home, final Topology topology, final Path chaincodeDir,
            final FabricInstaller installer) {
        this.home = Objects.requireNonNull(home, "home").toAbsolutePath().normalize();
        this.topology = Objects.requireNonNull(topology, "topology");
        this.chaincodeDir = Objects.requireNonNull(chaincodeDir, "chaincodeDir").toAbsolutePath().normalize();
        this.installer = Objects.requireNonNull(installer, "installer");
        this.layout = new Layout(this.home.resolve("crypto"));
        this.ports = new PortPlan(topology);
        this.processes = new NodeProcesses(this.home.resolve("run"));
    }

    public Path home() {
        return home;
    }

    public Topology topology() {
        return topology;
    }

    /** Starts (or checks) the whole network and deploys the chaincode; returns the status of every node. */
    @SuppressWarnings("try") // the lock is held for the duration of the block, never referenced
    public List<NodeStatus> up() {
        final long start = System.nanoTime();
        try (HomeLock lock = HomeLock.acquire(home)) {
            final FabricInstallation fabric = installer.ensureInstalled();
            NetworkState state = prepare(fabric);
            final List<Node> started = new ArrayList<>();
            try {
                // Chaincode JVMs take longest to start; their package ids need no network, so launch them first
                // and let them come up while the orderers and peers do.
                final Map<String, CcaasPackage> packages = launchChaincodeServers(state, started);
                final List<Node> orderers = orderers(fabric);
                startAll("orderers", orderers, started);
                joinOrderers(fabric);
                final List<Node> peers = peers(fabric);
                startAll("peers", peers, started);
                joinPeers(fabric);
                awaitGossip(peers);
                state = deployChaincode(fabric, state, packages);
            } catch (RuntimeException e) {
                LOG.error("network start failed; stopping every node so nothing half-started is left");
                stopAll();
                throw e;
            }
            LOG.info("Network '{}' is up in {} s ({} nodes started now), home {}", topology.name(),
                    String.format("%.1f", (System.nanoTime() - start) / 1e9), started.size(), home);
            return status();
        } catch (IOException e) {
            throw new NetworkException("cannot use home directory " + home + ": " + e.getMessage(), e);
        }
    }

    /** Stops every process of the network by PID; ledgers and crypto material stay. */
    @SuppressWarnings("try")
    public void down() {
        try (HomeLock lock = HomeLock.acquire(home)) {
            stopAll();
        } catch (IOException e) {
            throw new NetworkException("cannot use home directory " + home + ": " + e.getMessage(), e);
        }
    }

    /** Stops the network and deletes its home directory. */
    public void clean() {
        down();
        if (!Files.exists(home)) {
            return;
        }
        // Refuse to delete a directory that is not a tracechain home (a mistyped --home must not wipe data).
        final boolean ours = Files.exists(home.resolve("network.json")) || Files.isDirectory(home.resolve("crypto"))
                || Files.isDirectory(home.resolve("run")) || isEmpty(home);
        if (!ours) {
            throw new NetworkException(home + " does not look like a tracechain home (no network.json, crypto/ or run/);"
                    + " not deleting it");
        }
        try {
            Directories.deleteRecursively(home);
            LOG.info("Deleted {}", home);
        } catch (IOException e) {
            throw new NetworkException("cannot delete " + home + ": " + e.getMessage(), e);
        }
    }

    /** The state of every node: process, health endpoint, log. */
    public List<NodeStatus> status() {
        // Status needs names, ports and logs only, not the binaries: it must work before anything is installed.
        final FabricInstallation fabric = new FabricInstallation(installer.cacheDir().resolve("bin"),
                installer.cacheDir().resolve("config"));
        final List<Node> nodes = new ArrayList<>();
        nodes.addAll(orderers(fabric));
        nodes.addAll(peers(fabric));
        nodes.addAll(chaincodeServers(fabric, NetworkState.read(stateFile()).orElse(null)));
        final List<NodeStatus> result = new ArrayList<>();
        for (final Node node : nodes) {
            final Optional<ProcessHandle> process = processes.running(node.name());
            final String kind = node instanceof OrdererNode ? "orderer" : node instanceof PeerNode ? "peer" : "chaincode";
            result.add(new NodeStatus(node.name(), kind, process.map(ProcessHandle::pid).orElse(-1L),
                    process.isPresent() && node.ready(), process.isPresent() ? node.health() : "stopped",
                    node.log().toString()));
        }
        return result;
    }

    /** The admin CLI of an organisation, for tools and tests that need lifecycle or channel queries. */
    public PeerCli adminCli(final String organization) {
        final Topology.PeerOrganization org = topology.organization(organization)
                .orElseThrow(() -> new IllegalArgumentException("unknown organisation " + organization));
        return peerCli(installer.ensureInstalled(), org);
    }

    // ---- preparation -------------------------------------------------------------------------------------

    private NetworkState prepare(final FabricInstallation fabric) throws IOException {
        final String fingerprint = fingerprint();
        final Optional<NetworkState> existing = NetworkState.read(stateFile());
        if (existing.isPresent()) {
            if (!existing.get().topologyFingerprint().equals(fingerprint)) {
                throw new NetworkException("the data in " + home + " belongs to a different topology (or port block); "
                        + "run 'tracechain network clean' first, or use another --home");
            }
            final List<String> missing = missingArtifacts();
            if (!missing.isEmpty()) {
                throw new NetworkException("the data directory " + home + " is incomplete or corrupt: missing "
                        + missing + "; run 'tracechain network clean' to start over");
            }
            new WalletWriter(topology, layout, home).writeAll();
            return existing.get();
        }
        if (Files.isDirectory(home.resolve("nodes"))) {
            throw new NetworkException("the data directory " + home + " holds node data but no network.json; "
                    + "it is corrupt or from another tool. Run 'tracechain network clean' to start over");
        }
        LOG.info("Initialising network '{}' in {}", topology.name(), home);
        Files.createDirectories(home);
        CryptoSetup.generate(topology, layout);
        new WalletWriter(topology, layout, home).writeAll();
        CcaasBuilder.write(home.resolve("builders").resolve("ccaas"));
        final Path configDir = Files.createDirectories(home.resolve("config"));
        Files.writeString(configDir.resolve("configtx.yaml"), configTx().render(), StandardCharsets.UTF_8);
        final ChannelAdmin channels = new ChannelAdmin(fabric, home);
        final Path blocks = Files.createDirectories(home.resolve("channel-artifacts"));
        for (final Topology.ChannelSpec channel : topology.channels()) {
            channels.genesisBlock(configDir, channel.name(), blocks);
            final String collections = CollectionsConfig.render(topology, channel);
            if (collections != null) {
                Files.writeString(configDir.resolve(channel.name() + "-collections.json"), collections,
                        StandardCharsets.UTF_8);
            }
        }
        final NetworkState state = new NetworkState(fingerprint, Map.of());
        state.write(stateFile());
        return state;
    }

    private List<String> missingArtifacts() {
        final List<String> missing = new ArrayList<>();
        final List<Path> required = new ArrayList<>();
        required.add(layout.ordererOrg(topology.ordererOrganization()).resolve("msp"));
        topology.peerOrganizations().forEach(o -> required.add(layout.peerOrg(o).resolve("msp")));
        topology.channels().forEach(c -> required.add(home.resolve("channel-artifacts").resolve(c.name() + ".block")));
        required.add(home.resolve("builders/ccaas/bin/release"));
        for (final Path path : required) {
            if (!Files.exists(path)) {
                missing.add(home.relativize(path).toString());
            }
        }
        return missing;
    }

    private ConfigTxWriter configTx() {
        final Topology.OrdererOrganization orderer = topology.ordererOrganization();
        final Map<String, Path> peerMsps = new LinkedHashMap<>();
        topology.peerOrganizations().forEach(o -> peerMsps.put(o.name(), layout.peerOrg(o).resolve("msp")));
        return new ConfigTxWriter(topology, name -> layout.ordererOrg(orderer).resolve("msp"), peerMsps,
                i -> layout.orderer(orderer, orderer.orderers().get(i)).resolve("tls").resolve("server.crt"));
    }

    private String fingerprint() {
        try {
            // Sorted map keys: immutable maps iterate in a per-JVM random order.
            final byte[] json = JsonMapper.builder().findAndAddModules()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .build().writeValueAsBytes(topology);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (Exception e) {
            throw new IllegalStateException("cannot fingerprint topology", e);
        }
    }

    // ---- nodes ---------------------------------------------------------------------------------------------

    private List<Node> orderers(final FabricInstallation fabric) {
        final Topology.OrdererOrganization org = topology.ordererOrganization();
        final Path orgTlsCa = Layout.tlsCaCert(layout.ordererOrg(org));
        final List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < org.orderers().size(); i++) {
            final String host = org.orderers().get(i);
            nodes.add(new OrdererNode(host, org.mspId(), layout.orderer(org, host), orgTlsCa, ports.orderer(i),
                    home.resolve("nodes").resolve(host), fabric));
        }
        return nodes;
    }

    private List<Node> peers(final FabricInstallation fabric) {
        final List<Node> nodes = new ArrayList<>();
        for (final Topology.PeerOrganization org : topology.peerOrganizations()) {
            for (int i = 0; i < org.peers().size(); i++) {
                final String host = org.peers().get(i);
                final String name = host + "." + org.name();
                nodes.add(new PeerNode(name, host + "." + org.domain(), org.mspId(), layout.peer(org, host),
                        ports.peer(org, i), home.resolve("nodes").resolve(name), home.resolve("builders/ccaas"),
                        fabric));
            }
        }
        return nodes;
    }

    private List<Node> chaincodeServers(final FabricInstallation fabric, final NetworkState state) {
        final List<Node> nodes = new ArrayList<>();
        for (int c = 0; c < topology.channels().size(); c++) {
            final Topology.ChaincodeSpec cc = topology.channels().get(c).chaincode();
            if (cc == null) {
                continue;
            }
            final String packageId = state == null || !state.chaincodes().containsKey(cc.name()) ? ""
                    : state.chaincodes().get(cc.name()).packageId();
            nodes.add(chaincodeServer(cc, c, packageId));
        }
        return nodes;
    }

    private ChaincodeServer chaincodeServer(final Topology.ChaincodeSpec cc, final int channelIndex,
            final String packageId) {
        final String java = ProcessHandle.current().info().command().orElse("java");
        final String name = "chaincode." + cc.name();
        return new ChaincodeServer(name, chaincodeDir.resolve(cc.jar()), packageId, ports.chaincode(channelIndex),
                home.resolve("nodes").resolve(name), java);
    }

    private void startAll(final String what, final List<Node> nodes, final List<Node> started) throws IOException {
        launch(what, nodes, started);
        for (final Node node : nodes) {
            awaitReady(node);
        }
    }

    /** Starts the nodes that are not running (after checking their ports), without waiting for them. */
    private void launch(final String what, final List<Node> nodes, final List<Node> started) throws IOException {
        final List<Node> toStart = new ArrayList<>();
        for (final Node node : nodes) {
            if (processes.running(node.name()).isPresent()) {
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
            processes.start(node.name(), node.command(), node.environment(), node.dataDir(), node.log());
            started.add(node);
        }
    }

    private void awaitReady(final Node node) {
        Wait.until(node.name() + " to report healthy", NODE_START_TIMEOUT, () -> {
            if (processes.running(node.name()).isEmpty()) {
                throw new NetworkException(node.name() + " exited during start-up" + LogTail.of(node.log(), 25));
            }
            return node.ready();
        }, () -> " (" + node.health() + ")" + LogTail.of(node.log(), 25));
        LOG.info("  {} ready", node.name());
    }

    private void stopAll() {
        // Chaincode servers first, then peers, then orderers: nothing keeps calling a node that is gone.
        final List<String> tracked = new ArrayList<>(processes.tracked());
        tracked.sort((a, b) -> Integer.compare(stopOrder(a), stopOrder(b)));
        for (final String name : tracked) {
            if (processes.stop(name, STOP_GRACE)) {
                LOG.info("Stopped {}", name);
            }
        }
    }

    private int stopOrder(final String name) {
        if (name.startsWith("chaincode.")) {
            return 0;
        }
        return topology.ordererOrganization().orderers().contains(name) ? 2 : 1;
    }

    // ---- channels ---------------------------------------------------------------------------------------------

    private void joinOrderers(final FabricInstallation fabric) {
        final Topology.OrdererOrganization org = topology.ordererOrganization();
        final ChannelAdmin admin = new ChannelAdmin(fabric, home);
        final Path adminDir = layout.ordererUser(org, Layout.ADMIN);
        final ChannelAdmin.AdminTls tls = new ChannelAdmin.AdminTls(Layout.tlsCaCert(layout.ordererOrg(org)),
                adminDir.resolve("tls/client.crt"), adminDir.resolve("tls/client.key"));
        for (final Topology.ChannelSpec channel : topology.channels()) {
            final Path block = home.resolve("channel-artifacts").resolve(channel.name() + ".block");
            for (int i = 0; i < org.orderers().size(); i++) {
                admin.joinOrderer(org.orderers().get(i), ports.orderer(i).admin(), tls, channel.name(), block);
            }
            for (int i = 0; i < org.orderers().size(); i++) {
                admin.awaitOrdererActive(org.orderers().get(i), ports.orderer(i).admin(), tls, channel.name(),
                        NODE_START_TIMEOUT);
            }
        }
        LOG.info("Orderers serve channels {}", topology.channels().stream().map(Topology.ChannelSpec::name).toList());
    }

    private void joinPeers(final FabricInstallation fabric) {
        final ChannelAdmin admin = new ChannelAdmin(fabric, home);
        for (final Topology.ChannelSpec channel : topology.channels()) {
            final Path block = home.resolve("channel-artifacts").resolve(channel.name() + ".block");
            for (final String orgName : channel.organizations()) {
                final Topology.PeerOrganization org = topology.organization(orgName).orElseThrow();
                admin.joinPeer(org.peers().get(0) + "." + org.name(), peerCli(fabric, org), channel.name(), block);
            }
        }
    }

    /**
     * Waits until every peer knows, through gossip, the peers of every other organisation on each of its
     * channels. Only then can the Gateway's discovery plan endorsements across organisations.
     */
    private void awaitGossip(final List<Node> peers) {
        final long start = System.nanoTime();
        for (final Topology.ChannelSpec channel : topology.channels()) {
            final int others = channel.organizations().stream()
                    .mapToInt(o -> topology.organization(o).orElseThrow().peers().size()).sum() - 1;
            for (final String orgName : channel.organizations()) {
                for (final Node node : peers) {
                    final PeerNode peer = (PeerNode) node;
                    if (!peer.mspId().equals(topology.organization(orgName).orElseThrow().mspId())) {
                        continue;
                    }
                    Wait.until(peer.name() + " to discover the " + others + " other peers of " + channel.name(),
                            NODE_START_TIMEOUT, () -> peer.knownPeers(channel.name()) >= others,
                            () -> " (knows " + peer.knownPeers(channel.name()) + ")" + LogTail.of(peer.log(), 10));
                }
            }
        }
        LOG.info("Gossip membership complete on every channel ({} ms)", (System.nanoTime() - start) / 1_000_000);
    }

    private PeerCli peerCli(final FabricInstallation fabric, final Topology.PeerOrganization org) {
        return new PeerCli(fabric, home, org.mspId(), layout.user(org, Layout.ADMIN), ports.peer(org, 0).listen(),
                Layout.tlsCaCert(layout.peerOrg(org)));
    }

    // ---- chaincode ----------------------------------------------------------------------------------------------

    /** Builds each chaincode's package and starts (or keeps) its server under that package id. */
    private Map<String, CcaasPackage> launchChaincodeServers(final NetworkState state, final List<Node> started)
            throws IOException {
        final Map<String, CcaasPackage> packages = new LinkedHashMap<>();
        final List<Node> servers = new ArrayList<>();
        for (int c = 0; c < topology.channels().size(); c++) {
            final Topology.ChaincodeSpec cc = topology.channels().get(c).chaincode();
            if (cc == null) {
                continue;
            }
            final Path jar = chaincodeDir.resolve(cc.jar());
            if (!Files.isRegularFile(jar)) {
                throw new NetworkException("chaincode jar " + jar + " not found; build it first (mvn -q package -DskipTests)");
            }
            final CcaasPackage pkg = CcaasPackage.create(cc.name(), jar, ports.chaincode(c));
            packages.put(cc.name(), pkg);
            final ChaincodeServer server = chaincodeServer(cc, c, pkg.packageId());
            final NetworkState.ChaincodeState previous = state.chaincodes().get(cc.name());
            if (previous != null && !previous.packageId().equals(pkg.packageId())) {
                // The running JVM registers under the old package id; the peers would refuse it.
                processes.stop(server.name(), STOP_GRACE);
            }
            servers.add(server);
        }
        launch("chaincode servers", servers, started);
        return packages;
    }

    private NetworkState deployChaincode(final FabricInstallation fabric, final NetworkState initial,
            final Map<String, CcaasPackage> packages) throws IOException {
        NetworkState state = initial;
        final Topology.OrdererOrganization ordererOrg = topology.ordererOrganization();
        final ChaincodeDeployer deployer = new ChaincodeDeployer("127.0.0.1:" + ports.orderer(0).listen(),
                Layout.tlsCaCert(layout.ordererOrg(ordererOrg)));
        for (int c = 0; c < topology.channels().size(); c++) {
            final Topology.ChannelSpec channel = topology.channels().get(c);
            final Topology.ChaincodeSpec cc = channel.chaincode();
            if (cc == null) {
                continue;
            }
            final CcaasPackage pkg = packages.get(cc.name());
            final Path packageFile = pkg.writeTo(home.resolve("packages"));
            final List<ChaincodeDeployer.Organization> orgs = channel.organizations().stream().map(name -> {
                final Topology.PeerOrganization org = topology.organization(name).orElseThrow();
                return new ChaincodeDeployer.Organization(name, org.mspId(), peerCli(fabric, org),
                        ports.peer(org, 0).listen(), Layout.tlsCaCert(layout.peerOrg(org)));
            }).toList();
            deployer.install(pkg, packageFile, orgs);
            awaitReady(chaincodeServer(cc, c, pkg.packageId()));

            final NetworkState.ChaincodeState previous = state.chaincodes().get(cc.name());
            final Path collections = home.resolve("config").resolve(channel.name() + "-collections.json");
            final ChaincodeDeployer.Result result = deployer.define(channel.name(), cc.name(), pkg, orgs,
                    Files.isRegularFile(collections) ? collections : null);
            final boolean configured = previous != null && previous.configured() && !result.changed()
                    && previous.packageId().equals(pkg.packageId());
            state = state.with(cc.name(), new NetworkState.ChaincodeState(pkg.packageId(), result.sequence(), configured));
            state.write(stateFile());
            if (cc.configure() != null && !configured) {
                final ChaincodeDeployer.Organization as = orgs.stream()
                        .filter(o -> o.name().equals(cc.configure().organization())).findFirst().orElseThrow();
                final String argument = new JsonMapper().writeValueAsString(topology.configureArgument(channel));
                LOG.info("  {} on {}: {} {}", cc.name(), channel.name(), cc.configure().transaction(), argument);
                deployer.invoke(as, channel.name(), cc.name(), cc.configure().transaction(), argument, orgs);
                state = state.with(cc.name(), new NetworkState.ChaincodeState(pkg.packageId(), result.sequence(), true));
                state.write(stateFile());
            }
        }
        return state;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Path stateFile() {
        return home.resolve("network.json");
    }

    private static boolean isEmpty(final Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
