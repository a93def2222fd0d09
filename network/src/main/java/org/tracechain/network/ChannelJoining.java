// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.channel.ChannelAdmin;
import org.tracechain.network.channel.PeerCli;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.node.Node;
import org.tracechain.network.node.PeerNode;
import org.tracechain.network.process.LogTail;
import org.tracechain.network.process.Wait;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;

/** Brings a new network's nodes onto its channels: orderers by osnadmin, peers by their admins, then gossip. */
final class ChannelJoining {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelJoining.class);

    private final Path home;
    private final Topology topology;
    private final PortPlan ports;

    ChannelJoining(final Path home, final Topology topology, final PortPlan ports) {
        this.home = home;
        this.topology = topology;
        this.ports = ports;
    }

    /** Joins every orderer to every channel with its genesis block and waits until each reports it active. */
    void joinOrderers(final FabricInstallation fabric, final ChannelAdmin.AdminTls tls) {
        final Topology.OrdererOrganization org = topology.ordererOrganization();
        final ChannelAdmin admin = new ChannelAdmin(fabric, home);
        for (final Topology.ChannelSpec channel : topology.channels()) {
            final Path block = home.resolve("channel-artifacts").resolve(channel.name() + ".block");
            for (int i = 0; i < org.orderers().size(); i++) {
                admin.joinOrderer(org.orderers().get(i), ports.orderer(i).admin(), tls, channel.name(), block);
            }
            for (int i = 0; i < org.orderers().size(); i++) {
                admin.awaitOrdererActive(org.orderers().get(i), ports.orderer(i).admin(), tls, channel.name(),
                        NodeLauncher.NODE_START_TIMEOUT);
            }
        }
        LOG.info("Orderers serve channels {}", topology.channels().stream().map(Topology.ChannelSpec::name).toList());
    }

    /** Joins each member organisation's peer to each of its channels, as the organisation's admin. */
    void joinPeers(final FabricInstallation fabric, final Function<Topology.PeerOrganization, PeerCli> adminCli) {
        final ChannelAdmin admin = new ChannelAdmin(fabric, home);
        for (final Topology.ChannelSpec channel : topology.channels()) {
            final Path block = home.resolve("channel-artifacts").resolve(channel.name() + ".block");
            for (final String orgName : channel.organizations()) {
                final Topology.PeerOrganization org = topology.organization(orgName).orElseThrow();
                admin.joinPeer(org.peers().get(0) + "." + org.name(), adminCli.apply(org), channel.name(), block);
            }
        }
    }

    /**
     * Waits until every peer knows, through gossip, the peers of every other organisation on each of its
     * channels. Only then can the Gateway's discovery plan endorsements across organisations.
     */
    void awaitGossip(final List<Node> peers) {
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
                            NodeLauncher.NODE_START_TIMEOUT, () -> peer.knownPeers(channel.name()) >= others,
                            () -> " (knows " + peer.knownPeers(channel.name()) + ")" + LogTail.of(peer.log(), 10));
                }
            }
        }
        LOG.info("Gossip membership complete on every channel ({} ms)", (System.nanoTime() - start) / 1_000_000);
    }
}
