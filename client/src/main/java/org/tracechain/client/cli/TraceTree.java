// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TraceResult;

/**
 * A trace as an indented tree: the start lot at the root, then its parents (BACK) or children (FORWARD). Lineage
 * is a DAG, so a lot reached a second time is printed once more without its subtree.
 */
final class TraceTree {

    private TraceTree() {}

    static List<String> render(final TraceResult trace) {
        final Map<String, Lot> lots = new HashMap<>();
        trace.lots().forEach(lot -> lots.put(lot.lotId(), lot));
        final boolean back = "BACK".equals(trace.direction());
        final Map<String, List<String>> next = new HashMap<>();
        for (final TraceResult.Edge edge : trace.edges()) {
            final String from = back ? edge.child() : edge.parent();
            final String to = back ? edge.parent() : edge.child();
            if (lots.containsKey(to)) {
                next.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
            }
        }
        final List<String> lines = new ArrayList<>();
        final Set<String> printed = new HashSet<>();
        for (final String start : trace.startLotIds()) {
            if (lots.containsKey(start)) {
                walk(start, "", "", lots, next, printed, lines);
            }
        }
        return lines;
    }

    private static void walk(final String lotId, final String prefix, final String childPrefix,
            final Map<String, Lot> lots, final Map<String, List<String>> next, final Set<String> printed,
            final List<String> lines) {
        final boolean first = printed.add(lotId);
        lines.add(prefix + describe(lots.get(lotId)) + (first ? "" : "  (see above)"));
        if (!first) {
            return;
        }
        final List<String> children = next.getOrDefault(lotId, List.of());
        for (int i = 0; i < children.size(); i++) {
            final boolean last = i == children.size() - 1;
            walk(children.get(i), childPrefix + (last ? "└─ " : "├─ "), childPrefix + (last ? "   " : "│  "), lots,
                    next, printed, lines);
        }
    }

    private static String describe(final Lot lot) {
        final StringBuilder text = new StringBuilder(lot.lotId()).append("  ").append(lot.productName()).append("  ")
                .append(lot.quantity().toPlainString()).append(' ').append(lot.unit()).append("  ")
                .append(lot.holderMspId()).append("  ").append(lot.status());
        if (lot.origin() != null && lot.origin().producer() != null) {
            text.append("  from ").append(lot.origin().producer());
            if (lot.origin().regionCode() != null) {
                text.append(" (").append(lot.origin().regionCode()).append(')');
            }
        }
        return text.toString();
    }
}
