// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records already decoded by earlier traces, by id and by the exact version of the rows they were decoded from:
 * decoding ten thousand lot records, or a hundred large TRANSFORM events, is most of a large trace's work, and a
 * lineage's records rarely change between two traces. A version names the Fabric transaction that wrote each record
 * (a transaction writes a key at most once, and transaction ids are unique), with the records' lengths as a second
 * check, so an entry is used only for the very rows it was decoded from. Bounded: past its capacity it starts over.
 *
 * <p>Thread-safe.
 *
 * @param <V> the version of the rows a value is decoded from
 * @param <T> the decoded value
 */
final class DecodedCache<V extends DecodedCache.Version, T> {

    /** Which rows a value was decoded from. */
    interface Version {
        /** Whether this version identifies its rows exactly (rows projected before V2 name no transaction). */
        boolean exact();
    }

    private record Entry<V, T>(V version, T value) {}

    private final int capacity;
    private final Map<String, Entry<V, T>> entries = new ConcurrentHashMap<>();

    /** @param capacity entries held before the cache starts over */
    DecodedCache(final int capacity) {
        this.capacity = capacity;
    }

    /** The value decoded from exactly these rows, or null. */
    T get(final String id, final V version) {
        final Entry<V, T> entry = entries.get(id);
        return entry != null && version.exact() && entry.version().equals(version) ? entry.value() : null;
    }

    void put(final String id, final V version, final T value) {
        if (!version.exact()) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(id, new Entry<>(version, value));
    }
}
