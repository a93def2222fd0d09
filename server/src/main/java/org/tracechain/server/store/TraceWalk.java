// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.LineageWalk;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.MasterDataReferences;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TracePages;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * The trace the HTTP API answers, computed over a {@link Lineage} loaded from the store: step for step what the SDK's
 * paged trace (pages of at most {@code pageLots} lots merged by {@link TracePages}, as here) gets from the
 * chaincode's {@code TraceService} (a breadth-first walk per page with the chaincode's
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
        return TracePages.merge(new TraceWalk(lineage, back)::page, lotId, pageLots);
    }

    /** One evaluate of the chaincode's trace with {@code startLotIds = starts}, {@code maxLots = maxLots}. */
    private TraceResult page(final List<String> starts, final int maxLots) {
        final LineageWalk.Page walked = LineageWalk.walk(new LineageWalk.Graph() {
            @Override
            public Optional<Lot> lot(final String lotId) {
                return Optional.ofNullable(lineage.lots().get(lotId));
            }

            @Override
            public List<String> next(final String lotId, final int limit) {
                final List<String> next = lineage.next().getOrDefault(lotId, List.of());
                return next.size() > limit ? next.subList(0, limit) : next;
            }
        }, back, starts, maxLots, DEFAULT_DEPTH, PER_LOT_MAX);
        final List<Lot> lots = walked.lots();
        final List<TrackingEvent> events = new ArrayList<>();
        final List<DocumentRecord> documents = new ArrayList<>();
        eventsAndDocuments(lots, events, documents);
        final MasterDataReferences named = MasterDataReferences.of(lots, events);
        final List<SiteRecord> sites = named.siteIds().stream()
                .map(id -> Optional.ofNullable(lineage.sites().get(id))).flatMap(Optional::stream).toList();
        final List<PartyRecord> parties = named.mspIds().stream()
                .map(id -> Optional.ofNullable(lineage.parties().get(id))).flatMap(Optional::stream).toList();
        return new TraceResult(direction(), starts, lots, walked.edges(), events, documents, walked.truncated(),
                walked.frontier(), sites, parties);
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
