// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.topology;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A network declared as data: the orderer organisation, the peer organisations with their users and
 * roles, and the channels with their member organisations and chaincode. Loaded with
 * {@link TopologyLoader}; ports come from {@link PortPlan}.
 *
 * @param name network name, used in host domains
 * @param basePort first port of the block this network uses on 127.0.0.1
 * @param batchTimeout how long an orderer waits to cut a block (a channel setting, fixed at channel creation)
 * @param ordererOrganization the Raft orderer organisation
 * @param peerOrganizations peer organisations, one peer each by default
 * @param channels application channels
 */
public record Topology(String name, int basePort, Duration batchTimeout, OrdererOrganization ordererOrganization,
        List<PeerOrganization> peerOrganizations, List<ChannelSpec> channels) {

    public Topology {
        peerOrganizations = List.copyOf(peerOrganizations);
        channels = List.copyOf(channels);
    }

    /** The peer organisation named {@code name}. */
    public Optional<PeerOrganization> organization(final String orgName) {
        return peerOrganizations.stream().filter(o -> o.name().equals(orgName)).findFirst();
    }

    /**
     * The JSON argument of {@code channel}'s configuration transaction: the declared argument, plus the MSP ids of
     * the channel's member organisations (sorted) under {@link ConfigureSpec#channelMembersArgument()} when set.
     * Keys are sorted, so the argument is the same on every deploy.
     */
    public Map<String, Object> configureArgument(final ChannelSpec channel) {
        final ConfigureSpec configure = channel.chaincode().configure();
        final Map<String, Object> argument = new TreeMap<>(configure.argument());
        if (configure.channelMembersArgument() != null) {
            argument.put(configure.channelMembersArgument(), channel.organizations().stream()
                    .map(org -> organization(org).orElseThrow().mspId()).sorted().toList());
        }
        return argument;
    }

    /** Same topology on another port block, e.g. so tests and a demo network can run side by side. */
    public Topology withBasePort(final int port) {
        return new Topology(name, port, batchTimeout, ordererOrganization, peerOrganizations, channels);
    }

    /** Same topology with another block cutting timeout (takes effect for channels created afterwards). */
    public Topology withBatchTimeout(final Duration timeout) {
        return new Topology(name, basePort, timeout, ordererOrganization, peerOrganizations, channels);
    }

    /** The orderer organisation and its Raft consenters. */
    public record OrdererOrganization(String name, String mspId, String domain, List<String> orderers) {
        public OrdererOrganization {
            orderers = List.copyOf(orderers);
        }
    }

    /** A peer organisation, its peers and its client users. */
    public record PeerOrganization(String name, String mspId, String domain, List<String> peers, List<UserSpec> users) {
        public PeerOrganization {
            peers = List.copyOf(peers);
            users = List.copyOf(users);
        }
    }

    /** A client user and the role attribute values its certificate carries. */
    public record UserSpec(String name, List<String> roles) {
        public UserSpec {
            roles = List.copyOf(roles);
        }
    }

    /** A channel, its member organisations and its one chaincode. */
    public record ChannelSpec(String name, List<String> organizations, ChaincodeSpec chaincode) {
        public ChannelSpec {
            organizations = List.copyOf(organizations);
        }
    }

    /**
     * A chaincode run as a service.
     *
     * @param name chaincode name
     * @param jar file name of the shaded chaincode jar in the chaincode directory
     * @param pairwiseCollectionPrefix when set, one private data collection per pair of member organisations,
     *     named {@code <prefix>_<mspA>_<mspB>} (sorted), readable by the pair and the {@code authorityOrganizations}
     * @param authorityOrganizations organisations added to every pairwise collection (e.g. the regulator)
     * @param configure a transaction the deployer submits after each deployment, idempotent by contract
     */
    public record ChaincodeSpec(String name, String jar, String pairwiseCollectionPrefix,
            List<String> authorityOrganizations, ConfigureSpec configure) {
        public ChaincodeSpec {
            authorityOrganizations = authorityOrganizations == null ? List.of() : List.copyOf(authorityOrganizations);
        }
    }

    /**
     * The configuration transaction: submitted by the admin of {@code organization} with one JSON argument.
     *
     * @param channelMembersArgument when set, the argument field the deployer fills with the MSP ids of the
     *     channel's member organisations (the chaincode cannot read the channel configuration itself)
     */
    public record ConfigureSpec(String organization, String transaction, Map<String, Object> argument,
            String channelMembersArgument) {
        public ConfigureSpec {
            argument = Map.copyOf(argument);
        }
    }
}
