// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * {@code throughput.svg}: throughput (solid, left axis) and p95 latency (dashed, right axis) against the number of
 * clients, tracechain's workloads beside the ceiling's. Drawn by JFreeChart onto JFreeSVG's {@code Graphics2D}.
 */
final class ThroughputChart {

    private static final int WIDTH = 820;
    private static final int HEIGHT = 480;
    /** tracechain's workloads in blues and greens, the ceiling's in reds, in the order they first ran. */
    private static final List<Color> TRACECHAIN = List.of(new Color(0x1f77b4), new Color(0x2ca02c),
            new Color(0x17becf), new Color(0x9467bd));
    private static final List<Color> CEILING = List.of(new Color(0xd62728), new Color(0xff7f0e), new Color(0x8c564b));

    private ThroughputChart() {}

    static String svg(final List<RunResult> runs) {
        final Map<String, XYSeries> throughput = new LinkedHashMap<>();
        final Map<String, XYSeries> p95 = new LinkedHashMap<>();
        for (final RunResult r : runs) {
            throughput.computeIfAbsent(r.workload(), k -> new XYSeries(r.workloadName() + " tx/s")).add(r.clients(),
                    r.txPerSecond());
            p95.computeIfAbsent(r.workload(), k -> new XYSeries(r.workloadName() + " p95 ms")).add(r.clients(),
                    r.latencyMs().p95());
        }
        final XYSeriesCollection rates = new XYSeriesCollection();
        throughput.values().forEach(rates::addSeries);
        final XYSeriesCollection latencies = new XYSeriesCollection();
        p95.values().forEach(latencies::addSeries);

        // A linear client axis with whole-number ticks. (JFreeChart's LogAxis would space 1, 16, 64 evenly, but it
        // draws its tick labels as attributed text, which came out of JFreeSVG without any label.)
        final int most = runs.stream().mapToInt(RunResult::clients).max().orElse(1);
        final NumberAxis clients = new NumberAxis("concurrent clients");
        clients.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        clients.setAutoRange(false);
        clients.setRange(0, most * 1.1 + 1);
        final NumberAxis rateAxis = new NumberAxis("committed transactions per second");
        final NumberAxis latencyAxis = new NumberAxis("p95 latency (ms)");

        final List<Color> colours = colours(runs, List.copyOf(throughput.keySet()));
        final XYPlot plot = new XYPlot(rates, clients, rateAxis, renderer(colours, false));
        plot.setRangeAxis(1, latencyAxis);
        plot.setDataset(1, latencies);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRenderer(1, renderer(colours, true));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);

        final JFreeChart chart = new JFreeChart("tracechain vs Fabric ceiling (Put, Get)",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        final SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }

    /** A colour per workload key: a ceiling workload (one compared with nothing) from the reds, others the blues. */
    private static List<Color> colours(final List<RunResult> runs, final List<String> workloads) {
        int tracechain = 0;
        int ceiling = 0;
        final List<Color> colours = new ArrayList<>();
        for (final String key : workloads) {
            final boolean isCeiling = runs.stream().anyMatch(r -> r.workload().equals(key) && r.against() == null);
            colours.add(isCeiling ? CEILING.get(ceiling++ % CEILING.size())
                    : TRACECHAIN.get(tracechain++ % TRACECHAIN.size()));
        }
        return colours;
    }

    private static XYLineAndShapeRenderer renderer(final List<Color> colours, final boolean dashed) {
        final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
            renderer.setSeriesStroke(i, dashed
                    ? new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                    : new BasicStroke(2.5f));
        }
        return renderer;
    }
}
