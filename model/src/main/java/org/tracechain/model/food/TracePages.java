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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A whole lineage from trace pages: each page holds at most {@code pageLots} lots and the frontier where it stopped;
 * the frontier lots not yet asked for become the start lots of later pages. Pages overlap where the lineage is a
 * DAG, so lots, edges, events, documents, and the sites and parties they name are merged by identity, first seen
 * first. The SDK merges the chaincode's pages this way and the query store its own, so both give the same bytes.
 *
 * <p>Why pages: one call returns at most ten thousand lots (about 0.9 s and 11.5 MB with events on a quiet 2-core
 * machine, well within the peer's 30 s bound on an evaluate); a lineage may be larger, a page's answer stays about a
 * megabyte, and a whole 10,000-lot lineage in pages of a thousand, three asked for at a time, takes a tenth less than
 * one call.
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
        return merge(source, lotId, pageLots, Runnable::run, 1);
    }

    /**
     * As {@link #merge(PageSource, String, int)}, asking for up to {@code pagesAtOnce} pages at a time: the first on
     * the calling thread, the others on {@code executor}. Only pages whose start lots are settled go together (full
     * pages from the queue of lots not yet asked for; a last, partial page waits for the frontiers of the pages
     * before it), and their answers are merged in the order they were asked for, so the pages asked for and the
     * merged trace are exactly those of the sequential merge. It returns or throws only once every page it asked
     * for has answered; the first failure, in page order, is the one thrown.
     *
     * @param source the pages; called from several threads at once when {@code pagesAtOnce > 1}
     * @param lotId where the trace starts
     * @param pageLots lots per page (positive)
     * @param executor runs all but the first page of each round
     * @param pagesAtOnce pages asked for at a time (positive)
     * @param <E> what asking for a page may throw
     * @return the merged trace: not truncated, no frontier, start lots {@code [lotId]}
     * @throws E when a page cannot be had
     */
    public static <E extends Exception> TraceResult merge(final PageSource<E> source, final String lotId,
            final int pageLots, final Executor executor, final int pagesAtOnce) throws E {
        if (pageLots < 1) {
            throw new IllegalArgumentException("pageLots must be positive");
        }
        if (pagesAtOnce < 1) {
            throw new IllegalArgumentException("pagesAtOnce must be positive");
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
            final List<List<String>> round = new ArrayList<>();
            // A page after the first of a round takes its starts only from a full page's worth in the queue: asked
            // one after another, it would take the same lots, the earlier pages' frontiers joining the queue behind.
            while (!pending.isEmpty() && round.size() < pagesAtOnce
                    && (round.isEmpty() || pending.size() >= startsPerPage)) {
                final List<String> starts = new ArrayList<>();
                while (!pending.isEmpty() && starts.size() < startsPerPage) {
                    starts.add(pending.poll());
                }
                round.add(starts);
            }
            for (final TraceResult page : pages(source, round, pageLots, executor)) {
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
        }
        return new TraceResult(direction, List.of(lotId), List.copyOf(lots.values()), List.copyOf(edges),
                List.copyOf(events.values()), List.copyOf(documents.values()), false, List.of(),
                List.copyOf(sites.values()), List.copyOf(parties.values()));
    }

    /** The round's pages, in order: the first asked for here, the others on the executor meanwhile. */
    private static <E extends Exception> List<TraceResult> pages(final PageSource<E> source,
            final List<List<String>> round, final int pageLots, final Executor executor) throws E {
        final List<CompletableFuture<TraceResult>> others = new ArrayList<>();
        for (final List<String> starts : round.subList(1, round.size())) {
            others.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return source.page(starts, pageLots);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }, executor));
        }
        TraceResult first = null;
        Throwable failure = null;
        try {
            first = source.page(round.get(0), pageLots);
        } catch (Exception | Error e) {
            failure = e;
        }
        final List<TraceResult> pages = new ArrayList<>();
        pages.add(first);
        for (final CompletableFuture<TraceResult> other : others) {
            try {
                pages.add(other.join());
            } catch (CompletionException e) {
                failure = failure == null ? e.getCause() : failure;
            }
        }
        if (failure != null) {
            throw TracePages.<E>rethrown(failure);
        }
        return pages;
    }

    /** A page's own failure as it was thrown: {@code E}, unchecked, or an error (all that {@code page} throws). */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrown(final Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return (E) failure;
    }
}
