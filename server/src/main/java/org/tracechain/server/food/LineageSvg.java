// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * A picture of a lineage as SVG: each node is a lot in one holder's custody, a shipment is a dashed edge from the
 * shipper's node to the receiver's, a transformation a solid edge from an input lot to an output lot. Nodes are laid
 * out in columns by depth (the longest chain of edges that leads to them) and in rows by first appearance. Every
 * text from the ledger is XML-escaped and stripped of control characters; long texts are shortened on the
 * picture and given whole in the node's {@code <title>}.
 */
final class LineageSvg {

    private static final int BOX_WIDTH = 220;
    private static final int BOX_HEIGHT = 64;
    private static final int GAP_X = 130;
    private static final int GAP_Y = 28;
    private static final int MARGIN = 20;
    private static final int LABEL_MAX = 30;

    private record Node(String id, Lot lot, String lotId, String holder, boolean start, boolean last) {}

    private record Edge(String from, String to, String label, boolean shipment) {}

    private LineageSvg() {}

    static String draw(final TraceResult trace) {
        final Map<String, Lot> lots = new LinkedHashMap<>();
        trace.lots().forEach(lot -> lots.putIfAbsent(lot.lotId(), lot));
        final Map<String, Node> nodes = new LinkedHashMap<>();
        final Map<String, List<Node>> stages = new HashMap<>();
        final List<Edge> edges = new ArrayList<>();
        final Set<String> starts = new HashSet<>(trace.startLotIds());
        for (final Lot lot : lots.values()) {
            final List<TrackingEvent> ships = trace.events().stream()
                    .filter(e -> e.body().kind() == EventKind.SHIP && e.body().shipment() != null
                            && e.body().lotIds() != null && e.body().lotIds().contains(lot.lotId()))
                    .sorted(Comparator.comparing((TrackingEvent e) -> e.body().eventTime())
                            .thenComparing(TrackingEvent::recordTime))
                    .toList();
            final List<String> holders = new ArrayList<>();
            holders.add(ships.isEmpty() ? lot.holderMspId() : ships.get(0).body().shipment().fromMspId());
            ships.forEach(ship -> holders.add(ship.body().shipment().toMspId()));
            final List<Node> lotStages = new ArrayList<>();
            for (int i = 0; i < holders.size(); i++) {
                final Node node = new Node(lot.lotId() + "#" + i, lot, lot.lotId(), holders.get(i),
                        starts.contains(lot.lotId()) && i == 0, i == holders.size() - 1);
                nodes.put(node.id(), node);
                lotStages.add(node);
                if (i > 0) {
                    final TrackingEvent ship = ships.get(i - 1);
                    edges.add(new Edge(lotStages.get(i - 1).id(), node.id(), "shipped "
                            + ship.body().eventTime().toString().substring(0, 10), true));
                }
            }
            stages.put(lot.lotId(), lotStages);
        }
        for (final TraceResult.Edge lineage : trace.edges()) {
            final List<Node> parent = stages.get(lineage.parent());
            final List<Node> child = stages.get(lineage.child());
            if (parent == null || child == null) {
                continue;
            }
            final TrackingEvent transform = trace.events().stream()
                    .filter(e -> e.body().kind() == EventKind.TRANSFORM && e.body().transformation() != null
                            && e.body().transformation().inputs().stream().anyMatch(q -> q.lotId().equals(
                                    lineage.parent()))
                            && e.body().transformation().outputs().stream().anyMatch(q -> q.lotId().equals(
                                    lineage.child())))
                    .findFirst().orElse(null);
            final String actor = transform == null ? null : transform.body().actorMspId();
            Node from = parent.get(parent.size() - 1);
            for (final Node stage : parent) {
                if (stage.holder() != null && stage.holder().equals(actor)) {
                    from = stage;
                }
            }
            edges.add(new Edge(from.id(), child.get(0).id(), transform == null ? "made into"
                    : transform.body().transformation().kind().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '), false));
        }
        return svg(nodes, edges, depths(nodes, edges), trace);
    }

    /** Longest path from a source to each node (Kahn's order); a node on a cycle keeps the depth it had. */
    private static Map<String, Integer> depths(final Map<String, Node> nodes, final List<Edge> edges) {
        final Map<String, Integer> incoming = new HashMap<>();
        final Map<String, List<Edge>> outgoing = new HashMap<>();
        nodes.keySet().forEach(id -> incoming.put(id, 0));
        for (final Edge edge : edges) {
            incoming.merge(edge.to(), 1, Integer::sum);
            outgoing.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
        }
        final Map<String, Integer> depth = new HashMap<>();
        final Deque<String> ready = new ArrayDeque<>();
        nodes.keySet().stream().filter(id -> incoming.get(id) == 0).forEach(ready::add);
        nodes.keySet().forEach(id -> depth.put(id, 0));
        while (!ready.isEmpty()) {
            final String id = ready.poll();
            for (final Edge edge : outgoing.getOrDefault(id, List.of())) {
                depth.merge(edge.to(), depth.get(id) + 1, Math::max);
                if (incoming.merge(edge.to(), -1, Integer::sum) == 0) {
                    ready.add(edge.to());
                }
            }
        }
        return depth;
    }

    private static String svg(final Map<String, Node> nodes, final List<Edge> edges, final Map<String, Integer> depth,
            final TraceResult trace) {
        final Map<Integer, Integer> rows = new HashMap<>();
        final Map<String, int[]> at = new HashMap<>();
        int width = 0;
        int height = 0;
        for (final Node node : nodes.values()) {
            final int column = depth.get(node.id());
            final int row = rows.merge(column, 1, Integer::sum) - 1;
            final int x = MARGIN + column * (BOX_WIDTH + GAP_X);
            final int y = MARGIN + 30 + row * (BOX_HEIGHT + GAP_Y);
            at.put(node.id(), new int[] {x, y});
            width = Math.max(width, x + BOX_WIDTH + MARGIN);
            height = Math.max(height, y + BOX_HEIGHT + MARGIN);
        }
        width = Math.max(width, 420);
        height = Math.max(height, 80);
        final StringBuilder svg = new StringBuilder(4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title>").append(escape(("BACK".equals(trace.direction()) ? "Trace back from " : "Trace forward from ")
                + String.join(", ", trace.startLotIds()))).append("</title>\n");
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>\n");
        svg.append("<text x=\"").append(MARGIN).append("\" y=\"").append(MARGIN + 12).append("\" font-weight=\"bold\">")
                .append(escape(shorten(("BACK".equals(trace.direction()) ? "Where it came from: "
                        : "Where it went: ") + String.join(", ", trace.startLotIds()), 80)))
                .append("</text>\n");
        for (final Edge edge : edges) {
            final int[] from = at.get(edge.from());
            final int[] to = at.get(edge.to());
            final int x1 = from[0] + BOX_WIDTH;
            final int y1 = from[1] + BOX_HEIGHT / 2;
            final int x2 = to[0];
            final int y2 = to[1] + BOX_HEIGHT / 2;
            svg.append("<g class=\"").append(edge.shipment() ? "shipment" : "transformation").append("\">")
                    .append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                    .append("\" y2=\"").append(y2).append("\" stroke=\"#555\"")
                    .append(edge.shipment() ? " stroke-dasharray=\"6 4\"" : "").append(" marker-end=\"url(#arrow)\"/>")
                    .append("<text x=\"").append((x1 + x2) / 2).append("\" y=\"").append((y1 + y2) / 2 - 4)
                    .append("\" text-anchor=\"middle\" font-size=\"10\">").append(escape(edge.label()))
                    .append("</text></g>\n");
        }
        for (final Node node : nodes.values()) {
            final int[] xy = at.get(node.id());
            final Lot lot = node.lot();
            final String status = node.last() ? lot.quantity().toPlainString() + " " + lot.unit() + " · "
                    + lot.status() : "shipped on";
            svg.append("<g class=\"lot\"><title>").append(escape(lot.lotId() + " — " + lot.productName() + " — "
                    + node.holder() + " — " + status)).append("</title>");
            svg.append("<rect x=\"").append(xy[0]).append("\" y=\"").append(xy[1]).append("\" width=\"")
                    .append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"6\" fill=\"")
                    .append("RECALLED".equals(lot.status().name()) && node.last() ? "#fde2e2" : "#eef4fb")
                    .append("\" stroke=\"#335\" stroke-width=\"").append(node.start() ? 3 : 1).append("\"/>");
            line(svg, xy, 18, true, lot.lotId());
            line(svg, xy, 34, false, lot.productName());
            line(svg, xy, 50, false, node.holder() + " · " + status);
            svg.append("</g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void line(final StringBuilder svg, final int[] xy, final int dy, final boolean bold,
            final String text) {
        svg.append("<text x=\"").append(xy[0] + 8).append("\" y=\"").append(xy[1] + dy).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(escape(shorten(text, LABEL_MAX)))
                .append("</text>");
    }

    private static String shorten(final String text, final int max) {
        final String value = text == null ? "" : text;
        return value.codePointCount(0, value.length()) <= max ? value
                : value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** XML text: markup characters escaped; characters XML 1.0 cannot hold, and other controls, dropped. */
    static String escape(final String text) {
        final StringBuilder out = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isISOControl(cp) || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE
                            || cp == 0xFFFF || Character.getType(cp) == Character.FORMAT) {
                        out.append('\uFFFD');
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
