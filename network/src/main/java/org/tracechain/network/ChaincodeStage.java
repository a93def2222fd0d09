// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.chaincode.CcaasPackage;
import org.tracechain.network.chaincode.ChaincodeDeployer;
import org.tracechain.network.chaincode.LedgerLayout;
import org.tracechain.network.channel.PeerCli;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.node.ChaincodeServer;
import org.tracechain.network.node.Node;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;

/**
 * The chaincode part of {@code up}: every organisation of a channel runs its own server of the channel's chaincode
 * (its own JVM, port, package id and TLS identity), installs its own package on its own peer and approves the
 * definition with it; then the definition is committed, {@code Configure} submitted, and {@code up} waits until
 * every peer has completed a call to its own server.
 */
final class ChaincodeStage {

    private static final Logger LOG = LoggerFactory.getLogger(ChaincodeStage.class);
    /** The contract API's built-in read: a real round trip through peer and chaincode server, with no state. */
    static final String PROBE_FUNCTION = "org.hyperledger.fabric:GetMetadata";

    private final Topology topology;
    private final Layout layout;
    private final PortPlan ports;
    private final Path home;
    private final Path chaincodeDir;
    private final NodeLauncher launcher;

    ChaincodeStage(final Topology topology, final Layout layout, final PortPlan ports, final Path home,
            final Path chaincodeDir, final NodeLauncher launcher) {
        this.topology = topology;
        this.layout = layout;
        this.ports = ports;
        this.home = home;
        this.chaincodeDir = chaincodeDir;
        this.launcher = launcher;
    }

    /** Packages of one chaincode: organisation name → its package, and the ledger layout their jar declares. */
    record Packages(Map<String, CcaasPackage> byOrganization, Optional<LedgerLayout> declared) {

        /** The layout as {@code network.json} records it ({@link NetworkState#NO_LEDGER_LAYOUT} if none). */
        String ledgerLayout() {
            return declared.map(LedgerLayout::toString).orElse(NetworkState.NO_LEDGER_LAYOUT);
        }
    }

    /** Every chaincode server of the topology, with the package ids {@code state} records (empty if none). */
    List<ChaincodeServer> servers(final NetworkState state) {
        final List<ChaincodeServer> servers = new ArrayList<>();
        for (final Slot slot : slots()) {
            final NetworkState.ChaincodeState known = state == null ? null : state.chaincodes().get(slot.chaincode().name());
            servers.add(server(slot, known == null ? "" : known.packageIds().getOrDefault(slot.org().name(), "")));
        }
        return servers;
    }

    /**
     * Builds each organisation's package of each chaincode and starts (or keeps) its server under that id. A
     * changed jar of another ledger layout than the deployed one is refused first, before any server is stopped.
     */
    Map<String, Packages> launchServers(final NetworkState state, final List<Node> started) throws IOException {
        final Map<String, Packages> packages = packages();
        final List<String> refusals = layoutRefusals(state, packages);
        if (!refusals.isEmpty()) {
            throw new NetworkException(LedgerLayoutGuard.explain(refusals));
        }
        final List<ChaincodeServer> servers = new ArrayList<>();
        for (final Slot slot : slots()) {
            final String packageId = packages.get(slot.chaincode().name()).byOrganization().get(slot.org().name())
                    .packageId();
            final ChaincodeServer server = server(slot, packageId);
            final NetworkState.ChaincodeState previous = state.chaincodes().get(slot.chaincode().name());
            if (previous != null && !packageId.equals(previous.packageIds().get(slot.org().name()))) {
                // The running JVM registers under the old package id; the peer would refuse it.
                launcher.stop(server.name());
            }
            servers.add(server);
        }
        launcher.launch("chaincode servers", servers, started);
        return packages;
    }

