// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns every node its ports from the topology's base port, deterministically and without clashes.
 *
 * <p>Node {@code k} (orderers first, then peers in declaration order) owns ports {@code base + 10k + 1..3};
 * chaincode server {@code s} owns {@code base + 900 + s}, counting one server per organisation of each channel
 * with a chaincode, channels in order; the network's PostgreSQL server listens on {@code base + 800}. Fabric's defaults are not used because the peer's operations port and the
 * orderer's admin port both default to 9443.
 */
public final class PortPlan {

    private final Topology topology;

    public PortPlan(final Topology topology) {
        this.topology = topology;
    }

    /** Ports of the orderer at index {@code i} of the orderer organisation. */
    public OrdererPorts orderer(final int i) {
        final int block = topology.basePort() + 10 * (i + 1);
        return new OrdererPorts(block + 1, block + 2, block + 3);
    }

    /** Ports of a peer, by organisation and peer index. */
    public PeerPorts peer(final Topology.PeerOrganization org, final int peerIndex) {
        int k = topology.ordererOrganization().orderers().size();
        for (final Topology.PeerOrganization candidate : topology.peerOrganizations()) {
            if (candidate.name().equals(org.name())) {
                k += peerIndex;
                break;
            }
            k += candidate.peers().size();
        }
        final int block = topology.basePort() + 10 * (k + 1);
        return new PeerPorts(block + 1, block + 2, block + 3);
    }

    /** The CCaaS listen port of the chaincode server that organisation {@code org} runs for channel {@code c}. */
    public int chaincodeServer(final int channelIndex, final String org) {
        int s = 0;
        for (int c = 0; c < topology.channels().size(); c++) {
            final Topology.ChannelSpec channel = topology.channels().get(c);
            if (channel.chaincode() == null) {
                continue;
            }
            final int index = channel.organizations().indexOf(org);
            if (c == channelIndex) {
                if (index < 0) {
                    throw new IllegalArgumentException(org + " is not a member of channel " + channel.name());
                }
                return topology.basePort() + 900 + s + index;
            }
            s += channel.organizations().size();
        }
        throw new IllegalArgumentException("channel index " + channelIndex + " has no chaincode");
    }

    /** The port of the network's PostgreSQL server (the query store of the HTTP servers). */
    public int postgres() {
        return topology.basePort() + 800;
    }

    /** Every port the network uses, for clash checks. */
    public List<Integer> all() {
        final List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < topology.ordererOrganization().orderers().size(); i++) {
            final OrdererPorts p = orderer(i);
            ports.addAll(List.of(p.listen(), p.admin(), p.operations()));
        }
        for (final Topology.PeerOrganization org : topology.peerOrganizations()) {
            for (int i = 0; i < org.peers().size(); i++) {
                final PeerPorts p = peer(org, i);
                ports.addAll(List.of(p.listen(), p.chaincode(), p.operations()));
            }
        }
        for (int c = 0; c < topology.channels().size(); c++) {
            final Topology.ChannelSpec channel = topology.channels().get(c);
            if (channel.chaincode() != null) {
                for (final String org : channel.organizations()) {
                    ports.add(chaincodeServer(c, org));
                }
            }
        }
        ports.add(postgres());
        return ports;
    }

    /** An orderer's client/cluster listener, channel participation admin API and operations (health). */
    public record OrdererPorts(int listen, int admin, int operations) {}

    /** A peer's listener (gRPC, gossip, gateway), chaincode listener and operations (health). */
    public record PeerPorts(int listen, int chaincode, int operations) {}
}
