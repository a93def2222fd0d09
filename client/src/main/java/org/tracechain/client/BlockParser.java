// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
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
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Reads a full block the way the peer committed it: envelope, channel header, transaction actions, the endorsed
 * proposal response's chaincode action and its read-write set; the validation code of each transaction from the
 * block metadata's transactions filter. Only endorser transactions are kept (config and other envelopes are not
 * state writes of a chaincode).
 */
final class BlockParser {

    private BlockParser() {}

    static LedgerBlock parse(final String channel, final Block block) {
        final long number = block.getHeader().getNumber();
        final ByteString filter = block.getMetadata().getMetadataCount() > BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE
                ? block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE)
                : ByteString.EMPTY;
        final List<BlockTransaction> transactions = new ArrayList<>();
        for (int index = 0; index < block.getData().getDataCount(); index++) {
            final String code = validationCode(filter, index);
            try {
                final BlockTransaction transaction = transaction(index, block.getData().getData(index), code);
                if (transaction != null) {
                    transactions.add(transaction);
                }
            } catch (InvalidProtocolBufferException e) {
                if ("VALID".equals(code)) {
                    // A valid transaction the peer could read but this client cannot: stopping beats a silent gap.
                    throw new IllegalStateException("block " + number + " of " + channel + ": transaction " + index
                            + " is valid but cannot be read: " + e.getMessage(), e);
                }
                // An invalid envelope (e.g. BAD_PAYLOAD) changed nothing; there is nothing of it to deliver.
            }
        }
        return new LedgerBlock(channel, number, transactions);
    }

    private static String validationCode(final ByteString filter, final int index) {
        if (index >= filter.size()) {
            return TxValidationCode.NOT_VALIDATED.name();
        }
        final TxValidationCode code = TxValidationCode.forNumber(filter.byteAt(index) & 0xFF);
        return code == null ? "UNKNOWN_" + (filter.byteAt(index) & 0xFF) : code.name();
    }

    private static BlockTransaction transaction(final int index, final ByteString data, final String code)
            throws InvalidProtocolBufferException {
        final Payload payload = Payload.parseFrom(Envelope.parseFrom(data).getPayload());
        final ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
        if (header.getType() != HeaderType.ENDORSER_TRANSACTION_VALUE) {
            return null;
        }
        final SignatureHeader signature = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
        final String creator = SerializedIdentity.parseFrom(signature.getCreator()).getMspid();
        final Instant timestamp = Instant.ofEpochSecond(header.getTimestamp().getSeconds(),
                header.getTimestamp().getNanos());
        String chaincode = "";
        String function = "";
        final List<KvWrite> writes = new ArrayList<>();
        for (final TransactionAction action : Transaction.parseFrom(payload.getData()).getActionsList()) {
            final ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(action.getPayload());
            final ProposalResponsePayload response = ProposalResponsePayload.parseFrom(
                    actionPayload.getAction().getProposalResponsePayload());
            final ChaincodeAction chaincodeAction = ChaincodeAction.parseFrom(response.getExtension());
            if (chaincode.isEmpty()) {
                chaincode = chaincodeAction.getChaincodeId().getName();
                function = function(actionPayload);
            }
            final TxReadWriteSet rwset = TxReadWriteSet.parseFrom(chaincodeAction.getResults());
            for (final NsReadWriteSet namespace : rwset.getNsRwsetList()) {
                for (final KVWrite write : KVRWSet.parseFrom(namespace.getRwset()).getWritesList()) {
                    writes.add(new KvWrite(namespace.getNamespace(), write.getKey(), write.getValue().toByteArray(),
                            write.getIsDelete()));
                }
            }
        }
        return new BlockTransaction(index, header.getTxId(), code, timestamp, creator, chaincode, writes, function);
    }

    /**
     * The function the proposal invoked: the first argument of its chaincode input (the committed proposal payload
     * keeps the input, the transient map is left out). Unreadable input names no function rather than failing the
     * block: the writes, not the name, are what a block listener must not lose.
     */
    private static String function(final ChaincodeActionPayload actionPayload) {
        try {
            final ChaincodeInput input = ChaincodeInvocationSpec.parseFrom(ChaincodeProposalPayload.parseFrom(
                    actionPayload.getChaincodeProposalPayload()).getInput()).getChaincodeSpec().getInput();
            return input.getArgsCount() == 0 ? "" : input.getArgs(0).toStringUtf8();
        } catch (InvalidProtocolBufferException e) {
            return "";
        }
    }
}
