// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.channel;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigEnvelope;
import org.hyperledger.fabric.protos.common.ConfigUpdate;
import org.hyperledger.fabric.protos.common.ConfigUpdateEnvelope;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;

/**
 * Reads a channel's configuration out of a config block, and wraps a {@link ConfigUpdate} in the unsigned
 * {@code CONFIG_UPDATE} envelope that {@code peer channel signconfigtx} signs and {@code peer channel update}
 * submits (what {@code configtxlator} and {@code peer channel update}'s own tooling produce).
 */
public final class ConfigBlocks {

    private ConfigBlocks() {}

    /** A config block as read from a file, with its number and its configuration. */
    public record ConfigBlock(long number, String channel, Config config) {}

    /** Reads a config block (e.g. from {@code peer channel fetch config}). */
    public static ConfigBlock read(final Path blockFile) throws IOException {
        return parse(Files.readAllBytes(blockFile));
    }

    /** Parses a config block; fails if the block holds anything else. */
    public static ConfigBlock parse(final byte[] blockBytes) throws InvalidProtocolBufferException {
        final Block block = Block.parseFrom(blockBytes);
        if (block.getData().getDataCount() != 1) {
            throw new IllegalArgumentException("block " + block.getHeader().getNumber() + " has "
                    + block.getData().getDataCount() + " transactions; a config block has exactly one");
        }
        final Payload payload = Payload.parseFrom(Envelope.parseFrom(block.getData().getData(0)).getPayload());
        final ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
        if (header.getType() != HeaderType.CONFIG_VALUE) {
            throw new IllegalArgumentException("block " + block.getHeader().getNumber() + " is not a config block"
                    + " (header type " + header.getType() + ")");
        }
        final Config config = ConfigEnvelope.parseFrom(payload.getData()).getConfig();
        return new ConfigBlock(block.getHeader().getNumber(), header.getChannelId(), config);
    }

    /** The unsigned envelope of {@code update}: signatures are added by the admins' {@code peer} CLIs. */
    public static Envelope unsignedEnvelope(final ConfigUpdate update) {
        final ChannelHeader header = ChannelHeader.newBuilder().setType(HeaderType.CONFIG_UPDATE_VALUE)
                .setChannelId(update.getChannelId()).build();
        final ConfigUpdateEnvelope content = ConfigUpdateEnvelope.newBuilder()
                .setConfigUpdate(update.toByteString()).build();
        return Envelope.newBuilder().setPayload(Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(header.toByteString()))
                .setData(content.toByteString()).build().toByteString()).build();
    }

    /** The signatures collected so far in an update envelope (each a signer's {@code ConfigSignature}). */
    public static ConfigUpdateEnvelope updateEnvelope(final Envelope envelope) throws InvalidProtocolBufferException {
        return ConfigUpdateEnvelope.parseFrom(Payload.parseFrom(envelope.getPayload()).getData());
    }
}
