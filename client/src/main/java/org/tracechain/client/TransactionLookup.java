// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Looks a transaction id up on the ledger through the query system chaincode: {@code qscc GetBlockByTxID} returns
 * the block that holds it (the first occurrence, should a copy have been sent twice), whose transactions filter
 * gives its validation code. Unlike the gateway's commit-status call, which waits for a commit, this answers at
 * once, so "not there yet" can be told apart from "no answer". Any channel member may call it (ACL
 * {@code qscc/GetBlockByTxID}: channel readers); the gateway asks its own peer first, then the others.
 */
final class TransactionLookup {

    static final String QSCC = "qscc";
    static final String GET_BLOCK_BY_TX_ID = "GetBlockByTxID";
    static final String GET_CHAIN_INFO = "GetChainInfo";
    /** What the peer's block index answers for an unknown id (common/ledger/blkstorage/blockindex.go). */
    private static final String NOT_IN_INDEX = "no such transaction ID [";

    private final Gateway gateway;
    private final SubmittedTransactions submitted;

    TransactionLookup(final Gateway gateway, final SubmittedTransactions submitted) {
        this.gateway = gateway;
        this.submitted = submitted;
    }

    TransactionStatus status(final ChannelContext context, final String transactionId) throws LedgerException {
        final String channel = context.channel();
        final byte[] blockBytes;
        try {
            blockBytes = gateway.getNetwork(channel).getContract(QSCC).newProposal(GET_BLOCK_BY_TX_ID)
                    .addArguments(channel, transactionId).build().evaluate();
        } catch (GatewayException e) {
            if (notInIndex(e, transactionId)) {
                return TransactionStatus.notCommitted(channel, transactionId,
                        submitted.unresolved(channel, transactionId));
            }
            throw LedgerErrors.fromGateway(e, "transaction status lookup", null, context);
        }
        try {
            return inBlock(channel, transactionId, Block.parseFrom(blockBytes));
        } catch (InvalidProtocolBufferException | IllegalStateException e) {
            throw new LedgerException("the block holding transaction " + transactionId + " cannot be read: "
                    + e.getMessage(), transactionId, null, e);
        }
    }

    /**
     * The channel's block height on the gateway peer's ledger ({@code qscc GetChainInfo}: ACL {@code
     * qscc/GetChainInfo}, channel readers): the number of blocks it has committed.
     */
    long height(final ChannelContext context) throws LedgerException {
        final String channel = context.channel();
        final byte[] info;
        try {
            info = gateway.getNetwork(channel).getContract(QSCC).newProposal(GET_CHAIN_INFO).addArguments(channel)
                    .build().evaluate();
        } catch (GatewayException e) {
            throw LedgerErrors.fromGateway(e, "chain height lookup", null, context);
        }
        try {
            return BlockchainInfo.parseFrom(info).getHeight();
        } catch (InvalidProtocolBufferException e) {
            throw new LedgerException("the chain information of " + channel + " cannot be read: " + e.getMessage(),
                    null, null, e);
        }
    }

    /** The transaction's status in the block the peer found it in. */
    static TransactionStatus inBlock(final String channel, final String transactionId, final Block block)
            throws InvalidProtocolBufferException {
        final List<ByteString> data = block.getData().getDataList();
        final ByteString filter = block.getMetadata().getMetadataCount() > BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE
                ? block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE) : ByteString.EMPTY;
        for (int i = 0; i < data.size(); i++) {
            final Payload payload = Payload.parseFrom(Envelope.parseFrom(data.get(i)).getPayload());
            final ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
            if (header.getTxId().equals(transactionId)) {
                if (i >= filter.size()) {
                    throw new IllegalStateException("block " + block.getHeader().getNumber()
                            + " has no validation code for transaction " + i);
                }
                final int code = filter.byteAt(i) & 0xFF;
                final TxValidationCode known = TxValidationCode.forNumber(code);
                return TransactionStatus.committed(channel, transactionId,
                        known == null ? "UNKNOWN_VALIDATION_CODE_" + code : known.name(), block.getHeader().getNumber());
            }
        }
        throw new IllegalStateException("block " + block.getHeader().getNumber() + " does not hold transaction "
                + transactionId);
    }

    private static boolean notInIndex(final GatewayException e, final String transactionId) {
        final String marker = NOT_IN_INDEX + transactionId + "]";
        final String description = e.getStatus().getDescription();
        return description != null && description.contains(marker)
                || e.getDetails().stream().anyMatch(detail -> detail.getMessage().contains(marker));
    }
}
