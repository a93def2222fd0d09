// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.testing;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * The ordering and committing side of {@link FakeGateway}, scriptable the way faults happen: submits refused a number
 * of times (no Raft leader), submissions taken but lost (a leader killed before it replicated them), commit codes in
 * the order transactions reach a block (a conflict, then success). What commits is kept as a ledger the query system
 * chaincode ({@code qscc GetBlockByTxID}) answers from, with Fabric's rule that a transaction id commits at most once:
 * a later copy is a {@code DUPLICATE_TXID} that the lookup never reports.
 */
public final class FakeOrdering {

    /** A transaction's place on the fake ledger. */
    public record Committed(long block, TxValidationCode code) {}

    /** The first block a transaction commits in (0-4 stand for the channel's config blocks). */
    static final long FIRST_TRANSACTION_BLOCK = 5;

    private final AtomicLong nextBlock = new AtomicLong(FIRST_TRANSACTION_BLOCK);
    private java.util.function.BiConsumer<String, Committed> onCommit = (txId, committed) -> { };
    private final Map<String, Committed> ledger = new LinkedHashMap<>();
    private final Map<String, Integer> submissions = new LinkedHashMap<>();
    private final List<String> submitted = new ArrayList<>();
    private final Deque<StatusRuntimeException> submitFailures = new ArrayDeque<>();
    private final Deque<TxValidationCode> commitOrder = new ArrayDeque<>();
    private TxValidationCode commitAll = TxValidationCode.VALID;
    private final Map<String, TxValidationCode> commitById = new LinkedHashMap<>();
    private int lostSubmissions;
    private int attempts;

    /** The next {@code times} submits fail with {@code error}, as orderers without a leader answer. */
    public synchronized FakeOrdering failSubmits(final int times, final StatusRuntimeException error) {
        for (int i = 0; i < times; i++) {
            submitFailures.add(error);
        }
        return this;
    }

    /** The first {@code copies} submissions of every transaction are taken but never commit. */
    public synchronized FakeOrdering loseSubmissions(final int copies) {
        lostSubmissions = copies;
        return this;
    }

    /** Transactions reaching a block get these codes in turn, then {@link #commitAllAs}'s. */
    public synchronized FakeOrdering commitInOrder(final TxValidationCode... codes) {
        commitOrder.addAll(List.of(codes));
        return this;
    }

    /** Takes the next block number for a block appended by hand (so it never collides with a commit's). */
    synchronized long reserveBlock() {
        return nextBlock.getAndIncrement();
    }

    /** Called, in commit order, for each transaction committed through a submit. */
    synchronized void onCommit(final java.util.function.BiConsumer<String, Committed> listener) {
        onCommit = listener;
    }

    synchronized void commitAllAs(final TxValidationCode code) {
        commitAll = code;
    }

    synchronized void commitAs(final String transactionId, final TxValidationCode code) {
        commitById.put(transactionId, code);
    }

    /** Records a transaction as committed, as if another client had submitted it. */
    public synchronized FakeOrdering commit(final String transactionId, final long block,
            final TxValidationCode code) {
        ledger.putIfAbsent(transactionId, new Committed(block, code));
        return this;
    }

    /** Every submission received, in order (a resubmitted transaction appears again). */
    public synchronized List<String> submissions() {
        return List.copyOf(submitted);
    }

    /** Submits received, refused ones included. */
    public synchronized int attempts() {
        return attempts;
    }

    /** The ledger: transaction id to block and code, in commit order. */
    public synchronized Map<String, Committed> ledger() {
        return Map.copyOf(ledger);
    }

    /** A submit: the scripted failure, or null when an orderer takes the transaction. */
    synchronized StatusRuntimeException submit(final String transactionId) {
        attempts++;
        final StatusRuntimeException failure = submitFailures.poll();
        if (failure != null) {
            submissions.putIfAbsent(transactionId, 0);   // seen, but no orderer has it
            return failure;
        }
        submitted.add(transactionId);
        final int copies = submissions.merge(transactionId, 1, Integer::sum);
        if (copies > lostSubmissions) {
            commitOnce(transactionId);
        }
        return null;
    }

    /** The transaction's place on the ledger, or null while it has not committed. */
    synchronized Committed committed(final String transactionId) {
        return ledger.get(transactionId);
    }

    /**
     * The commit status of a transaction that was never submitted through this fake (tests that script commit
     * codes directly): committed on first request, as before faults were scriptable.
     */
    synchronized Committed committedOnRequest(final String transactionId) {
        if (!submissions.containsKey(transactionId)) {
            commitOnce(transactionId);
        }
        return ledger.get(transactionId);
    }

    private void commitOnce(final String transactionId) {
        if (ledger.containsKey(transactionId)) {
            return;    // a second copy is DUPLICATE_TXID: it changes nothing and no lookup reports it
        }
        final TxValidationCode scripted = commitById.get(transactionId);
        final TxValidationCode code = scripted != null ? scripted
                : commitOrder.isEmpty() ? commitAll : commitOrder.poll();
        final Committed committed = new Committed(nextBlock.getAndIncrement(), code);
        ledger.put(transactionId, committed);
        onCommit.accept(transactionId, committed);
    }

    /** What qscc GetBlockByTxID answers: the block holding the transaction, or the peer's error. */
    synchronized byte[] blockByTransactionId(final String channel, final String transactionId) {
        final Committed committed = ledger.get(transactionId);
        if (committed == null) {
            // The gateway retries a 500 from the peer itself on other peers, then gives up (gateway/evaluate.go).
            throw FakeGateway.error(Status.Code.ABORTED, "failed to evaluate transaction, see attached details for "
                    + "more info", FakeGateway.detail("ProducerMSP", FakeGateway.PEER, "Failed to get block for txID "
                    + transactionId + ", error no such transaction ID [" + transactionId + "] in index"));
        }
        return block(channel, committed.block(), List.of("another-" + committed.block(), transactionId),
                new byte[] {(byte) TxValidationCode.VALID_VALUE, (byte) committed.code().getNumber()}).toByteArray();
    }

    /** A block of transactions with these ids and validation codes (the transactions filter). */
    public static Block block(final String channel, final long number, final List<String> transactionIds,
            final byte[] codes) {
        final BlockData.Builder data = BlockData.newBuilder();
        for (final String transactionId : transactionIds) {
            final ChannelHeader header = ChannelHeader.newBuilder().setChannelId(channel).setTxId(transactionId)
                    .build();
            final Payload payload = Payload.newBuilder()
                    .setHeader(Header.newBuilder().setChannelHeader(header.toByteString())).build();
            data.addData(Envelope.newBuilder().setPayload(payload.toByteString()).build().toByteString());
        }
        final BlockMetadata metadata = BlockMetadata.newBuilder().addMetadata(ByteString.EMPTY)
                .addMetadata(ByteString.EMPTY).addMetadata(ByteString.copyFrom(codes)).build();
        return Block.newBuilder().setHeader(BlockHeader.newBuilder().setNumber(number)).setData(data)
                .setMetadata(metadata).build();
    }
}
