// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.tracechain.network.channel.ChannelAdmin;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.node.OrdererNode;
import org.tracechain.network.node.PeerNode;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;

/**
 * How far each node of the network has got: block heights of orderers ({@code osnadmin}, with the orderer
 * organisation admin's TLS pair) and peers (their operations endpoint's metrics), and which orderer leads a
 * channel's Raft cluster. What {@code up} waits on after a restart and what repairs and the fault tests watch.
 */
final class ChainHeights {

    private final Path home;
    private final Topology topology;
    private final Layout layout;
    private final PortPlan ports;
    private final NetworkNodes nodes;

    ChainHeights(final Path home, final Topology topology, final Layout layout, final PortPlan ports,
            final NetworkNodes nodes) {
        this.home = home;
        this.topology = topology;
        this.layout = layout;
        this.ports = ports;
        this.nodes = nodes;
    }

    /** Osnadmin's credentials: the orderer organisation's TLS CA and its admin's TLS client pair. */
    ChannelAdmin.AdminTls ordererAdminTls() {
        final Topology.OrdererOrganization org = topology.ordererOrganization();
        final Path adminDir = layout.ordererUser(org, Layout.ADMIN);
        return new ChannelAdmin.AdminTls(Layout.tlsCaCert(layout.ordererOrg(org)), adminDir.resolve("tls/client.crt"),
                adminDir.resolve("tls/client.key"));
    }

    /** An orderer's height on a channel, asked through {@code osnadmin} (empty when it does not answer). */
    BiFunction<OrdererNode, String, OptionalLong> ordererHeights(final FabricInstallation fabric) {
        final ChannelAdmin admin = new ChannelAdmin(fabric, home);
        final ChannelAdmin.AdminTls tls = ordererAdminTls();
        final Topology.OrdererOrganization org = topology.ordererOrganization();
        return (orderer, channel) -> admin.ordererHeight(ports.orderer(org.orderers().indexOf(orderer.name())).admin(),
                tls, channel);
    }

    /** The orderer that leads the Raft cluster of {@code channel}, as its metrics say, if one does. */
    Optional<String> raftLeader(final FabricInstallation fabric, final String channel) {
        return nodes.orderers(fabric).stream().map(OrdererNode.class::cast)
                .filter(o -> o.operations().gauge(o.ports0().operations(), "consensus_etcdraft_is_leader", "channel",
                        channel).orElse(0) == 1)
                .map(OrdererNode::name).findFirst();
    }

    /** Every orderer's and member peer's block height on {@code channel} (empty where a node does not answer). */
    Map<String, OptionalLong> heights(final FabricInstallation fabric, final String channel) {
        final Topology.ChannelSpec spec = topology.channels().stream().filter(c -> c.name().equals(channel))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no channel " + channel));
        final Map<String, OptionalLong> heights = new TreeMap<>();
        final BiFunction<OrdererNode, String, OptionalLong> ordererHeight = ordererHeights(fabric);
        nodes.orderers(fabric).forEach(o -> heights.put(o.name(), ordererHeight.apply((OrdererNode) o, channel)));
        nodes.peers(fabric).stream().map(PeerNode.class::cast)
                .filter(p -> spec.organizations().stream().anyMatch(o -> p.name().endsWith("." + o)))
                .forEach(p -> heights.put(p.name(), p.height(channel)));
        return heights;
    }

    /** Each peer's block height on {@code channel} from its {@code ledger_blockchain_height} gauge. */
    Map<String, OptionalLong> peerHeights(final FabricInstallation fabric, final String channel) {
        final Map<String, OptionalLong> heights = new TreeMap<>();
        nodes.peers(fabric).stream().map(PeerNode.class::cast).forEach(p -> heights.put(p.name(), p.height(channel)));
        return heights;
    }
}
