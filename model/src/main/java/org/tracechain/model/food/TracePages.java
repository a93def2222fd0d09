// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A whole lineage from trace pages: each page holds at most {@code pageLots} lots and the frontier where it stopped;
 * the frontier lots not yet asked for become the start lots of later pages. Pages overlap where the lineage is a
 * DAG, so lots, edges, events, documents, and the sites and parties they name are merged by identity, first seen
 * first. The SDK merges the chaincode's pages this way and the query store its own, so both give the same bytes.
 *
 * <p>Why pages: one call returns at most ten thousand lots, and such a call takes seconds (8 s with events on a quiet
 * 2-core machine, within the peer's 30 s bounds on an evaluate), while a page of a thousand lots takes under a second
 * and a whole lineage in pages about as long as one call.
 *
 * <pre>{@code
 * TraceResult all = TracePages.merge((starts, maxLots) -> traceForward(starts, maxLots), "LOT-1", 1_000);
 * }</pre>
 */
public final class TracePages {

    /** Start lots per page: keeps the chaincode's JSON argument far below its 256 KiB limit. */
    public static final int MAX_START_LOTS = 1_000;

    /**
     * One page of a trace: the chaincode's trace with these start lots and {@code maxLots}.
     *
     * @param <E> what asking for a page may throw
     */
    @FunctionalInterface
    public interface PageSource<E extends Exception> {
        TraceResult page(List<String> startLotIds, int maxLots) throws E;
    }

    private TracePages() {
    }

    /**
     * Asks {@code source} for pages from {@code lotId} until no frontier is left, and merges them.
     *
     * @param source the pages
     * @param lotId where the trace starts
     * @param pageLots lots per page (positive)
     * @param <E> what asking for a page may throw
     * @return the merged trace: not truncated, no frontier, start lots {@code [lotId]}
     * @throws E when a page cannot be had
     */
    public static <E extends Exception> TraceResult merge(final PageSource<E> source, final String lotId,
            final int pageLots) throws E {
        if (pageLots < 1) {
            throw new IllegalArgumentException("pageLots must be positive");
        }
        final Map<String, Lot> lots = new LinkedHashMap<>();
        final Set<TraceResult.Edge> edges = new LinkedHashSet<>();
        final Map<String, TrackingEvent> events = new LinkedHashMap<>();
        final Map<String, DocumentRecord> documents = new LinkedHashMap<>();
        // The master data each page names (FSMA location descriptions, EPCIS GLNs come from it).
        final Map<String, SiteRecord> sites = new LinkedHashMap<>();
        final Map<String, PartyRecord> parties = new LinkedHashMap<>();
        // "Not yet asked for", not "not yet seen": a lot cut off by the depth limit is returned but not expanded.
        final Set<String> requested = new HashSet<>(List.of(lotId));
        final ArrayDeque<String> pending = new ArrayDeque<>(List.of(lotId));
        // No more start lots than the page holds: the chaincode hands surplus start lots back in the frontier,
        // where they would look already asked for.
        final int startsPerPage = Math.min(MAX_START_LOTS, pageLots);
        String direction = null;
        while (!pending.isEmpty()) {
            final List<String> starts = new ArrayList<>();
            while (!pending.isEmpty() && starts.size() < startsPerPage) {
                starts.add(pending.poll());
            }
            final TraceResult page = source.page(starts, pageLots);
            direction = page.direction();
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
        return new TraceResult(direction, List.of(lotId), List.copyOf(lots.values()), List.copyOf(edges),
                List.copyOf(events.values()), List.copyOf(documents.values()), false, List.of(),
                List.copyOf(sites.values()), List.copyOf(parties.values()));
    }
}
