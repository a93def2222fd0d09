// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.food.export.EpcisExport;
import org.tracechain.client.food.export.FsmaCsvExport;
import org.tracechain.client.food.export.MasterData;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lineage: {@code food trace back|forward} and the regulatory exports {@code food export epcis|fsma-csv}. */
final class FoodTraceCommands {

    private FoodTraceCommands() {}

    @Command(name = "trace", description = "Trace a lot back to its origins or forward to everything made from it.",
            footer = {"  tracechain --org regulator --user regulator food trace back P1",
                "  tracechain --org regulator --user regulator food trace forward L1 --all --max-lots 500 --json"})
    static final class Trace extends FoodCommand {
        @Parameters(index = "0", paramLabel = "back|forward")
        String direction;
        @Parameters(index = "1", paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--max-depth", description = "lineage levels (default 100)")
        Integer maxDepth;
        @Option(names = "--max-lots", description = "lots to return (default 1000)")
        Integer maxLots;
        @Option(names = "--all", description = "the whole lineage however large, fetched in pages of --max-lots lots "
                + "(--json then prints the merged pages in canonical form)")
        boolean all;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            final boolean back = switch (direction.toLowerCase(Locale.ROOT)) {
                case "back" -> true;
                case "forward" -> false;
                default -> throw usage("direction must be back or forward, not " + direction);
            };
            if (all) {
                final int pageLots = maxLots == null ? 1_000 : maxLots;
                final TraceResult trace = back ? food.traceBackAll(lotId, pageLots) : food.traceForwardAll(lotId, pageLots);
                if (output().json()) {
                    output().printJson(trace);
                } else {
                    print(trace);
                }
                return;
            }
            final Read read = Read.query(food.contract(), back ? FoodTransaction.TRACE_BACK : FoodTransaction.TRACE_FORWARD,
                    new TraceRequest(lotId, null, maxDepth, maxLots, null));
            output().read(read, () -> print(read.as(TraceResult.class)));
        }

        private void print(final TraceResult trace) {
            TraceTree.render(trace).forEach(output()::line);
            output().line(trace.lots().size() + " lots, " + trace.events().size() + " events, "
                    + trace.documents().size() + " documents" + (trace.truncated()
                            ? "; truncated at " + trace.frontier().size() + " frontier lots (--all fetches the rest)"
                            : ""));
            for (final DocumentRecord document : trace.documents()) {
                output().line("  " + document.type() + "  " + document.hash() + "  " + document.issuer()
                        + (document.uri() == null ? "" : "  " + document.uri()));
            }
        }
    }

    @Command(name = "export", description = "Export a lot's lineage or a registration date range as EPCIS 2.0 JSON-LD "
            + "or FSMA 204 CSV.",
            footer = {"  tracechain --org regulator --user regulator food export epcis --lot L1 --out trace.jsonld",
                "  tracechain --org regulator --user auditor food export fsma-csv --from 2026-01-01 --to 2026-01-31 \\",
                "      --out january.csv"})
    static final class Export extends FoodCommand {
        @Parameters(index = "0", paramLabel = "epcis|fsma-csv")
        String format;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Scope scope;

        static final class Scope {
            @Option(names = "--lot", paramLabel = "LOT_ID", description = "the lot's whole lineage (trace back and forward)")
            String lotId;
            @ArgGroup(exclusive = false)
            Range range;
        }

        static final class Range {
            @Option(names = "--from", required = true, paramLabel = "DATE", description = "first registration day (UTC)")
            LocalDate from;
            @Option(names = "--to", required = true, paramLabel = "DATE", description = "last registration day (UTC, inclusive)")
            LocalDate to;
        }

        @Option(names = "--out", paramLabel = "FILE", description = "write here (relative to the current directory) "
                + "instead of standard output")
        Path out;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            if (!"epcis".equals(format) && !"fsma-csv".equals(format)) {
                throw usage("format must be epcis or fsma-csv");
            }
            final Instant exportedAt = Instant.now();
            final Map<String, Lot> lots = new LinkedHashMap<>();
            final Map<String, TrackingEvent> events = new LinkedHashMap<>();
            final Map<String, DocumentRecord> documents = new LinkedHashMap<>();
            MasterData master;
            if (scope.lotId != null) {
                final List<TraceResult> traces = List.of(food.traceBack(scope.lotId), food.traceForward(scope.lotId));
                for (final TraceResult trace : traces) {
                    trace.lots().forEach(l -> lots.putIfAbsent(l.lotId(), l));
                    trace.events().forEach(e -> events.putIfAbsent(e.eventId(), e));
                    trace.documents().forEach(d -> documents.putIfAbsent(d.hash(), d));
                }
                master = MasterData.of(traces);
            } else {
                final Instant from = scope.range.from.atStartOfDay().toInstant(ZoneOffset.UTC);
                final Instant to = scope.range.to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                for (final Lot lot : food.lotsRegisteredBetween(from, to)) {
                    lots.putIfAbsent(lot.lotId(), lot);
                    food.allEventsOfLot(lot.lotId()).forEach(e -> events.putIfAbsent(e.eventId(), e));
                }
                master = food.masterDataFor(lots.values(), events.values());
            }
            final List<TrackingEvent> ordered = new ArrayList<>(events.values());
            // An imported document is one transaction: its events share a record time and keep their own order.
            ordered.sort(Comparator.comparing(TrackingEvent::recordTime)
                    .thenComparing((TrackingEvent e) -> e.body().eventTime()).thenComparing(TrackingEvent::eventId));
            final String text = "epcis".equals(format)
                    ? EpcisExport.toJsonLd(lots.values(), ordered, documents.values(), master, exportedAt)
                    : FsmaCsvExport.toCsv(lots.values(), ordered, documents.values(), master);
            if (out == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                final Path file = out.toAbsolutePath().normalize();
                Files.writeString(file, text, StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("wrote " + file + " (" + lots.size() + " lots, " + ordered.size()
                        + " events)");
            }
        }
    }
}
