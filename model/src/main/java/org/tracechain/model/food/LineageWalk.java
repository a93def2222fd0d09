// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One page of a trace's walk: breadth first from the start lots over a lineage's links, with a visited set, a depth
 * limit, a limit on lots and one on links read per lot; where a limit stops it, the page is truncated and names its
 * frontier. The chaincode walks its ledger indexes with it and the query store its projected links, so the lots and
 * edges of a page, and their order, are the same from both.
 *
 * <pre>{@code
 * LineageWalk.Page page = LineageWalk.walk(graph, false, List.of("LOT-1"), 1_000, 100, 10_000);
 * }</pre>
 */
public final class LineageWalk {

    /** The lineage the walk reads: lots by id and each lot's next lots in the walk's direction. */
    public interface Graph {
        /** The lot, or empty when an index names a lot without a record (skipped, as the chaincode does). */
        Optional<Lot> lot(String lotId);

        /** The first {@code limit} next lots of {@code lotId} in the walk's direction, in index order. */
        List<String> next(String lotId, int limit);

        /**
         * Announces lots the walk will ask {@link #lot} for next, in that order, so the graph can read them
         * together (the chaincode reads many ledger keys in one exchange with its peer). Each lot is announced once.
         */
        default void prefetch(final List<String> lotIds) {
        }

        /** Called for each start lot the page takes (not for those handed back); may refuse an unknown one. */
        default void admitStart(final String lotId) {
        }
    }

    /**
     * The lots and edges of one page.
     *
     * @param lots lots in the order they were reached
     * @param edges parent → child links in the order they were followed
     * @param truncated whether a limit stopped the walk
     * @param frontier where it stopped: lots to start a later page from
     */
    public record Page(List<Lot> lots, List<TraceResult.Edge> edges, boolean truncated, List<String> frontier) {
    }

    /** Lots announced to {@link Graph#prefetch} at a time: a peer's multi-key read takes up to 1,000 keys. */
    static final int PREFETCH = 1000;

    private LineageWalk() {
    }

    /**
     * Walks one page.
     *
     * @param graph the lineage
     * @param back true for ancestors (edges point from the next lot to this one), false for descendants
     * @param starts the start lots
     * @param maxLots lots this page may hold
     * @param maxDepth levels below a start lot this page expands
     * @param perLotMax next lots read per lot; a lot with more is put in the frontier
     * @return the page
     */
    public static Page walk(final Graph graph, final boolean back, final List<String> starts, final int maxLots,
            final int maxDepth, final int perLotMax) {
        final Set<String> visited = new HashSet<>();
        final ArrayDeque<String> queue = new ArrayDeque<>();
        final Map<String, Integer> depth = new HashMap<>();
        final LinkedHashSet<String> frontier = new LinkedHashSet<>();
        boolean truncated = false;
        final Set<String> announced = new HashSet<>();
        final List<String> admitted = starts.stream().distinct().limit(maxLots).toList();
        for (int from = 0; from < admitted.size(); from += PREFETCH) {
            final List<String> chunk = admitted.subList(from, Math.min(admitted.size(), from + PREFETCH));
            announced.addAll(chunk);
            graph.prefetch(List.copyOf(chunk));
        }
        for (final String start : starts) {
            if (visited.size() >= maxLots) {
                // More start lots than this page may return: hand the rest back untouched.
                truncated = true;
                frontier.add(start);
                continue;
            }
            graph.admitStart(start);
            visited.add(start);
            queue.add(start);
            depth.put(start, 0);
        }
        final List<Lot> lots = new ArrayList<>();
        final List<TraceResult.Edge> edges = new ArrayList<>();
        while (!queue.isEmpty()) {
            if (!announced.contains(queue.peek())) {
                announce(graph, queue, announced);
            }
            final String lotId = queue.poll();
            final Optional<Lot> lot = graph.lot(lotId);
            if (lot.isEmpty()) {
                continue;
            }
            lots.add(lot.get());
            final int level = depth.get(lotId);
            if (level >= maxDepth) {
                if (!graph.next(lotId, 1).isEmpty()) {
                    truncated = true;
                    frontier.add(lotId);
                }
                continue;
            }
            final List<String> next = graph.next(lotId, perLotMax + 1);
            if (next.size() > perLotMax) {
                truncated = true;
                frontier.add(lotId);
            }
            for (final String neighbour : next.subList(0, Math.min(next.size(), perLotMax))) {
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
        return new Page(List.copyOf(lots), List.copyOf(edges), truncated, List.copyOf(frontier));
    }

    /** Announces the queue's next lots not announced yet, up to {@link #PREFETCH} of them. */
    private static void announce(final Graph graph, final ArrayDeque<String> queue, final Set<String> announced) {
        final List<String> next = new ArrayList<>();
        for (final String queued : queue) {
            if (next.size() == PREFETCH) {
                break;
            }
            if (announced.add(queued)) {
                next.add(queued);
            }
        }
        graph.prefetch(List.copyOf(next));
    }
}