    /**
     * Why {@code up} would refuse the chaincode jars over what {@code state} records as deployed (one line per
     * chaincode whose changed jar has another ledger layout; see {@link LedgerLayoutGuard}); empty if it would not.
     * Builds the packages to tell, and changes nothing.
     */
    List<String> layoutRefusals(final NetworkState state) throws IOException {
        return layoutRefusals(state, packages());
    }

    private List<String> layoutRefusals(final NetworkState state, final Map<String, Packages> packages) {
        final List<String> refusals = new ArrayList<>();
        for (final Topology.ChaincodeSpec cc : chaincodes()) {
            final NetworkState.ChaincodeState previous = state.chaincodes().get(cc.name());
            final Packages next = packages.get(cc.name());
            LedgerLayoutGuard.refusal(cc.name(), jar(cc), next.declared(), previous,
                    previous != null && !previous.packageIds().equals(packageIds(next.byOrganization())))
                    .ifPresent(refusals::add);
        }
        return refusals;
    }

    /** Each chaincode's packages, one per organisation running it, and the layout its jar declares. */
    private Map<String, Packages> packages() throws IOException {
        final Map<String, Map<String, CcaasPackage>> byChaincode = new LinkedHashMap<>();
        for (final Slot slot : slots()) {
            final Path jar = jar(slot.chaincode());
            if (!Files.isRegularFile(jar)) {
                throw new NetworkException("chaincode jar " + jar + " not found; build it first (mvn -q package -DskipTests)");
            }
            byChaincode.computeIfAbsent(slot.chaincode().name(), k -> new TreeMap<>()).put(slot.org().name(),
                    CcaasPackage.create(slot.chaincode().name(), jar, launcher.runtime().addressing()
                            .host(hostName(slot)), port(slot), connectionTls(slot.org())));
        }
        final Map<String, Packages> packages = new LinkedHashMap<>();
        for (final Topology.ChaincodeSpec cc : chaincodes()) {
            packages.put(cc.name(), new Packages(byChaincode.get(cc.name()), LedgerLayout.declaredBy(jar(cc))));
        }
        return packages;
    }

