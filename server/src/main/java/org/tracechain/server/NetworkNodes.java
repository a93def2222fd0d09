// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NodeStatus;
import org.tracechain.network.node.ChaincodeServer;
import org.tracechain.network.topology.Topology;

/**
 * The health of the network's nodes as {@code tracechain network status} computes it ({@link FabricNetwork#status}),
 * with each node's organisation from the topology and each peer's block height per channel (its operations
 * endpoint's gauge). Answers are kept for {@link #FRESH} so that consoles polling the chain page do not multiply the
 * probes of every node. Process ids and log paths stay out: they are the host's business, not an API caller's.
 */
final class NetworkNodes {

    /** How long one look at the nodes is answered again. */
    static final Duration FRESH = Duration.ofSeconds(3);

    /**
     * One node.
     *
     * @param name node name, e.g. {@code peer0.producer}
     * @param kind orderer, peer, chaincode, postgres or supervisor
     * @param organization the organisation it belongs to, or null for a node the network shares
     * @param state {@code running} or {@code stopped}
     * @param healthy whether its health endpoint (or port) answers OK
     * @param detail the health answer, or why it is down
     * @param heights a peer's block height per channel of its organisation (empty for other kinds, and for a channel
     *     the peer does not answer for)
     */
    record Node(String name, String kind, String organization, String state, boolean healthy, String detail,
            Map<String, Long> heights) {
        Node {
            heights = Map.copyOf(heights);
        }
    }

    /** Where the nodes come from: the network, or a test's stand-in. */
    interface Source {
        List<NodeStatus> status();

        Map<String, OptionalLong> peerHeights(String channel);

        Topology topology();
    }

    private final Source source;
    private final Clock clock;
    private List<Node> last;
    private Instant lastAt = Instant.MIN;

    NetworkNodes(final Source source, final Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The nodes of a network as its home describes it. */
    static NetworkNodes of(final FabricNetwork network) {
        return new NetworkNodes(new Source() {
            @Override
            public List<NodeStatus> status() {
                return network.status();
            }

            @Override
            public Map<String, OptionalLong> peerHeights(final String channel) {
                return network.peerHeights(channel);
            }

            @Override
            public Topology topology() {
                return network.topology();
            }
        }, Clock.systemUTC());
    }

    /** Every node, in {@code network status} order (orderers, peers, chaincode servers, PostgreSQL, supervisor). */
    synchronized List<Node> nodes() {
        final Instant now = clock.instant();
        if (last != null && now.isBefore(lastAt.plus(FRESH))) {
            return last;
        }
        final Topology topology = source.topology();
        final Map<String, Map<String, Long>> heights = new TreeMap<>();
        for (final Topology.ChannelSpec channel : topology.channels()) {
            source.peerHeights(channel.name()).forEach((peer, height) -> {
                if (height.isPresent() && channel.organizations().contains(organizationOfPeer(peer))) {
                    heights.computeIfAbsent(peer, p -> new TreeMap<>()).put(channel.name(), height.getAsLong());
                }
            });
        }
        final List<Node> nodes = new ArrayList<>();
        for (final NodeStatus status : source.status()) {
            nodes.add(new Node(status.name(), status.kind(), organization(topology, status),
                    status.running() ? "running" : "stopped", status.healthy(), status.detail().strip(),
                    heights.getOrDefault(status.name(), Map.of())));
        }
        last = List.copyOf(nodes);
        lastAt = now;
        return last;
    }

    /** A peer is named {@code <host>.<organisation>}. */
    private static String organizationOfPeer(final String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String organization(final Topology topology, final NodeStatus status) {
        switch (status.kind()) {
            case "orderer":
                return topology.ordererOrganization().name();
            case "peer":
                return organizationOfPeer(status.name());
            case "chaincode":
                for (final Topology.ChannelSpec channel : topology.channels()) {
                    for (final String org : channel.organizations()) {
                        if (status.name().equals(ChaincodeServer.nodeName(channel.chaincode().name(), org))) {
                            return org;
                        }
                    }
                }
                return null;
            default:
                return null; // PostgreSQL and the supervisor serve every organisation
        }
    }
}
