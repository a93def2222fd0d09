// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hyperledger.fabric.protos.orderer.etcdraft.Consenter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.channel.ChannelAdmin;
import org.tracechain.network.channel.ChannelConfigurator;
import org.tracechain.network.channel.ConfigBlocks;
import org.tracechain.network.channel.RaftConsenters;
import org.tracechain.network.node.Node;
import org.tracechain.network.node.OrdererNode;
import org.tracechain.network.topology.Topology;

/**
 * Rebuilds an orderer whose data is gone, the way Fabric documents it. Started empty under its old Raft id, the
 * node would meet a leader that remembers how far that id had replicated, and panic ("tocommit(36) is out of range
 * [lastIndex(3)]. Was the raft log corrupted, truncated, or lost?"). So, on every channel: a config update removes
 * it from the consenter set, another adds it back (it gets a new Raft id), and the empty node is joined with the
 * latest config block ({@code osnadmin channel join --config-block}): it onboards, pulling the chain from the other
 * orderers, and starts Raft afresh as the new member.
 *
 * <p>Quorum: with three consenters, removing the dead one leaves two that must both be up (Fabric refuses a change
 * that loses quorum, and so does this class before it starts); adding it back makes three again, of which the two
 * live ones are a quorum until the rebuilt node has caught up. The orderer endpoints (the channel's
 * {@code OrdererAddresses}, the organisation's {@code Endpoints}) are left alone: the node comes back at the same
 * address. The caller holds the home's lock throughout, so the supervisor cannot start the node in between.
 */
final class OrdererRepair {

    private static final Logger LOG = LoggerFactory.getLogger(OrdererRepair.class);
    private static final String HOST = "127.0.0.1";

    private final Topology topology;
    private final NodeLauncher launcher;
    private final ChannelAdmin channels;
    private final ChannelAdmin.AdminTls adminTls;
    private final ChannelConfigurator.Admin ordererAdmin;
    private final Path ordererTlsCa;
    private final Path workDir;
    private final java.util.function.Function<String, Map<String, java.util.OptionalLong>> heights;
    private final Duration timeout;

    /**
     * @param ordererAdmin the orderer organisation's admin: the consenter set's mod policy is its {@code Admins}
     * @param heights every node's block height on a channel
     * @param timeout how long a rebuilt node may take to replicate its channels
     */
    OrdererRepair(final Topology topology, final NodeLauncher launcher, final ChannelAdmin channels,
            final ChannelAdmin.AdminTls adminTls, final ChannelConfigurator.Admin ordererAdmin,
            final Path ordererTlsCa, final Path workDir,
            final java.util.function.Function<String, Map<String, java.util.OptionalLong>> heights,
            final Duration timeout) {
        this.topology = topology;
        this.launcher = launcher;
        this.channels = channels;
        this.adminTls = adminTls;
        this.ordererAdmin = ordererAdmin;
        this.ordererTlsCa = ordererTlsCa;
        this.workDir = workDir;
        this.heights = heights;
        this.timeout = timeout;
    }

    /**
     * Refuses, before anything is changed, when removing {@code victim} would leave fewer consenters up than a
     * quorum of those that stay: every other orderer must be running and serving every channel.
     */
    void requireQuorumWithout(final OrdererNode victim, final List<OrdererNode> orderers) {
        final List<String> down = new ArrayList<>();
        for (final OrdererNode other : others(victim, orderers)) {
            if (!launcher.runtime().running(other.name()) || !other.ready()) {
                down.add(other.name());
            }
        }
        if (!down.isEmpty()) {
            throw new NetworkException("cannot rebuild " + victim.name() + ": it is rebuilt by removing it from the "
                    + "Raft consenters and adding it back, which needs every other orderer to agree, and " + down
                    + (down.size() == 1 ? " is" : " are") + " not serving. Start " + (down.size() == 1 ? "it" : "them")
                    + " first ('tracechain network start --node NAME' or 'up'), then repair " + victim.name());
        }
    }

