// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

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
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.SerialItem;

/**
 * Reads and writes lots, keeping their indexes (holder, product, status, registration date, trace code,
 * lineage) and their key-level endorsement policy in step with the record.
 *
 * <p>Fabric does not let a transaction read its own writes. Most transactions write each lot once, but an
 * imported EPCIS document may register a lot and ship it in the same transaction, so the lots, trace codes and
 * serials written here are remembered and read back from memory.
 */
final class LotStore {

    /** Value of simple-key index entries (an empty value would be a delete). */
    private static final byte[] INDEX_MARKER = {0};

    private final LedgerState state;
    private final Map<String, Lot> writtenThisTx = new HashMap<>();
    private final Set<String> traceCodesThisTx = new HashSet<>();
    private final Set<String> serialsThisTx = new HashSet<>();

    LotStore(final LedgerState state) {
        this.state = state;
    }

    Optional<Lot> find(final String lotId) {
        final Lot written = writtenThisTx.get(lotId);
        return written != null ? Optional.of(written) : state.get(FoodKeys.lot(lotId), Lot.class);
    }

    boolean exists(final String lotId) {
        return writtenThisTx.containsKey(lotId) || state.exists(FoodKeys.lot(lotId));
    }

    /** Whether an item serial is registered (or was in this transaction). */
    boolean serialTaken(final String serial) {
        return serialsThisTx.contains(serial) || state.exists(FoodKeys.serial(serial));
    }

    void storeSerial(final SerialItem item) {
        state.put(FoodKeys.serial(item.serial()), item);
        serialsThisTx.add(item.serial());
    }

    /** The lot, or LOT_NOT_FOUND; the id is validated first. */
    Lot require(final String field, final String lotId) {
        FoodInput.id(field, lotId);
        return find(lotId).orElseThrow(() -> Refusal.of(FoodError.LOT_NOT_FOUND, "lot %s does not exist", lotId));
    }

    /** Whether some lot already has this trace code (a SHA-256 prefix collision; practically never). */
    boolean traceCodeTaken(final String traceCode) {
        return traceCodesThisTx.contains(traceCode) || !state.scan(FoodKeys.LOT_BY_TRACE_CODE, List.of(traceCode), 1, kv -> kv.getKey()).isEmpty();
    }

    /** Stores a new lot with its indexes; its key may from now on only change with its holder's endorsement. */
    void create(final Lot lot) {
        final String key = FoodKeys.lot(lot.lotId());
        state.put(key, lot);
        writtenThisTx.put(lot.lotId(), lot);
        traceCodesThisTx.add(lot.traceCode());
        state.index(FoodKeys.LOT_BY_HOLDER, lot.holderMspId(), lot.lotId());
        state.index(FoodKeys.LOT_BY_PRODUCT, lot.productCode(), lot.lotId());
        state.index(FoodKeys.LOT_BY_STATUS, lot.status().name(), lot.lotId());
        state.stub().putState(FoodKeys.registered(lot.registeredAt(), lot.lotId()), INDEX_MARKER);
        state.index(FoodKeys.LOT_BY_TRACE_CODE, lot.traceCode(), lot.lotId());
        for (final String parent : lot.parentLotIds()) {
            state.index(FoodKeys.CHILDREN, parent, lot.lotId());
            state.index(FoodKeys.PARENTS, lot.lotId(), parent);
        }
        state.requireEndorsement(key, lot.holderMspId());
    }

    /** Stores a changed lot, moving its holder and status index entries when those changed. */
    void update(final Lot before, final Lot after) {
        state.put(FoodKeys.lot(after.lotId()), after);
        writtenThisTx.put(after.lotId(), after);
        if (!before.holderMspId().equals(after.holderMspId())) {
            state.unindex(FoodKeys.LOT_BY_HOLDER, before.holderMspId(), before.lotId());
            state.index(FoodKeys.LOT_BY_HOLDER, after.holderMspId(), after.lotId());
        }
        if (before.status() != after.status()) {
            state.unindex(FoodKeys.LOT_BY_STATUS, before.status().name(), before.lotId());
            state.index(FoodKeys.LOT_BY_STATUS, after.status().name(), after.lotId());
        }
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

    /** Children (direct downstream lots), at most {@code limit}, in key order. */
    List<String> children(final String lotId, final int limit) {
        return state.scan(FoodKeys.CHILDREN, List.of(lotId), limit, kv -> state.attributesOf(kv.getKey()).get(1));
    }

    /** Parents (direct upstream lots), at most {@code limit}, in key order. */
    List<String> parents(final String lotId, final int limit) {
        return state.scan(FoodKeys.PARENTS, List.of(lotId), limit, kv -> state.attributesOf(kv.getKey()).get(1));
    }
}
