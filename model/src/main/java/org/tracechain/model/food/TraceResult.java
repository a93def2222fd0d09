// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * A lineage graph returned by {@code TraceBack} / {@code TraceForward}.
 *
 * <p>When {@code truncated}, {@code frontier} lists lots whose further lineage is missing: lots at the depth
 * limit (returned, not expanded) and lots not returned because of the lot limit. Call again with
 * {@code startLotIds = frontier} (in chunks of at most 10,000; start lots beyond {@code maxLots} come back in
 * the frontier untouched). Pages may overlap (lineage is a DAG); merge them by id.
 *
 * @param direction {@code BACK} (ancestors) or {@code FORWARD} (descendants)
 * @param startLotIds where the walk started
 * @param lots the lots reached, in breadth-first order (the start lots first)
 * @param edges parent → child links among and out of the lots reached
 * @param events events of the lots reached (by record time, then id)
 * @param documents documents referenced by those events or linked to those lots (by hash)
 * @param truncated whether the depth or lot limit cut the walk short
 * @param frontier lots to continue from when truncated
 * @param sites the registered sites those events and lots name (by id): their location descriptions
 * @param parties the trading parties of those events and lots (by MSP id): their registered identifiers
 */
public record TraceResult(String direction, List<String> startLotIds, List<Lot> lots, List<Edge> edges,
        List<TrackingEvent> events, List<DocumentRecord> documents, boolean truncated, List<String> frontier,
        List<SiteRecord> sites, List<PartyRecord> parties) {
    public TraceResult {
        startLotIds = List.copyOf(startLotIds);
        lots = List.copyOf(lots);
        edges = List.copyOf(edges);
        events = List.copyOf(events);
        documents = List.copyOf(documents);
        frontier = List.copyOf(frontier);
        sites = sites == null ? List.of() : List.copyOf(sites);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** A trace without master data (sites and parties). */
    public TraceResult(final String direction, final List<String> startLotIds, final List<Lot> lots,
            final List<Edge> edges, final List<TrackingEvent> events, final List<DocumentRecord> documents,
            final boolean truncated, final List<String> frontier) {
        this(direction, startLotIds, lots, edges, events, documents, truncated, frontier, null, null);
    }

    /**
     * A lineage link: {@code child} was made from {@code parent}.
     *
     * @param parent input lot
     * @param child output lot
     */
    public record Edge(String parent, String child) {}
}