    /** Re-enlists {@code victim} (stopped, its data moved aside) on every channel, starts it and joins it. */
    void rebuild(final OrdererNode victim, final List<OrdererNode> orderers, final List<Node> started)
            throws IOException {
        final long start = System.nanoTime();
        final OrdererNode via = others(victim, orderers).get(0);
        final ChannelConfigurator configurator = new ChannelConfigurator(HOST + ":" + via.ports0().listen(),
                ordererTlsCa, workDir, heights, timeout);
        final Predicate<String> awaited = node -> !node.equals(victim.name());
        final int port = victim.ports0().listen();
        final Consenter fromFiles = consenter(victim);
        final Map<String, Path> joinBlocks = new LinkedHashMap<>();
        final List<Topology.ChannelSpec> served = topology.channels();
        LOG.info("Rebuilding orderer {} on {} channel(s) {} through {}: remove it from the Raft consenters, add it "
                + "back (a new Raft id), join it with the latest config block", victim.name(), served.size(),
                served.stream().map(Topology.ChannelSpec::name).toList(), via.name());
        for (final Topology.ChannelSpec channel : served) {
            final ConfigBlocks.ConfigBlock current = configurator.fetch(channel.name(), ordererAdmin);
            final Consenter consenter = RaftConsenters.of(current.config()).stream()
                    .filter(c -> c.getHost().equals(HOST) && c.getPort() == port).findFirst().orElse(fromFiles);
            final int stay = (int) RaftConsenters.of(current.config()).stream()
                    .filter(c -> !(c.getHost().equals(HOST) && c.getPort() == port)).count();
            LOG.info("{} step 1/3 on {}: remove it from the consenters ({} stay, quorum {})", victim.name(),
                    channel.name(), stay, stay / 2 + 1);
            configurator.update(channel.name(), "remove " + victim.name() + " from the Raft consenters",
                    RaftConsenters.without(HOST, port), List.of(ordererAdmin), awaited);
            LOG.info("{} step 2/3 on {}: add it back as a new Raft member", victim.name(), channel.name());
            configurator.update(channel.name(), "add " + victim.name() + " back to the Raft consenters",
                    RaftConsenters.with(consenter), List.of(ordererAdmin), awaited);
            final ConfigBlocks.ConfigBlock latest = configurator.fetch(channel.name(), ordererAdmin);
            joinBlocks.put(channel.name(), configurator.blockFile(channel.name(), latest.number()));
        }
        LOG.info("{} step 3/3: start it empty and join it with each channel's latest config block", victim.name());
        launcher.startAll("orderer " + victim.name(), List.of(victim), started);
        final int adminPort = victim.ports0().admin();
        joinBlocks.forEach((channel, block) -> {
            LOG.info("  joining {} to {} with config block {}", victim.name(), channel, block.getFileName());
            channels.joinOrderer(victim.name(), adminPort, adminTls, channel, block);
        });
        for (final String channel : joinBlocks.keySet()) {
            channels.awaitOrdererActive(victim.name(), adminPort, adminTls, channel, timeout);
            LOG.info("  {} has onboarded {} and is a consenter again", victim.name(), channel);
        }
        LOG.info("Orderer {} rebuilt from the other orderers in {} s", victim.name(),
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
    }

    /** The consenter entry configtx.yaml gave the orderer: its address and its TLS certificate as both certs. */
    private static Consenter consenter(final OrdererNode orderer) throws IOException {
        final ByteString cert = ByteString.copyFrom(Files.readAllBytes(orderer.identityDir().resolve("tls/server.crt")));
        return Consenter.newBuilder().setHost(HOST).setPort(orderer.ports0().listen()).setClientTlsCert(cert)
                .setServerTlsCert(cert).build();
    }

    private static List<OrdererNode> others(final OrdererNode victim, final List<OrdererNode> orderers) {
        return orderers.stream().filter(o -> !o.name().equals(victim.name())).toList();
    }
}
