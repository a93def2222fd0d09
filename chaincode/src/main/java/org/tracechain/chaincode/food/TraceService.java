// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * Trace back (ancestors) and forward (descendants) as one evaluate call: a breadth-first walk over the
 * {@code lineage~parent} / {@code lineage~child} indexes with a visited set, collecting each lot's events
 * ({@code lot~event}) and documents ({@code lot~doc} plus hashes the events cite). No history calls, no
 * full scans: each lot costs one read and a few bounded prefix scans, so 10,000 lots fit one call.
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

        final Set<String> visited = new HashSet<>();
        final ArrayDeque<String> queue = new ArrayDeque<>();
        final Map<String, Integer> depth = new HashMap<>();
        final LinkedHashSet<String> frontier = new LinkedHashSet<>();
        boolean truncated = false;
        for (final String start : starts) {
            if (visited.size() >= maxLots) {
                // More start lots than this call may return: hand the rest back untouched.
                truncated = true;
                frontier.add(start);
                continue;
            }
            tx.lots.require("startLotIds", start);
            visited.add(start);
            queue.add(start);
            depth.put(start, 0);
        }
        final List<Lot> lots = new ArrayList<>();
        final List<TraceResult.Edge> edges = new ArrayList<>();
        while (!queue.isEmpty()) {
            final String lotId = queue.poll();
            final Lot lot = tx.lots.find(lotId).orElse(null);
            if (lot == null) {
                continue; // an index entry without its lot cannot happen through this chaincode; skip defensively
            }
            lots.add(lot);
            final int level = depth.get(lotId);
            if (level >= maxDepth) {
                if (!neighbours(direction, lotId, 1).isEmpty()) {
                    truncated = true;
                    frontier.add(lotId);
                }
                continue;
            }
            final List<String> next = neighbours(direction, lotId, PER_LOT_MAX + 1);
            if (next.size() > PER_LOT_MAX) {
                truncated = true;
                frontier.add(lotId);
            }
            for (final String neighbour : next.subList(0, Math.min(next.size(), PER_LOT_MAX))) {
                edges.add(direction == Direction.FORWARD ? new TraceResult.Edge(lotId, neighbour)
                        : new TraceResult.Edge(neighbour, lotId));
                if (visited.contains(neighbour)) {
                    continue;
                }
                if (visited.size() >= maxLots) {
                    truncated = true;
                    frontier.add(neighbour);
                    continue;
                }
                visited.add(neighbour);
                depth.put(neighbour, level + 1);
                queue.add(neighbour);
            }
        }
        final List<TrackingEvent> events = new ArrayList<>();
        final List<DocumentRecord> documents = new ArrayList<>();
        if (includeEvents) {
            collectEventsAndDocuments(lots, events, documents);
        }
        final MasterData master = MasterData.of(tx.sites, lots, events);
        return new TraceResult(direction.name(), starts, lots, edges, events, documents, truncated,
                List.copyOf(frontier), master.sites(), master.parties());
    }

    private List<String> neighbours(final Direction direction, final String lotId, final int limit) {
        return direction == Direction.FORWARD ? tx.lots.children(lotId, limit) : tx.lots.parents(lotId, limit);
    }

    private void collectEventsAndDocuments(final List<Lot> lots, final List<TrackingEvent> events,
            final List<DocumentRecord> documents) {
        final Map<String, TrackingEvent> byId = new HashMap<>();
        final TreeMap<String, Boolean> hashes = new TreeMap<>();
        for (final Lot lot : lots) {
            final List<String> eventIds = tx.state.scan(FoodKeys.LOT_EVENTS, List.of(lot.lotId()), PER_LOT_MAX,
                    kv -> tx.state.attributesOf(kv.getKey()).get(2));
            for (final String eventId : eventIds) {
                if (!byId.containsKey(eventId)) {
                    tx.events.find(eventId).ifPresent(e -> {
                        byId.put(eventId, e);
                        e.body().documentHashes().forEach(h -> hashes.put(h, true));
                    });
                }
            }
            tx.state.scan(FoodKeys.LOT_DOCUMENTS, List.of(lot.lotId()), PER_LOT_MAX,
                    kv -> tx.state.attributesOf(kv.getKey()).get(1)).forEach(h -> hashes.put(h, true));
        }
        byId.values().stream()
                .sorted(Comparator.comparing(TrackingEvent::recordTime).thenComparing(TrackingEvent::eventId))
                .forEach(events::add);
        for (final String hash : hashes.keySet()) {
            tx.state.get(FoodKeys.document(hash), DocumentRecord.class).ifPresent(documents::add);
        }
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
