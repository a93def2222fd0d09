// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotRegulation;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.SerialItem;

/**
 * Reads and writes lots, keeping their indexes (holder, product, status, registration date, trace code,
 * lineage) and their key-level endorsement policy in step with the record.
 *
 * <p>A lot is two records. The custody record ({@code lot}) changes only with its holder's endorsement (a key-level
 * policy that follows custody); the regulation record ({@code regulation}) holds a regulator's hold or recall and has
 * no key-level policy, so regulation never waits for the holder's peer. Readers get the lot's effective view: the
 * custody record with the regulation laid over it ({@link LotRegulation#effective}). Writers pass that view back to
 * {@link #update}, which stores only what custody owns.
 *
 * <p>Fabric does not let a transaction read its own writes. Most transactions write each lot once, but an
 * imported EPCIS document may register a lot and ship it in the same transaction, so the lots, trace codes and
 * serials written here are remembered and read back from memory.
 */
final class LotStore {

    /** Value of simple-key index entries (an empty value would be a delete). */
    private static final byte[] INDEX_MARKER = {0};

    private final LedgerState state;
    /**
     * The lot records this transaction knows, by lot id: committed ones read so far (a second read would return the
     * same, and the read set keeps one entry per key) and those it wrote itself, which the stub would not return.
     */
    private final Map<String, Stored> read = new HashMap<>();
    private final Set<String> traceCodesThisTx = new HashSet<>();
    private final Set<String> createdThisTx = new HashSet<>();
    private final Set<String> serialsThisTx = new HashSet<>();

    /** A lot's committed records: custody, and its regulation or null. */
    private record Stored(Lot custody, LotRegulation regulation) {
        Lot view() {
            return LotRegulation.effective(custody, regulation);
        }
    }

    LotStore(final LedgerState state) {
        this.state = state;
    }