    /**
     * Installs, approves and commits each chaincode, submits its {@code Configure} once, and waits until every
     * organisation's peer has had an answer from its own chaincode server.
     */
    NetworkState deploy(final NetworkState initial, final Map<String, Packages> packages,
            final Function<Topology.PeerOrganization, PeerCli> cli) throws IOException {
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
            final Packages chaincodePackages = packages.get(cc.name());
            final Map<String, CcaasPackage> byOrg = chaincodePackages.byOrganization();
            final List<ChaincodeDeployer.Organization> orgs = channel.organizations().stream().map(name -> {
                final Topology.PeerOrganization org = topology.organization(name).orElseThrow();
                return new ChaincodeDeployer.Organization(name, org.mspId(), cli.apply(org),
                        ports.peer(org, 0).listen(), Layout.tlsCaCert(layout.peerOrg(org)));
            }).toList();
            for (final ChaincodeDeployer.Organization org : orgs) {
                final CcaasPackage pkg = byOrg.get(org.name());
                deployer.install(org, pkg, pkg.writeTo(home.resolve("packages"), pkg.label() + "." + org.name() + ".tgz"));
            }
            for (final String org : channel.organizations()) {
                launcher.awaitReady(server(new Slot(c, cc, topology.organization(org).orElseThrow()),
                        byOrg.get(org).packageId()));
            }
            final NetworkState.ChaincodeState previous = state.chaincodes().get(cc.name());
            final Path collections = home.resolve("config").resolve(channel.name() + "-collections.json");
            final ChaincodeDeployer.Result result = deployer.define(channel.name(), cc.name(), byOrg, orgs,
                    Files.isRegularFile(collections) ? collections : null);
            final Map<String, String> packageIds = packageIds(byOrg);
            final String ledgerLayout = chaincodePackages.ledgerLayout();
            final boolean configured = previous != null && previous.configured() && !result.changed()
                    && previous.packageIds().equals(packageIds);
            state = state.with(cc.name(), new NetworkState.ChaincodeState(packageIds, result.sequence(), configured,
                    ledgerLayout));
            state.write(NetworkState.file(home));
            for (final ChaincodeDeployer.Organization org : orgs) {
                final long ms = deployer.awaitServing(org, channel.name(), cc.name(), PROBE_FUNCTION);
                LOG.info("  {} on {}: {}'s peer is served by its own chaincode server ({} ms)", cc.name(),
                        channel.name(), org.name(), ms);
            }
            if (cc.configure() != null && !configured) {
                final ChaincodeDeployer.Organization as = orgs.stream()
                        .filter(o -> o.name().equals(cc.configure().organization())).findFirst().orElseThrow();
                final String argument = new JsonMapper().writeValueAsString(topology.configureArgument(channel));
                LOG.info("  {} on {}: {} {}", cc.name(), channel.name(), cc.configure().transaction(), argument);
                deployer.invoke(as, channel.name(), cc.name(), cc.configure().transaction(), argument, orgs);
                state = state.with(cc.name(), new NetworkState.ChaincodeState(packageIds, result.sequence(), true,
                        ledgerLayout));
                state.write(NetworkState.file(home));
            }
        }
        return state;
    }

    private CcaasPackage.ConnectionTls connectionTls(final Topology.PeerOrganization org) throws IOException {
        final Path client = layout.serviceTls(org, Layout.CHAINCODE_CLIENT_SERVICE);
        return CcaasPackage.ConnectionTls.read(Layout.tlsCaCert(layout.peerOrg(org)), client.resolve("server.crt"),
                client.resolve("server.key"));
    }

    private Path jar(final Topology.ChaincodeSpec chaincode) {
        return chaincodeDir.resolve(chaincode.jar());
    }

    private static Map<String, String> packageIds(final Map<String, CcaasPackage> byOrganization) {
        final Map<String, String> ids = new TreeMap<>();
        byOrganization.forEach((org, pkg) -> ids.put(org, pkg.packageId()));
        return ids;
    }

    /** Each chaincode of the topology once, in channel order. */
    private List<Topology.ChaincodeSpec> chaincodes() {
        final Map<String, Topology.ChaincodeSpec> byName = new LinkedHashMap<>();
        slots().forEach(slot -> byName.putIfAbsent(slot.chaincode().name(), slot.chaincode()));
        return List.copyOf(byName.values());
    }

    /** One chaincode server: a channel's chaincode, run by one of the channel's organisations. */
    private record Slot(int channelIndex, Topology.ChaincodeSpec chaincode, Topology.PeerOrganization org) {}

    private List<Slot> slots() {
        final List<Slot> slots = new ArrayList<>();
        for (int c = 0; c < topology.channels().size(); c++) {
            final Topology.ChannelSpec channel = topology.channels().get(c);
            if (channel.chaincode() != null) {
                for (final String org : channel.organizations()) {
                    slots.add(new Slot(c, channel.chaincode(), topology.organization(org).orElseThrow()));
                }
            }
        }
        return slots;
    }

    private int port(final Slot slot) {
        return ports.chaincodeServer(slot.channelIndex(), slot.org().name());
    }

    /** The server's TLS host name, {@code ccaas-<chaincode>.<domain>}. */
    private static String hostName(final Slot slot) {
        return Layout.chaincodeServerService(slot.chaincode().name()) + "." + slot.org().domain();
    }

    private ChaincodeServer server(final Slot slot, final String packageId) {
        final String java = ProcessHandle.current().info().command().orElse("java");
        final String name = ChaincodeServer.nodeName(slot.chaincode().name(), slot.org().name());
        return new ChaincodeServer(name, hostName(slot), jar(slot.chaincode()), packageId,
                port(slot), layout.serviceTls(slot.org(), Layout.chaincodeServerService(slot.chaincode().name())),
                home.resolve("nodes").resolve(name), java, launcher.runtime().addressing());
    }
}
