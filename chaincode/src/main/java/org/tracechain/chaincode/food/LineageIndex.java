// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.model.food.Lot;

/**
 * One of the trace indexes filed under lineages ({@code lineage~child}, {@code lot~event}, {@code lot~doc}: attributes
 * {@code lineageId, lotId}, then the entry's own), read for the many lots of one trace.
 *
 * <p>Each range scan is a round trip to the peer (a hundred entries at a time), so three scans per lot made a
 * 10,000-lot trace take seconds. When many of a trace's lots share a lineage, the lineage is read whole, with one
 * prefix scan, and answered from memory; a lot whose lineage the trace touches only a few times is read alone, as
 * before. A whole-lineage scan stops after {@link #ENTRIES_PER_LOT} entries per lot that asks, so a few lots of a
 * very large lineage never cost much more than their own scans: the scan is abandoned and the lots are read alone
 * (and tried whole again only when four times as many lots ask). Either way a lot's entries and their order are
 * those of its own prefix scan.
 */
final class LineageIndex {

    /** Lots of one lineage that must ask before the lineage is read whole. */
    static final int WHOLE_FROM = 8;
    /** Entries a whole-lineage scan may read per lot that asks before it is abandoned. */
    static final int ENTRIES_PER_LOT = 128;

    private final LedgerState state;
    private final String index;
    /** Lineages read whole: lot id → its entries (the attributes after lineage and lot), in key order. */
    private final Map<String, Map<String, List<List<String>>>> whole = new HashMap<>();
    /** Lineages whose whole scan was abandoned, with the entry budget it had. */
    private final Map<String, Integer> abandoned = new HashMap<>();

    LineageIndex(final LedgerState state, final String index) {
        this.state = state;
        this.index = index;
    }

    /**
     * The first {@code limit} entries of {@code lot} (each the attributes after lineage and lot id), in key order.
     *
     * @param lotsAsking how many lots of the lot's lineage the trace asks about (decides a whole-lineage read)
     */
    List<List<String>> entries(final Lot lot, final int limit, final int lotsAsking) {
        final String lineage = lot.lineageId();
        Map<String, List<List<String>>> byLot = whole.get(lineage);
        if (byLot == null && worthReadingWhole(lineage, lotsAsking)) {
            byLot = readWhole(lineage, lotsAsking);
        }
        if (byLot != null) {
            final List<List<String>> entries = byLot.getOrDefault(lot.lotId(), List.of());
            return entries.size() <= limit ? entries : entries.subList(0, limit);
        }
        return state.scan(index, List.of(lineage, lot.lotId()), limit, kv -> rest(kv.getKey()));
    }

    private boolean worthReadingWhole(final String lineage, final int lotsAsking) {
        if (lotsAsking < WHOLE_FROM) {
            return false;
        }
        final Integer tried = abandoned.get(lineage);
        return tried == null || (long) lotsAsking * ENTRIES_PER_LOT >= 4L * tried;
    }

    /** The lineage's entries by lot, or null when it holds more than the budget allows. */
    private Map<String, List<List<String>>> readWhole(final String lineage, final int lotsAsking) {
        final int budget = (int) Math.min(Integer.MAX_VALUE - 1L, (long) lotsAsking * ENTRIES_PER_LOT);
        final List<List<String>> all = state.scan(index, List.of(lineage), budget + 1,
                kv -> state.attributesOf(kv.getKey()));
        if (all.size() > budget) {
            abandoned.put(lineage, budget);
            return null;
        }
        final Map<String, List<List<String>>> byLot = new LinkedHashMap<>();
        for (final List<String> attributes : all) {
            byLot.computeIfAbsent(attributes.get(1), id -> new ArrayList<>())
                    .add(attributes.subList(2, attributes.size()));
        }
        whole.put(lineage, byLot);
        abandoned.remove(lineage);
        return byLot;
    }

    private List<String> rest(final String key) {
        final List<String> attributes = state.attributesOf(key);
        return attributes.subList(2, attributes.size());
    }
}