    /**
     * Reads the records of {@code lotIds} not known yet in two exchanges with the peer (custody records, then
     * regulations), so the {@link #find}s that follow answer from memory. A lot without a record stays unknown.
     */
    void prefetch(final List<String> lotIds) {
        final List<String> unknown = lotIds.stream().filter(id -> !read.containsKey(id)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        final Map<String, Lot> custody = state.getAll(unknown.stream().map(FoodKeys::lot).toList(), Lot.class);
        final List<String> present = unknown.stream().filter(id -> custody.containsKey(FoodKeys.lot(id))).toList();
        final Map<String, LotRegulation> regulations =
                state.getAll(present.stream().map(FoodKeys::regulation).toList(), LotRegulation.class);
        for (final String lotId : present) {
            read.put(lotId, new Stored(custody.get(FoodKeys.lot(lotId)), regulations.get(FoodKeys.regulation(lotId))));
        }
    }

    /** The keys {@link #find} reads for a lot: its custody record and its regulation record. */
    static List<String> recordKeys(final String lotId) {
        return List.of(FoodKeys.lot(lotId), FoodKeys.regulation(lotId));
    }

    /** The keys {@link #find} reads for each of {@code lotIds}, to prefetch them together. */
    static List<String> recordKeys(final List<String> lotIds) {
        return lotIds.stream().flatMap(id -> recordKeys(id).stream()).toList();
    }

    /** The lot's effective view, or empty. */
    Optional<Lot> find(final String lotId) {
        return stored(lotId).map(Stored::view);
    }

    boolean exists(final String lotId) {
        return read.containsKey(lotId) || state.exists(FoodKeys.lot(lotId));
    }

    /** Whether an item serial is registered (or was in this transaction). */
    boolean serialTaken(final String serial) {
        return serialsThisTx.contains(serial) || state.exists(FoodKeys.serial(serial));
    }

    void storeSerial(final SerialItem item) {
        state.put(FoodKeys.serial(item.serial()), item);
        serialsThisTx.add(item.serial());
    }

    /** The lot's effective view, or LOT_NOT_FOUND; the id is validated first. */
    Lot require(final String field, final String lotId) {
        FoodInput.id(field, lotId);
        return find(lotId).orElseThrow(() -> Refusal.of(FoodError.LOT_NOT_FOUND, "lot %s does not exist", lotId));
    }

    /** Whether some lot already has this trace code (a SHA-256 prefix collision; practically never). */
    boolean traceCodeTaken(final String traceCode) {
        return traceCodesThisTx.contains(traceCode) || state.exists(FoodKeys.lotByTraceCode(traceCode));
    }

    /**
     * Stores a new lot with its indexes; its key may from now on only change with its holder's endorsement. The
     * caller has read the lot's key and found it absent ({@link #exists}): events rely on it ({@link #createdHere}).
     */
    void create(final Lot lot) {
        final String key = FoodKeys.lot(lot.lotId());
        state.put(key, lot);
        state.index(FoodKeys.LOT_BY_HOLDER, lot.holderMspId(), lot.lotId());
        state.index(FoodKeys.LOT_BY_PRODUCT, lot.productCode(), lot.lotId());
        state.index(FoodKeys.LOT_BY_STATUS, lot.status().name(), lot.lotId());
        state.stub().putState(FoodKeys.registered(lot.registeredAt(), lot.lotId()), INDEX_MARKER);
        state.put(FoodKeys.lotByTraceCode(lot.traceCode()), lot.lotId());
        for (final String parent : lot.parentLotIds()) {
            state.index(FoodKeys.CHILDREN, lineageOf(parent), parent, lot.lotId());
            state.index(FoodKeys.PARENTS, lot.lotId(), parent);
        }
        state.requireEndorsement(key, lot.holderMspId());
        read.put(lot.lotId(), new Stored(lot, null));
        traceCodesThisTx.add(lot.traceCode());
        createdThisTx.add(lot.lotId());
    }

    /** Whether this transaction created the lot: it was absent from the ledger when the transaction read it. */
    boolean createdHere(final String lotId) {
        return createdThisTx.contains(lotId);
    }

    /**
     * Stores a custody change. {@code after} is the effective view with the writer's changes; what the view took
     * from the regulation (a hold or recall status, its reason, the recall id) is not the custody record's and is put
     * back as the custody record had it. A writer changes the custody status by setting a custody status (ACTIVE,
     * IN_TRANSIT, CONSUMED).
     */
    void update(final Lot before, final Lot after) {
        final Stored stored = requireStored(before.lotId());
        final Lot custodyBefore = stored.custody();
        final LotStatus status = isRegulatory(after.status()) ? custodyBefore.status() : after.status();
        final Lot custody = after.toBuilder().status(status).statusReason(custodyBefore.statusReason())
                .statusBeforeHold(custodyBefore.statusBeforeHold()).recallId(custodyBefore.recallId()).build();
        state.put(FoodKeys.lot(custody.lotId()), custody);
        if (!custodyBefore.holderMspId().equals(custody.holderMspId())) {
            state.unindex(FoodKeys.LOT_BY_HOLDER, custodyBefore.holderMspId(), custody.lotId());
            state.index(FoodKeys.LOT_BY_HOLDER, custody.holderMspId(), custody.lotId());
        }
        moveStatusIndex(custody.lotId(), stored.view().status(),
                LotRegulation.effective(custody, stored.regulation()).status());
        read.put(custody.lotId(), new Stored(custody, stored.regulation()));
    }

    /** The lot's hold or recall, if any. */
    Optional<LotRegulation> regulation(final String lotId) {
        return stored(lotId).map(Stored::regulation);
    }

    /** Holds or recalls a lot: writes its regulation record only, never the custody record its holder guards. */
    void regulate(final LotRegulation regulation) {
        final Stored stored = requireStored(regulation.lotId());
        state.put(FoodKeys.regulation(regulation.lotId()), regulation);
        moveStatusIndex(regulation.lotId(), stored.view().status(), regulation.status());
        read.put(regulation.lotId(), new Stored(stored.custody(), regulation));
    }

    /** Ends a hold: deletes the regulation record. Returns the status the lot has again (its custody status). */
    LotStatus deregulate(final String lotId) {
        final Stored stored = requireStored(lotId);
        state.stub().delState(FoodKeys.regulation(lotId));
        moveStatusIndex(lotId, stored.view().status(), stored.custody().status());
        read.put(lotId, new Stored(stored.custody(), null));
        return stored.custody().status();
    }

    /** Refuses lots that cannot be shipped, transformed, aggregated or sold. */
    static void requireUsable(final String action, final Lot lot) {
        final LotStatus status = lot.status();
        switch (status) {
            case ACTIVE -> {
                return;
            }
            case RECALLED -> throw Refusal.of(FoodError.LOT_RECALLED, "%s: lot %s is recalled (%s)", action,
                    lot.lotId(), lot.recallId());
            case ON_HOLD -> throw Refusal.of(FoodError.LOT_ON_HOLD, "%s: lot %s is on hold", action, lot.lotId());
            case CONSUMED -> throw Refusal.of(FoodError.LOT_CONSUMED, "%s: lot %s is consumed", action, lot.lotId());
            case IN_TRANSIT -> throw Refusal.of(FoodError.LOT_IN_TRANSIT, "%s: lot %s is in transit to %s", action,
                    lot.lotId(), lot.shippedToMspId());
            default -> throw new IllegalStateException("unhandled status " + status);
        }
    }

    /**
     * Refuses lots that are not raw agricultural commodities: FSMA cooling and initial packing apply to lots
     * registered as harvested and never transformed.
     */
    static void requireHarvested(final String action, final Lot lot) {
        if (!lot.parentLotIds().isEmpty() || lot.origin() == null || lot.origin().event() != OriginEvent.HARVESTING) {
            throw Refusal.of(FoodError.LOT_NOT_HARVESTED, "%s: lot %s is not a harvested lot (registered with "
                    + "origin.event HARVESTING and never transformed)", action, lot.lotId());
        }
    }

    /** Whether transformations made lots from {@code lot} ({@link Lot#childLotCount}): else it has no children. */
    static boolean hasChildren(final Lot lot) {
        return lot.childLotCount() != null && lot.childLotCount() > 0;
    }

    /** Children (direct downstream lots), at most {@code limit}, in key order; none read for a lot without. */
    List<String> children(final Lot lot, final int limit) {
        if (!hasChildren(lot)) {
            return List.of();
        }
        return state.scan(FoodKeys.CHILDREN, linksUnder(lot), limit, kv -> state.attributesOf(kv.getKey()).get(2));
    }

    /** The attributes that lead a lot's {@code lineage~child} entries: lineage, lot. */
    static List<String> linksUnder(final Lot lot) {
        return List.of(lot.lineageId(), lot.lotId());
    }

    /**
     * The lineage a lot's trace indexes ({@code lineage~child}, {@code lot~event}, {@code lot~doc}) are filed under:
     * {@link Lot#lineageId}, from the record this transaction read or wrote. An unknown lot is refused.
     */
    private String lineageOf(final String lotId) {
        return require("lotIds", lotId).lineageId();
    }

    /**
     * The family a lot's events and documents are filed under within its lineage: its first parent, or the empty
     * text for a registered lot. Siblings share it, and a trace page of a lineage's leaves reads their entries with a
     * scan per family instead of the lineage's.
     */
    static String familyOf(final Lot lot) {
        return lot.parentLotIds().isEmpty() ? "" : lot.parentLotIds().get(0);
    }

    /** The attributes that lead a lot's {@code lot~event} and {@code lot~doc} entries: lineage, family, lot. */
    static List<String> filedUnder(final Lot lot) {
        return List.of(lot.lineageId(), familyOf(lot), lot.lotId());
    }

    /** Files an event under each of its lots, in record-time order ({@code lot~event}). */
    void indexEvent(final String lotId, final String sortableTime, final String eventId) {
        indexUnder(FoodKeys.LOT_EVENTS, lotId, sortableTime, eventId);
    }

    /** Files a document under a lot ({@code lot~doc}). */
    void indexDocument(final String lotId, final String hash) {
        indexUnder(FoodKeys.LOT_DOCUMENTS, lotId, hash);
    }

    /** An entry of {@code index} for the lot: {@link #filedUnder} the lot, then the entry's own attributes. */
    private void indexUnder(final String index, final String lotId, final String... own) {
        final List<String> attributes = new ArrayList<>(filedUnder(require("lotIds", lotId)));
        attributes.addAll(List.of(own));
        state.index(index, attributes.toArray(String[]::new));
    }

    /** Parents (direct upstream lots), at most {@code limit}, in key order. */
    List<String> parents(final String lotId, final int limit) {
        return state.scan(FoodKeys.PARENTS, List.of(lotId), limit, kv -> state.attributesOf(kv.getKey()).get(1));
    }

    private static boolean isRegulatory(final LotStatus status) {
        return status == LotStatus.ON_HOLD || status == LotStatus.RECALLED;
    }

    /** The status index follows the effective status, whichever record changed it. */
    private void moveStatusIndex(final String lotId, final LotStatus from, final LotStatus to) {
        if (from != to) {
            state.unindex(FoodKeys.LOT_BY_STATUS, from.name(), lotId);
            state.index(FoodKeys.LOT_BY_STATUS, to.name(), lotId);
        }
    }

    private Optional<Stored> stored(final String lotId) {
        final Stored cached = read.get(lotId);
        if (cached != null) {
            return Optional.of(cached);
        }
        // Both records in one exchange with the peer: most transactions on a lot read its effective view.
        final List<byte[]> values = state.getValues(recordKeys(lotId));
        final Optional<Lot> custody = LedgerState.decode(values.get(0), Lot.class);
        if (custody.isEmpty()) {
            return Optional.empty();
        }
        final Stored stored = new Stored(custody.get(),
                LedgerState.decode(values.get(1), LotRegulation.class).orElse(null));
        read.put(lotId, stored);
        return Optional.of(stored);
    }

    private Stored requireStored(final String lotId) {
        return stored(lotId).orElseThrow(() -> new IllegalStateException("lot " + lotId + " was not read first"));
    }
}
