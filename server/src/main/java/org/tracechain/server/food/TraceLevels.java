// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracechain.model.food.TraceResult;

/**
 * How many lots a lineage holds at each depth from the lot traced: what a client drawing a large lineage page by page
 * needs up front, so that a collapsed level reads "Level 2 · 9,800 lots" before those lots are fetched.
 *
 * <p>A lot's depth is its shortest distance from the lot traced (a lineage is a DAG: a lot reached along two paths
 * counts once, at the nearer level), as the chaincode's breadth-first walk reaches it.
 *
 * @param lotId the lot traced (depth 0)
 * @param direction {@code back} or {@code forward}
 * @param lots lots in the whole lineage, the lot traced included
 * @param levels lots per depth, from depth 0 on, none empty
 */
public record TraceLevels(String lotId, String direction, int lots, List<Level> levels) {

    public TraceLevels {
        Objects.requireNonNull(lotId, "lotId");
        Objects.requireNonNull(direction, "direction");
        levels = List.copyOf(levels);
    }

    /**
     * @param depth distance from the lot traced
     * @param lots lots at that distance
     */
    public record Level(int depth, int lots) {
    }

    /**
     * Counts a whole (merged, untruncated) trace by depth.
     *
     * @param lotId the lot traced
     * @param back ancestors (edges are followed child → parent) or descendants
     * @param whole the whole lineage, as {@code TracePages} merges it
     * @return its lots per level
     */
    public static TraceLevels of(final String lotId, final boolean back, final TraceResult whole) {
        final Map<String, List<String>> next = new HashMap<>();
        for (final TraceResult.Edge edge : whole.edges()) {
            final String from = back ? edge.child() : edge.parent();
            final String to = back ? edge.parent() : edge.child();
            next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
        }
        // Only lots the trace returned count: an edge may name a lot the caller's trace did not include.
        final Map<String, Integer> depth = new HashMap<>();
        whole.lots().forEach(lot -> depth.put(lot.lotId(), -1));
        final List<Level> levels = new ArrayList<>();
        int reached = 0;
        if (depth.containsKey(lotId)) {
            depth.put(lotId, 0);
            final ArrayDeque<String> queue = new ArrayDeque<>(List.of(lotId));
            final int[] perDepth = new int[depth.size() + 1];
            int deepest = 0;
            while (!queue.isEmpty()) {
                final String lot = queue.poll();
                final int level = depth.get(lot);
                perDepth[level]++;
                reached++;
                deepest = Math.max(deepest, level);
                for (final String neighbour : next.getOrDefault(lot, List.of())) {
                    if (depth.getOrDefault(neighbour, 0) == -1) {
                        depth.put(neighbour, level + 1);
                        queue.add(neighbour);
                    }
                }
            }
            for (int level = 0; level <= deepest; level++) {
                levels.add(new Level(level, perDepth[level]));
            }
        }
        return new TraceLevels(lotId, back ? "back" : "forward", reached, levels);
    }
}
