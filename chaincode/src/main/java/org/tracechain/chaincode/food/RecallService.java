// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tracechain.chaincode.ledger.Page;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.LotRegulation;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RecallAcknowledgement;
import org.tracechain.model.food.RecallAffectedLot;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RecallRecord;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.json.LedgerJson;

/**
 * Recalls: a regulator recalls a lot and every downstream lot.
 *
 * <p>The walk is a breadth-first search over {@code lineage~child}. Each transaction processes at most
 * {@link #BATCH_LOTS} lots, so a small lineage is recalled in the {@code Recall} transaction itself and a
 * large one by further {@code ContinueRecall} transactions. The pending queue is stored on the ledger as
 * numbered {@code recall~queue} entries (FIFO between {@code queueHead} and {@code queueTail}) and every
 * processed lot gets a {@code recall~lot} marker, so each batch is deterministic (index order, no clock,
 * no randomness) and no lot can be skipped: a lot's children are queued in the same transaction that
 * marks it, and the recall is complete only when the queue is empty. A lot with more than
 * {@link #CHILDREN_MAX} children refuses the batch rather than dropping any.
 *
 * <p>A recall writes each lot's regulation record and the recall's own records, none of which carries a key-level
 * policy: holders' peers need not be up (or exist) for a regulator to recall their lots.
 */
final class RecallService {

    static final int BATCH_LOTS = 500;
    /** Queue entries a batch may pop (processed plus already-visited ones). */
    static final int POP_MAX = 4 * BATCH_LOTS;
    static final int CHILDREN_MAX = 5000;

    private final FoodTx tx;

    RecallService(final FoodTx tx) {
        this.tx = tx;
    }

    /** A queued lot; {@code seq} is -1 for the root, which the first batch holds in memory only. */
    private record QueueItem(long seq, String lotId) {}

    RecallBatchNotice recall(final RecallRequest request) {
        tx.access.requireRegulator("recalling");
        final String recallId = FoodInput.id("recallId", request.recallId());
        final String reason = FoodInput.text("reason", request.reason(), FoodInput.TEXT_MAX);
        final List<String> documents = FoodInput.hashes("documentHashes", request.documentHashes());
        if (tx.state.exists(FoodKeys.recall(recallId))) {
            throw Refusal.of(FoodError.RECALL_ALREADY_EXISTS, "recall %s already exists", recallId);
        }
        final Lot root = tx.lots.require("lotId", request.lotId());
        if (root.status() == LotStatus.RECALLED) {
            throw Refusal.of(FoodError.LOT_RECALLED, "lot %s is already recalled by %s", root.lotId(),
                    root.recallId());
        }
        tx.events.requireDocuments(documents);
        final RecallRecord record = new RecallRecord(recallId, root.lotId(), reason, documents, tx.caller.mspId(),
                tx.caller.id(), tx.now(), tx.txId(), false, 0, 0, 0, 0, List.of(), tx.now());
        return runBatch(record, List.of(new QueueItem(-1, root.lotId())), true);
    }

    RecallBatchNotice continueRecall(final String recallId) {
        tx.access.requireRegulator("continuing a recall");
        final RecallRecord record = require(recallId);
        if (record.complete()) {
            throw Refusal.of(FoodError.RECALL_COMPLETE, "recall %s has already reached every downstream lot",
                    recallId);
        }
        final List<QueueItem> queued = tx.state.scan(FoodKeys.RECALL_QUEUE, List.of(record.recallId()), POP_MAX,
                kv -> new QueueItem(Long.parseLong(tx.state.attributesOf(kv.getKey()).get(1)),
                        LedgerJson.fromBytes(kv.getValue(), String.class)));
        return runBatch(record, queued, queued.size() < POP_MAX);
    }

