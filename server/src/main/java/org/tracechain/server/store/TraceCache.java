// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TrackingEvent;

/**
 * What one store keeps between traces: the lots' effective views and the events, each by the exact version of its
 * rows (see {@link DecodedCache}). Bounded by count: a lot record is about half a kilobyte of JSON, while a TRANSFORM
 * event naming a hundred lots is several kilobytes, hence fewer events.
 *
 * @param lots effective lot views by lot id
 * @param events event records by ledger event id
 */
record TraceCache(DecodedCache<LotVersion, Lot> lots, DecodedCache<EventVersion, TrackingEvent> events) {

    static final int MAX_LOTS = 100_000;
    static final int MAX_EVENTS = 20_000;

    /** Empty caches of the default capacities. */
    static TraceCache create() {
        return new TraceCache(new DecodedCache<>(MAX_LOTS), new DecodedCache<>(MAX_EVENTS));
    }
}
