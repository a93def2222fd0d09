// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.MasterDataReferences;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * The trace the HTTP API answers, computed over a {@link Lineage} loaded from the store: step for step what the SDK's
 * paged trace ({@code TracePager}: pages of at most {@code pageLots} lots from at most 1,000 start lots, merged by
 * identity) gets from the chaincode's {@code TraceService} (a breadth-first walk per page with the chaincode's
 * default depth limit, events by record time then id, documents by hash, master data by id). The result is not
 * merely the same lineage: lots, edges, events, documents, sites and parties come in the same order, because the
 * answer must be byte-identical to the chaincode's (a trace is evidence; "exact, or refused").
 *
 * <p>Why replay the paging rather than one walk: the merged order of a paged trace (each page's events sorted
 * within the page, appended after the earlier pages') is what the API has always returned.
 */
final class TraceWalk {

    /** The chaincode's default {@code maxDepth} ({@code TraceService.DEFAULT_DEPTH}); the pager never sets one. */
    static final int DEFAULT_DEPTH = 100;
    /**
     * Neighbours, events and documents the chaincode reads per lot ({@code TraceService.PER_LOT_MAX}). A lineage
     * with a lot beyond this is not answered by the store (see {@link LineageReader}).
     */
    static final int PER_LOT_MAX = 10_000;
    /** Start lots per page ({@code TracePager.MAX_START_LOTS}). */
    static final int MAX_START_LOTS = 1_000;

    private final Lineage lineage;
    private final boolean back;

    private TraceWalk(final Lineage lineage, final boolean back) {
        this.lineage = lineage;
        this.back = back;
    }

    /**
     * The whole lineage of {@code lotId} as {@code traceBackAll(lotId, pageLots)} / {@code traceForwardAll} return it.
     *
     * @param lineage everything reachable from {@code lotId} in the direction, with {@code lotId} itself
     * @param lotId the lot traced
     * @param back ancestors (true) or descendants
     * @param pageLots lots per page (the chaincode's {@code maxLots}, 1..10,000)
     * @return the merged trace
     */
    static TraceResult all(final Lineage lineage, final String lotId, final boolean back, final int pageLots) {
        if (pageLots < 1 || pageLots > 10_000) {
            throw new IllegalArgumentException("pageLots must be 1..10000");
        }
        return new TraceWalk(lineage, back).merge(lotId, pageLots);
    }

    private TraceResult merge(final String lotId, final int pageLots) {
        final Map<String, Lot> lots = new LinkedHashMap<>();
        final Set<TraceResult.Edge> edges = new LinkedHashSet<>();
        final Map<String, TrackingEvent> events = new LinkedHashMap<>();
        final Map<String, DocumentRecord> documents = new LinkedHashMap<>();
        final Map<String, SiteRecord> sites = new LinkedHashMap<>();
        final Map<String, PartyRecord> parties = new LinkedHashMap<>();
        final Set<String> requested = new HashSet<>(List.of(lotId));
        final ArrayDeque<String> pending = new ArrayDeque<>(List.of(lotId));
        final int startsPerPage = Math.min(MAX_START_LOTS, pageLots);
        while (!pending.isEmpty()) {
            final List<String> starts = new ArrayList<>();
            while (!pending.isEmpty() && starts.size() < startsPerPage) {
                starts.add(pending.poll());
            }
            final TraceResult page = page(starts, pageLots);
            page.lots().forEach(lot -> lots.putIfAbsent(lot.lotId(), lot));
            edges.addAll(page.edges());
            page.events().forEach(event -> events.putIfAbsent(event.eventId(), event));
            page.documents().forEach(document -> documents.putIfAbsent(document.hash(), document));
            page.sites().forEach(site -> sites.putIfAbsent(site.siteId(), site));
            page.parties().forEach(party -> parties.putIfAbsent(party.mspId(), party));
            if (page.truncated()) {
                page.frontier().stream().filter(requested::add).forEach(pending::add);
            }
        }
        return new TraceResult(direction(), List.of(lotId), List.copyOf(lots.values()), List.copyOf(edges),
                List.copyOf(events.values()), List.copyOf(documents.values()), false, List.of(),
                List.copyOf(sites.values()), List.copyOf(parties.values()));
    }

    /** One evaluate of the chaincode's trace with {@code startLotIds = starts}, {@code maxLots = maxLots}. */
    private TraceResult page(final List<String> starts, final int maxLots) {
        final Set<String> visited = new HashSet<>();
        final ArrayDeque<String> queue = new ArrayDeque<>();
        final Map<String, Integer> depth = new HashMap<>();
        final LinkedHashSet<String> frontier = new LinkedHashSet<>();
        boolean truncated = false;
        for (final String start : starts) {
            if (visited.size() >= maxLots) {
                truncated = true;
                frontier.add(start);
                continue;
            }
            visited.add(start);
            queue.add(start);
            depth.put(start, 0);
        }
        final List<Lot> lots = new ArrayList<>();
        final List<TraceResult.Edge> edges = new ArrayList<>();
        while (!queue.isEmpty()) {
            final String lotId = queue.poll();
            final Lot lot = lineage.lots().get(lotId);
            if (lot == null) {
                continue;   // as the chaincode: an index entry without its lot is skipped
            }
            lots.add(lot);
            final int level = depth.get(lotId);
            final List<String> next = lineage.next().getOrDefault(lotId, List.of());
            if (level >= DEFAULT_DEPTH) {
                if (!next.isEmpty()) {
                    truncated = true;
                    frontier.add(lotId);
                }
                continue;
            }
            for (final String neighbour : next) {
                edges.add(back ? new TraceResult.Edge(neighbour, lotId) : new TraceResult.Edge(lotId, neighbour));
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
        eventsAndDocuments(lots, events, documents);
        final MasterDataReferences named = MasterDataReferences.of(lots, events);
        final List<SiteRecord> sites = named.siteIds().stream()
                .map(id -> Optional.ofNullable(lineage.sites().get(id))).flatMap(Optional::stream).toList();
        final List<PartyRecord> parties = named.mspIds().stream()
                .map(id -> Optional.ofNullable(lineage.parties().get(id))).flatMap(Optional::stream).toList();
        return new TraceResult(direction(), starts, lots, edges, events, documents, truncated, List.copyOf(frontier),
                sites, parties);
    }

    private void eventsAndDocuments(final List<Lot> lots, final List<TrackingEvent> events,
            final List<DocumentRecord> documents) {
        final Map<String, TrackingEvent> byId = new HashMap<>();
        final TreeSet<String> hashes = new TreeSet<>();
        for (final Lot lot : lots) {
            for (final String eventId : lineage.lotEvents().getOrDefault(lot.lotId(), List.of())) {
                if (!byId.containsKey(eventId)) {
                    final TrackingEvent event = lineage.events().get(eventId);
                    if (event != null) {
                        byId.put(eventId, event);
                        hashes.addAll(event.body().documentHashes());
                    }
                }
            }
            hashes.addAll(lineage.lotDocuments().getOrDefault(lot.lotId(), List.of()));
        }
        byId.values().stream()
                .sorted(Comparator.comparing(TrackingEvent::recordTime).thenComparing(TrackingEvent::eventId))
                .forEach(events::add);
        for (final String hash : hashes) {
            final DocumentRecord document = lineage.documents().get(hash);
            if (document != null) {
                documents.add(document);
            }
        }
    }

    private String direction() {
        return back ? "BACK" : "FORWARD";
    }
}
