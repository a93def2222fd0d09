// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.LineageWalk;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * Trace back (ancestors) and forward (descendants) as one evaluate call: a breadth-first walk over the
 * {@code lineage~parent} / {@code lineage~child} indexes with a visited set, collecting each lot's events
 * ({@code lot~event}) and documents ({@code lot~doc} plus hashes the events cite). No history calls, no
 * full scans: the children, events and documents of the many lots of one lineage are three bounded prefix scans of
 * that lineage ({@link LineageIndex}), a lot alone in its lineage costs three scans of its own (a trace back costs
 * a parents scan per lot), and the lots', events' and documents' records are read up to a thousand keys per exchange
 * with the peer, so 10,000 lots fit one call with a wide margin.
 */
final class TraceService {

    /** Direction of the walk. */
    enum Direction {
        BACK,
        FORWARD
    }

    static final int DEFAULT_DEPTH = 100;
    static final int MAX_DEPTH = 1000;
    static final int DEFAULT_LOTS = 1000;
    static final int MAX_LOTS = 10_000;
    /** Neighbours, events and documents read per lot; lineage beyond this is reported as truncated. */
    static final int PER_LOT_MAX = 10_000;

    private final FoodTx tx;

    TraceService(final FoodTx tx) {
        this.tx = tx;
    }

    TraceResult trace(final Direction direction, final TraceRequest request) {
        final int maxDepth = bounded("maxDepth", request.maxDepth(), DEFAULT_DEPTH, 0, MAX_DEPTH);
        final int maxLots = bounded("maxLots", request.maxLots(), DEFAULT_LOTS, 1, MAX_LOTS);
        final boolean includeEvents = request.includeEvents() == null || request.includeEvents();
        final List<String> starts = startLots(request);

        final LineageIndex children = LineageIndex.links(tx.state);
        final Map<String, Integer> parentsByLineage = new HashMap<>();
        final LineageWalk.Page page = LineageWalk.walk(new LineageWalk.Graph() {
            @Override
            public Optional<Lot> lot(final String lotId) {
                // An index entry without its lot cannot happen through this chaincode; skipped defensively.
                return tx.lots.find(lotId);
            }

            @Override
            public void prefetch(final List<String> lotIds) {
                tx.lots.prefetch(lotIds);
                // The lots that will ask for their children: those that have some.
                lotIds.forEach(id -> tx.lots.find(id).filter(LotStore::hasChildren)
                        .ifPresent(lot -> parentsByLineage.merge(lot.lineageId(), 1, Integer::sum)));
            }

            @Override
            public List<String> next(final String lotId, final int limit) {
                if (direction == Direction.BACK) {
                    return tx.lots.parents(lotId, limit);
                }
                final Lot lot = tx.lots.find(lotId).orElseThrow();
                if (!LotStore.hasChildren(lot)) {
                    return List.of();
                }
                return children.entries(lot, limit, parentsByLineage.getOrDefault(lot.lineageId(), 1)).stream()
                        .map(entry -> entry.get(0)).toList();
            }

            @Override
            public void admitStart(final String lotId) {
                tx.lots.require("startLotIds", lotId);
            }
        }, direction == Direction.BACK, starts, maxLots, maxDepth, PER_LOT_MAX);
        final List<Lot> lots = page.lots();
        final List<TrackingEvent> events = new ArrayList<>();
        final List<DocumentRecord> documents = new ArrayList<>();
        if (includeEvents) {
            collectEventsAndDocuments(lots, events, documents);
        }
        final MasterData master = MasterData.of(tx.sites, lots, events);
        return new TraceResult(direction.name(), starts, lots, page.edges(), events, documents, page.truncated(),
                page.frontier(), master.sites(), master.parties());
    }

    /**
     * The lots' events and documents: their index entries per lot, per family or per lineage, whichever takes fewer
     * scans ({@link LineageIndex}), then the event and document records read many at a time
     * ({@code LedgerState.getAll}, up to a thousand per exchange) rather than one round trip to the peer each.
     */
    private void collectEventsAndDocuments(final List<Lot> lots, final List<TrackingEvent> events,
            final List<DocumentRecord> documents) {
        final LinkedHashSet<String> eventIds = new LinkedHashSet<>();
        final TreeMap<String, Boolean> hashes = new TreeMap<>();
        // lot~event entries: (record time, event id); lot~doc entries: (hash).
        LineageIndex.byFamily(tx.state, FoodKeys.LOT_EVENTS).entries(lots, PER_LOT_MAX).values()
                .forEach(entries -> entries.forEach(entry -> eventIds.add(entry.get(1))));
        LineageIndex.byFamily(tx.state, FoodKeys.LOT_DOCUMENTS).entries(lots, PER_LOT_MAX).values()
                .forEach(entries -> entries.forEach(entry -> hashes.put(entry.get(0), true)));
        final List<TrackingEvent> found = List.copyOf(
                tx.state.getAll(eventIds.stream().map(FoodKeys::event).toList(), TrackingEvent.class).values());
        found.forEach(e -> e.body().documentHashes().forEach(h -> hashes.put(h, true)));
        found.stream().sorted(Comparator.comparing(TrackingEvent::recordTime).thenComparing(TrackingEvent::eventId))
                .forEach(events::add);
        documents.addAll(tx.state.getAll(hashes.keySet().stream().map(FoodKeys::document).toList(),
                DocumentRecord.class).values());
    }

    private List<String> startLots(final TraceRequest request) {
        final boolean hasStarts = request.startLotIds() != null && !request.startLotIds().isEmpty();
        if (hasStarts == (request.lotId() != null)) {
            throw Refusal.of(CommonError.INVALID_FIELD, "give either lotId or startLotIds");
        }
        if (!hasStarts) {
            return List.of(FoodInput.id("lotId", request.lotId()));
        }
        return FoodInput.ids("startLotIds", request.startLotIds(), MAX_LOTS, true);
    }

    private static int bounded(final String field, final Integer value, final int fallback, final int min,
            final int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw Refusal.of(CommonError.INVALID_FIELD, "%s must be %d-%d, was %d", field, min, max, value);
        }
        return value;
    }
}
