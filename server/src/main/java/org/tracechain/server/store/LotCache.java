// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tracechain.model.food.Lot;

/**
 * Lots already decoded by earlier traces, by the version of their records: decoding ten thousand lot records is most
 * of a large trace's cost, and a lineage's lots rarely change between two traces. A version is the Fabric
 * transaction that wrote the custody record and the one that wrote the regulation (a transaction writes a key at
 * most once, and transaction ids are unique), with the records' lengths as a second check, so an entry is used only
 * for the very records it was decoded from. Bounded: past {@value #MAX_LOTS} entries it starts over.
 *
 * <p>Thread-safe.
 */
final class LotCache {

    static final int MAX_LOTS = 100_000;

    /**
     * Which records a lot's view was made from.
     *
     * @param lotTx the transaction that wrote the custody record (null: projected before V2, not cached)
     * @param lotLength the custody record's length in bytes
     * @param regulationTx the transaction that wrote the regulation, or null without one
     * @param regulationLength the regulation's length in bytes, or -1 without one
     */
    record Version(String lotTx, int lotLength, String regulationTx, int regulationLength) {
        boolean cacheable() {
            return lotTx != null && (regulationLength < 0 || regulationTx != null);
        }
    }

    private record Entry(Version version, Lot lot) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The lot decoded from exactly these records, or null. */
    Lot get(final String lotId, final Version version) {
        final Entry entry = entries.get(lotId);
        return entry != null && version.cacheable() && entry.version().equals(version) ? entry.lot() : null;
    }

    void put(final Lot lot, final Version version) {
        if (!version.cacheable()) {
            return;
        }
        if (entries.size() >= MAX_LOTS) {
            entries.clear();
        }
        entries.put(lot.lotId(), new Entry(version, lot));
    }
}
