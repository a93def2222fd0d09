// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.tracechain.client.GatewayProfile;
import org.tracechain.client.Wallet;
import org.tracechain.client.WalletIdentity;
import org.tracechain.model.error.ErrorMessage;

/**
 * A client no one here wrote: Fabric's own gateway API on a user's wallet identity, with raw byte arguments (our
 * SDK only sends text; this sends whatever bytes a test wants, invalid UTF-8 included).
 */
final class RawGateway implements AutoCloseable {

    private final ManagedChannel channel;
    private final Gateway gateway;

    private RawGateway(final ManagedChannel channel, final Gateway gateway) {
        this.channel = channel;
        this.gateway = gateway;
    }

    static RawGateway connect(final Path home, final String org, final String user) throws Exception {
        final WalletIdentity identity = Wallet.open(home).identity(org, user);
        final GatewayProfile profile = GatewayProfile.load(home, org);
        final NettyChannelBuilder builder = NettyChannelBuilder.forTarget(profile.peerEndpoint(),
                TlsChannelCredentials.newBuilder().trustManager(profile.tlsRootCertificate().toFile()).build());
        profile.peerHostOverride().ifPresent(builder::overrideAuthority);
        final ManagedChannel channel = builder.build();
        return new RawGateway(channel, Gateway.newInstance().identity(identity.fabricIdentity())
                .signer(identity.signer()).hash(Hash.SHA256).connection(channel).connect());
    }

    /** What a refused call answered: the chaincode's code if it gave one, and the whole message. */
    record Refusal(Optional<String> code, String message) {}

    /**
     * Endorses a call and, only if the peers endorse it, submits it and waits for its commit. Returns the refusal
     * (endorsement refused, or committed invalid), or empty if it committed valid.
     */
    Optional<Refusal> call(final String channelName, final String chaincode, final String transaction,
            final List<byte[]> args, final Map<String, byte[]> transientData) throws Exception {
        final Proposal.Builder builder = gateway.getNetwork(channelName).getContract(chaincode)
                .newProposal(transaction).addArguments(args.toArray(byte[][]::new));
        if (!transientData.isEmpty()) {
            builder.putAllTransient(transientData);
        }
        try {
            final Status status = builder.build().endorse().submitAsync().getStatus();
            return status.isSuccessful() ? Optional.empty()
                    : Optional.of(new Refusal(Optional.empty(), "committed with validation code " + status.getCode()));
        } catch (GatewayException e) {
            final String text = e.getMessage() + " " + e.getDetails();
            return Optional.of(new Refusal(ErrorMessage.parse(text).map(ErrorMessage::code), text));
        }
    }

    /** The result of a read, or the code it was refused with: what a probe compares before and after. */
    String read(final String channelName, final String chaincode, final String transaction, final String... args) {
        try {
            return new String(gateway.getNetwork(channelName).getContract(chaincode)
                    .evaluateTransaction(transaction, args), java.nio.charset.StandardCharsets.UTF_8);
        } catch (GatewayException e) {
            return "refused " + ErrorMessage.parse(e.getMessage() + " " + e.getDetails()).map(ErrorMessage::code)
                    .orElse(e.getStatus().getCode().name());
        }
    }

    /** The channel's block height on this client's peer (qscc GetChainInfo). */
    long height(final String channelName) throws Exception {
        final byte[] info = gateway.getNetwork(channelName).getContract("qscc")
                .evaluateTransaction("GetChainInfo", channelName);
        return BlockchainInfo.parseFrom(info).getHeight();
    }

    @Override
    public void close() {
        gateway.close();
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