    private RecallBatchNotice runBatch(final RecallRecord record, final List<QueueItem> queued,
            final boolean wholeQueueLoaded) {
        final String recallId = record.recallId();
        final int batch = record.batches() + 1;
        final ArrayDeque<QueueItem> work = new ArrayDeque<>(queued);
        final List<String> discovered = new ArrayList<>();
        final Set<String> discoveredSet = new HashSet<>();
        final Set<String> processed = new HashSet<>();
        final List<RecallBatchNotice.AffectedLot> affected = new ArrayList<>();
        final TreeSet<String> holders = new TreeSet<>(record.holderMspIds());
        long head = record.queueHead();
        long tail = record.queueTail();
        int taken = 0;
        int pops = 0;
        while (affected.size() < BATCH_LOTS && pops < POP_MAX) {
            final String lotId;
            if (!work.isEmpty()) {
                final QueueItem item = work.poll();
                if (item.seq() >= 0) {
                    tx.state.unindex(FoodKeys.RECALL_QUEUE, recallId, FoodKeys.sequence(item.seq()));
                    head = item.seq() + 1;
                }
                lotId = item.lotId();
            } else if (wholeQueueLoaded && taken < discovered.size()) {
                // Everything already queued on the ledger is done, so in-memory discoveries are next in FIFO order.
                lotId = discovered.get(taken++);
            } else {
                break;
            }
            pops++;
            if (processed.contains(lotId) || tx.state.exists(FoodKeys.key(FoodKeys.RECALL_LOT, recallId, lotId))) {
                continue;
            }
            processed.add(lotId);
            final Lot lot = tx.lots.find(lotId).orElse(null);
            if (lot == null) {
                continue;
            }
            final List<String> children = tx.lots.children(lot, CHILDREN_MAX + 1);
            if (children.size() > CHILDREN_MAX) {
                throw Refusal.of(FoodError.TOO_MANY_CHILDREN, "lot %s has more than %d direct children", lotId,
                        CHILDREN_MAX);
            }
            for (final String child : children) {
                if (!processed.contains(child) && discoveredSet.add(child)) {
                    discovered.add(child);
                }
            }
            if (lot.status() != LotStatus.RECALLED) {
                // The lot's regulation record, never its custody record: no holder's peer has to endorse a recall.
                tx.lots.regulate(new LotRegulation(lotId, LotStatus.RECALLED, record.reason(), recallId,
                        tx.caller.mspId(), tx.caller.id(), tx.now(), tx.txId()));
            }
            tx.state.put(FoodKeys.key(FoodKeys.RECALL_LOT, recallId, lotId),
                    new RecallAffectedLot(recallId, lotId, lot.holderMspId(), lot.status(), batch));
            affected.add(new RecallBatchNotice.AffectedLot(lotId, lot.holderMspId()));
            holders.add(lot.holderMspId());
        }
        for (final String pending : discovered.subList(taken, discovered.size())) {
            if (!processed.contains(pending)) {
                tx.state.put(FoodKeys.key(FoodKeys.RECALL_QUEUE, recallId, FoodKeys.sequence(tail)), pending);
                tail++;
            }
        }
        final boolean complete = work.isEmpty() && head == tail && (wholeQueueLoaded || queued.isEmpty());
        final RecallRecord updated = new RecallRecord(recallId, record.rootLotId(), record.reason(),
                record.documentHashes(), record.issuedByMspId(), record.issuedBy(), record.issuedAt(), record.txId(),
                complete, batch, record.affectedLotCount() + affected.size(), head, tail, List.copyOf(holders),
                tx.now());
        tx.state.put(FoodKeys.recall(recallId), updated);
        if (!affected.isEmpty()) {
            tx.events.record(EventBody.of(EventKind.RECALL, BusinessStep.HOLDING, Disposition.RECALLED,
                    tx.caller.mspId(), tx.caller.id(), tx.now(), tx.sites.resolve("site", null, tx.caller.mspId()),
                    affected.stream().map(RecallBatchNotice.AffectedLot::lotId).toList(),
                    batch == 1 ? record.documentHashes() : List.of(), "batch " + batch)
                    .withReason(record.reason(), null, recallId));
        }
        final RecallBatchNotice notice = new RecallBatchNotice(recallId, record.rootLotId(), record.reason(), batch,
                complete, affected);
        tx.state.event(batch == 1 ? FoodChaincodeEvents.RECALL_ISSUED : FoodChaincodeEvents.RECALL_CONTINUED, notice);
        return notice;
    }

    /** An identity of an organisation holding recalled lots acknowledges the recall. */
    RecallAcknowledgement acknowledge(final AcknowledgeRecallRequest request) {
        final RecallRecord record = require(request.recallId());
        final String msp = tx.caller.mspId();
        if (!record.holderMspIds().contains(msp)) {
            throw Refusal.of(FoodError.NOT_A_RECALL_HOLDER, "%s holds no lot of recall %s", msp, record.recallId());
        }
        final String key = FoodKeys.key(FoodKeys.RECALL_ACK, record.recallId(), msp);
        if (tx.state.exists(key)) {
            throw Refusal.of(FoodError.RECALL_ALREADY_ACKNOWLEDGED, "%s already acknowledged recall %s", msp,
                    record.recallId());
        }
        final RecallAcknowledgement ack = new RecallAcknowledgement(record.recallId(), msp, tx.caller.id(), tx.now(),
                tx.txId(), FoodInput.optionalText("note", request.note(), FoodInput.TEXT_MAX));
        tx.state.put(key, ack);
        tx.state.event(FoodChaincodeEvents.RECALL_ACKNOWLEDGED, ack);
        return ack;
    }

    RecallStatusView status(final String recallId) {
        final RecallRecord record = require(recallId);
        final List<RecallStatusView.HolderAcknowledgement> holders = new ArrayList<>();
        final List<String> missing = new ArrayList<>();
        for (final String msp : record.holderMspIds()) {
            final RecallAcknowledgement ack = tx.state
                    .get(FoodKeys.key(FoodKeys.RECALL_ACK, record.recallId(), msp), RecallAcknowledgement.class)
                    .orElse(null);
            holders.add(new RecallStatusView.HolderAcknowledgement(msp, ack != null, ack));
            if (ack == null) {
                missing.add(msp);
            }
        }
        return new RecallStatusView(record, holders, missing);
    }

    /** The lots a recall processed, in lot-id order, paged. */
    ResultPage<RecallAffectedLot> lots(final LotQuery query) {
        final RecallRecord record = require(query.recallId());
        final Page<RecallAffectedLot> page = tx.state.page(FoodKeys.RECALL_LOT, List.of(record.recallId()),
                FoodInput.pageSize(query.pageSize()), FoodInput.bookmark(query.bookmark()),
                kv -> LedgerJson.fromBytes(kv.getValue(), RecallAffectedLot.class));
        return new ResultPage<>(page.items(), page.bookmark());
    }

    private RecallRecord require(final String recallId) {
        FoodInput.id("recallId", recallId);
        return tx.state.get(FoodKeys.recall(recallId), RecallRecord.class)
                .orElseThrow(() -> Refusal.of(FoodError.RECALL_NOT_FOUND, "recall %s does not exist", recallId));
    }
}
