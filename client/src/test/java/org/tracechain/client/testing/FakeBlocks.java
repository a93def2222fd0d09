// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.testing;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Full blocks shaped as a peer commits them: endorser transaction envelopes whose endorsed chaincode action carries a
 * read-write set, config envelopes, and the block metadata's transactions filter.
 */
public final class FakeBlocks {

    private FakeBlocks() {}

    /**
     * An endorser transaction envelope.
     *
     * @param writes per namespace, key to value; a null value is a delete
     */
    public static Envelope endorserTransaction(final String channel, final String txId, final String chaincode,
            final String mspId, final Instant timestamp, final Map<String, Map<String, byte[]>> writes) {
        final TxReadWriteSet.Builder rwset = TxReadWriteSet.newBuilder().setDataModel(TxReadWriteSet.DataModel.KV);
        writes.forEach((namespace, keys) -> {
            final KVRWSet.Builder kv = KVRWSet.newBuilder();
            keys.forEach((key, value) -> kv.addWrites(KVWrite.newBuilder().setKey(key).setIsDelete(value == null)
                    .setValue(value == null ? ByteString.EMPTY : ByteString.copyFrom(value))));
            rwset.addNsRwset(NsReadWriteSet.newBuilder().setNamespace(namespace).setRwset(kv.build().toByteString()));
        });
        final ChaincodeAction action = ChaincodeAction.newBuilder()
                .setChaincodeId(ChaincodeID.newBuilder().setName(chaincode))
                .setResults(rwset.build().toByteString()).build();
        final ProposalResponsePayload response = ProposalResponsePayload.newBuilder()
                .setExtension(action.toByteString()).build();
        final ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setAction(ChaincodeEndorsedAction.newBuilder().setProposalResponsePayload(response.toByteString()))
                .build();
        final Transaction transaction = Transaction.newBuilder()
                .addActions(TransactionAction.newBuilder().setPayload(actionPayload.toByteString())).build();
        return envelope(channel, txId, HeaderType.ENDORSER_TRANSACTION, mspId, timestamp, transaction.toByteString());
    }

    /** A config envelope (what a channel's genesis or config update block holds). */
    public static Envelope config(final String channel) {
        return envelope(channel, "", HeaderType.CONFIG, "OrdererMSP", Instant.EPOCH, ByteString.copyFromUtf8("config"));
    }

    private static Envelope envelope(final String channel, final String txId, final HeaderType type,
            final String mspId, final Instant timestamp, final ByteString data) {
        final ChannelHeader channelHeader = ChannelHeader.newBuilder().setChannelId(channel).setTxId(txId)
                .setType(type.getNumber())
                .setTimestamp(Timestamp.newBuilder().setSeconds(timestamp.getEpochSecond()).setNanos(timestamp.getNano()))
                .build();
        final SignatureHeader signatureHeader = SignatureHeader.newBuilder()
                .setCreator(SerializedIdentity.newBuilder().setMspid(mspId).build().toByteString()).build();
        final Payload payload = Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(channelHeader.toByteString())
                        .setSignatureHeader(signatureHeader.toByteString()))
                .setData(data).build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }

    /** A block of envelopes with their validation codes (the transactions filter). */
    public static Block block(final long number, final List<Envelope> envelopes, final List<TxValidationCode> codes) {
        final BlockData.Builder data = BlockData.newBuilder();
        envelopes.forEach(e -> data.addData(e.toByteString()));
        final byte[] filter = new byte[codes.size()];
        for (int i = 0; i < filter.length; i++) {
            filter[i] = (byte) codes.get(i).getNumber();
        }
        final BlockMetadata metadata = BlockMetadata.newBuilder().addMetadata(ByteString.EMPTY)
                .addMetadata(ByteString.EMPTY).addMetadata(ByteString.copyFrom(filter)).addMetadata(ByteString.EMPTY)
                .addMetadata(ByteString.EMPTY).build();
        return Block.newBuilder().setHeader(BlockHeader.newBuilder().setNumber(number)).setData(data)
                .setMetadata(metadata).build();
    }

    /** A config block. */
    public static Block configBlock(final String channel, final long number) {
        return block(number, List.of(config(channel)), List.of(TxValidationCode.VALID));
    }
}
