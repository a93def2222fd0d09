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
 * One of the trace indexes filed under lineages, read for the many lots of one trace: {@code lineage~child}
 * (attributes {@code lineageId, lotId}, then the child) or {@code lot~event} / {@code lot~doc} (attributes
 * {@code lineageId, family, lotId}, then the entry's own; the family is the lot's first parent, see
 * {@link LotStore#familyOf}).
 *
 * <p>Each range scan is a round trip to the peer (a hundred entries at a time), so a scan per lot made a
 * 10,000-lot trace take seconds. When many of a trace's lots share a lineage, the lineage is read whole, with one
 * prefix scan, and answered from memory; when they are the children of a few lots (a page of a large lineage's
 * leaves), each family is read with a scan of its own; a lot whose lineage the trace touches only a few times is
 * read alone. A shared scan stops after {@link #ENTRIES_PER_LOT} entries per lot that asks, so a few lots of a very
 * large lineage or family never cost much more than their own scans: the scan is abandoned and the lots are read
 * alone (and tried together again only when four times as many lots ask). Either way a lot's entries and their
 * order are those of its own prefix scan.
 */
final class LineageIndex {

    /** Lots of one lineage that must ask before it is read in one scan. */
    static final int WHOLE_FROM = 8;
    /** Lots of one family that must ask before it is read in one scan. */
    static final int FAMILY_FROM = 2;
    /** Entries a shared scan may read per lot that asks before it is abandoned. */
    static final int ENTRIES_PER_LOT = 128;
    /** Entries the peer answers a scan with at a time (its handler's batch). */
    static final int BATCH = 100;
    /** Families from which their scans alone cost more round trips than a lineage of 6,400 entries. */
    static final int FAMILIES_FOR_WHOLE = 64;

    private final LedgerState state;
    private final String index;
    private final boolean byFamily;
    /** Prefixes read in one scan: lot id → its entries (the attributes after the lot id), in key order. */
    private final Map<List<String>, Map<String, List<List<String>>>> read = new HashMap<>();
    /** Prefixes whose scan was abandoned, with the entry budget it had. */
    private final Map<List<String>, Integer> abandoned = new HashMap<>();

    private LineageIndex(final LedgerState state, final String index, final boolean byFamily) {
        this.state = state;
        this.index = index;
        this.byFamily = byFamily;
    }

    /** The links index, {@code lineage~child}. */
    static LineageIndex links(final LedgerState state) {
        return new LineageIndex(state, FoodKeys.CHILDREN, false);
    }

    /** An index filed by lineage and family: {@code lot~event} or {@code lot~doc}. */
    static LineageIndex byFamily(final LedgerState state, final String index) {
        return new LineageIndex(state, index, true);
    }

    /**
     * The first {@code limit} entries of {@code lot}, for a walk that asks lot by lot.
     *
     * @param lotsAsking how many lots of the lot's lineage the walk asks about (decides a whole-lineage read)
     */
    List<List<String>> entries(final Lot lot, final int limit, final int lotsAsking) {
        readTogether(List.of(lot.lineageId()), lotsAsking, WHOLE_FROM);
        return entriesOf(lot, limit);
    }

    /** The first {@code limit} entries of each of {@code lots}, by lot id, read with as few scans as it takes. */
    Map<String, List<List<String>>> entries(final List<Lot> lots, final int limit) {
        final Map<String, List<Lot>> byLineage = new LinkedHashMap<>();
        lots.forEach(lot -> byLineage.computeIfAbsent(lot.lineageId(), id -> new ArrayList<>()).add(lot));
        for (final Map.Entry<String, List<Lot>> lineage : byLineage.entrySet()) {
            final Map<String, Integer> families = new LinkedHashMap<>();
            lineage.getValue().forEach(lot -> families.merge(LotStore.familyOf(lot), 1, Integer::sum));
            // A scan per family costs a round trip or more each; the lineage's scan one per 100 entries, at least
            // one per 100 lots asking (every lot has an entry or more) and more when the lineage holds more than
            // these lots. Families win when they are few: a page of the leaves of a large lineage.
            final int lineageAtLeast = (lineage.getValue().size() + BATCH - 1) / BATCH;
            if (!byFamily || families.size() >= FAMILIES_FOR_WHOLE || families.size() > 2 * lineageAtLeast) {
                readTogether(List.of(lineage.getKey()), lineage.getValue().size(), WHOLE_FROM);
            } else {
                families.forEach((family, asking) -> readTogether(List.of(lineage.getKey(), family), asking,
                        FAMILY_FROM));
            }
        }
        final Map<String, List<List<String>>> out = new LinkedHashMap<>();
        lots.forEach(lot -> out.put(lot.lotId(), entriesOf(lot, limit)));
        return out;
    }

    private List<List<String>> entriesOf(final Lot lot, final int limit) {
        Map<String, List<List<String>>> byLot = read.get(List.of(lot.lineageId()));
        if (byLot == null && byFamily) {
            byLot = read.get(List.of(lot.lineageId(), LotStore.familyOf(lot)));
        }
        if (byLot != null) {
            final List<List<String>> entries = byLot.getOrDefault(lot.lotId(), List.of());
            return entries.size() <= limit ? entries : entries.subList(0, limit);
        }
        final List<String> own = byFamily ? LotStore.filedUnder(lot) : LotStore.linksUnder(lot);
        return state.scan(index, own, limit, kv -> {
            final List<String> attributes = state.attributesOf(kv.getKey());
            return attributes.subList(own.size(), attributes.size());
        });
    }

    /** Reads everything under {@code prefix} in one scan if enough lots ask and it was not given up on. */
    private void readTogether(final List<String> prefix, final int lotsAsking, final int enough) {
        if (read.containsKey(prefix) || lotsAsking < enough) {
            return;
        }
        final Integer tried = abandoned.get(prefix);
        if (tried != null && (long) lotsAsking * ENTRIES_PER_LOT < 4L * tried) {
            return;
        }
        final int budget = (int) Math.min(Integer.MAX_VALUE - 1L, (long) lotsAsking * ENTRIES_PER_LOT);
        final List<List<String>> all = state.scan(index, prefix, budget + 1, kv -> state.attributesOf(kv.getKey()));
        if (all.size() > budget) {
            abandoned.put(prefix, budget);
            return;
        }
        final int lotAt = byFamily ? 2 : 1;
        final Map<String, List<List<String>>> byLot = new HashMap<>();
        for (final List<String> attributes : all) {
            byLot.computeIfAbsent(attributes.get(lotAt), id -> new ArrayList<>())
                    .add(attributes.subList(lotAt + 1, attributes.size()));
        }
        read.put(prefix, byLot);
        abandoned.remove(prefix);
    }
}
