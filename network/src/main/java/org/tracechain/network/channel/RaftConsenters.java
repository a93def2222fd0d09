// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.channel;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.orderer.ConsensusType;
import org.hyperledger.fabric.protos.orderer.etcdraft.ConfigMetadata;
import org.hyperledger.fabric.protos.orderer.etcdraft.Consenter;

/**
 * The Raft consenter set of a channel: {@code /Channel/Orderer/ConsensusType}'s etcdraft metadata. Changing it is
 * Fabric's way to replace an orderer's Raft identity: a consenter removed and added again gets a new Raft id, so a
 * node rebuilt from nothing does not meet a leader that remembers what its old id had. Only the consenter set
 * changes; the orderer endpoints (global {@code OrdererAddresses}, the organisation's {@code Endpoints}) stay.
 */
public final class RaftConsenters {

    static final String ORDERER = "Orderer";
    static final String CONSENSUS_TYPE = "ConsensusType";

    private RaftConsenters() {}

    /** The consenters in {@code config}. */
    public static List<Consenter> of(final Config config) {
        return metadata(consensusType(config)).getConsentersList();
    }

    /** Whether the consenter at {@code host:port} is in {@code config}. */
    public static boolean contains(final Config config, final String host, final int port) {
        return of(config).stream().anyMatch(c -> matches(c, host, port));
    }

    /** Removes the consenter at {@code host:port} (no change if it is not there). */
    public static UnaryOperator<Config> without(final String host, final int port) {
        return config -> contains(config, host, port)
                ? withConsenters(config, of(config).stream().filter(c -> !matches(c, host, port)).toList())
                : config;
    }

    /** Adds {@code consenter} at the end of the set (no change if one at its host and port is there). */
    public static UnaryOperator<Config> with(final Consenter consenter) {
        return config -> {
            if (contains(config, consenter.getHost(), consenter.getPort())) {
                return config;
            }
            final List<Consenter> consenters = new java.util.ArrayList<>(of(config));
            consenters.add(consenter);
            return withConsenters(config, consenters);
        };
    }

    private static boolean matches(final Consenter consenter, final String host, final int port) {
        return consenter.getHost().equals(host) && consenter.getPort() == port;
    }

    private static Config withConsenters(final Config config, final List<Consenter> consenters) {
        final ConsensusType type = consensusType(config);
        final ConfigMetadata metadata = metadata(type).toBuilder().clearConsenters().addAllConsenters(consenters)
                .build();
        final ConsensusType changed = type.toBuilder().setMetadata(metadata.toByteString()).build();
        final ConfigGroup orderer = ordererGroup(config);
        final ConfigValue value = orderer.getValuesOrThrow(CONSENSUS_TYPE).toBuilder()
                .setValue(changed.toByteString()).build();
        final ConfigGroup channel = config.getChannelGroup().toBuilder()
                .putGroups(ORDERER, orderer.toBuilder().putValues(CONSENSUS_TYPE, value).build()).build();
        return config.toBuilder().setChannelGroup(channel).build();
    }

    private static ConfigGroup ordererGroup(final Config config) {
        final ConfigGroup orderer = config.getChannelGroup().getGroupsMap().get(ORDERER);
        if (orderer == null || !orderer.containsValues(CONSENSUS_TYPE)) {
            throw new IllegalArgumentException("the configuration has no /Channel/Orderer/ConsensusType");
        }
        return orderer;
    }

    private static ConsensusType consensusType(final Config config) {
        try {
            final ConsensusType type = ConsensusType.parseFrom(ordererGroup(config).getValuesOrThrow(CONSENSUS_TYPE)
                    .getValue());
            if (!type.getType().equals("etcdraft")) {
                throw new IllegalArgumentException("the ordering service runs " + type.getType() + ", not etcdraft");
            }
            return type;
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("unreadable ConsensusType: " + e.getMessage(), e);
        }
    }

    private static ConfigMetadata metadata(final ConsensusType type) {
        try {
            return ConfigMetadata.parseFrom(type.getMetadata());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("unreadable etcdraft metadata: " + e.getMessage(), e);
        }
    }
}
