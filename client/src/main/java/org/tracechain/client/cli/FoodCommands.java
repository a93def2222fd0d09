// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.Committed;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.food.export.EpcisExport;
import org.tracechain.client.food.export.FsmaCsvExport;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.DocumentVerification;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.LotVersion;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.RegulatorActionRequest;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracechain food ...}: the foodtrace chaincode. Add food commands here and to {@code subcommands}. */
@Command(name = "food", description = "Food traceability (channel and chaincode foodtrace).",
        subcommands = {FoodCommands.GetLot.class, FoodCommands.RegisterLot.class, FoodCommands.Ship.class,
            FoodCommands.Receive.class, FoodCommands.Transform.class, FoodCommands.Inspect.class,
            FoodCommands.Sensor.class, FoodCommands.Sell.class, FoodCommands.Trace.class, FoodCommands.Recall.class,
            FoodCommands.RecallStatus.class, FoodCommands.Hold.class, FoodCommands.Release.class,
            FoodCommands.Export.class, FoodCommands.History.class, FoodCommands.VerifyDocument.class})
final class FoodCommands {

    static final String CHANNEL = "foodtrace";

    private FoodCommands() {}

    static LedgerContract contract(final LedgerClient client) {
        return client.contract(CHANNEL, FoodTransaction.CHAINCODE);
    }

    static FoodTrace food(final LedgerClient client) {
        return FoodTrace.of(client, CHANNEL);
    }

    /** Prints a committed result like {@link Results#print}: the record, then the transaction line. */
    static void print(final CliOutput output, final String transaction, final Committed<?> committed) {
        if (output.json()) {
            final Map<String, Object> json = new LinkedHashMap<>();
            json.put("transactionId", committed.transactionId());
            json.put("blockNumber", committed.blockNumber());
            json.put("result", committed.value());
            output.printJson(json);
            return;
        }
        output.record(committed.value());
        output.line(transaction + " committed: tx " + committed.transactionId() + ", block " + committed.blockNumber());
    }

    static TradeTerms terms(final CommandLine commandLine, final Path file) throws IOException {
        if (file == null) {
            return null;
        }
        try {
            return LedgerJson.fromJson(Files.readString(file, StandardCharsets.UTF_8), TradeTerms.class);
        } catch (MalformedJsonException e) {
            throw new CommandLine.ParameterException(commandLine, "--terms-file " + file + ": " + e.getMessage());
        }
    }

    @Command(name = "get-lot", description = "Show a lot.")
    static final class GetLot extends LedgerCommand {
        @Parameters(paramLabel = "LOT_ID", description = "traceability lot code")
        String lotId;

        @Override
        protected void execute() throws Exception {
            try (LedgerClient client = connect()) {
                output().record(contract(client).evaluateJson(FoodTransaction.GET_LOT, Lot.class, lotId));
            }
        }
    }

    @Command(name = "register-lot", description = "Register a new lot (producer role).")
    static final class RegisterLot extends LedgerCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID", description = "traceability lot code")
        String lotId;
        @Option(names = "--product-code", required = true, description = "product code, e.g. a GTIN")
        String productCode;
        @Option(names = "--product-name", required = true, description = "product name")
        String productName;
        @Option(names = "--quantity", required = true, description = "amount, positive decimal")
        BigDecimal quantity;
        @Option(names = "--unit", required = true, description = "unit of measure, e.g. kg")
        String unit;
        @Option(names = "--category", description = "product category, e.g. vegetables")
        String category;
        @Option(names = "--origin-producer", description = "producer name or licence (e.g. SC code)")
        String producer;
        @Option(names = "--origin-site", description = "farm, field or facility (e.g. a GLN)")
        String site;
        @Option(names = "--origin-region", description = "region code, e.g. 440117")
        String region;
        @Option(names = "--produced-on", paramLabel = "DATE", description = "production or harvest date (YYYY-MM-DD)")
        LocalDate producedOn;
        @Option(names = "--document", paramLabel = "HASH", description = "recorded document to link (repeatable)")
        List<String> documents;

        @Override
        protected void execute() throws Exception {
            final boolean hasOrigin = producer != null || site != null || region != null || producedOn != null;
            final RegisterLotRequest request = new RegisterLotRequest(lotId, productCode, productName, quantity, unit,
                    category, hasOrigin ? new LotOrigin(producer, site, region, producedOn) : null, null, documents);
            try (LedgerClient client = connect()) {
                print(output(), FoodTransaction.REGISTER_LOT, food(client).registerLot(request));
            }
        }
    }

    @Command(name = "ship", description = "Ship a lot to another organisation (holder).")
    static final class Ship extends LedgerCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--to", required = true, paramLabel = "MSP_ID", description = "receiving organisation")
        String toMspId;
        @Option(names = "--site", description = "ship-from location")
        String site;
        @Option(names = "--terms-file", paramLabel = "FILE",
                description = "private trade terms JSON {price, currency, contractNumber, note}; sent in the transient map")
        Path termsFile;
        @Option(names = "--document", paramLabel = "HASH", description = "recorded document (repeatable)")
        List<String> documents;
        @Option(names = "--note")
        String note;

        @Override
        protected void execute() throws Exception {
            final TradeTerms terms = terms(spec.commandLine(), termsFile);
            try (LedgerClient client = connect()) {
                print(output(), FoodTransaction.SHIP, food(client).ship(new ShipRequest(lotId, toMspId, site, null,
                        documents, note), terms));
            }
        }
    }

    @Command(name = "receive", description = "Receive a lot shipped to your organisation.")
    static final class Receive extends LedgerCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--site", description = "receiving location")
        String site;
        @Option(names = "--terms-file", paramLabel = "FILE", description = "private trade terms JSON (transient)")
        Path termsFile;
        @Option(names = "--document", paramLabel = "HASH", description = "recorded document (repeatable)")
        List<String> documents;
        @Option(names = "--note")
        String note;

        @Override
        protected void execute() throws Exception {
            final TradeTerms terms = terms(spec.commandLine(), termsFile);
            try (LedgerClient client = connect()) {
                print(output(), FoodTransaction.RECEIVE, food(client).receive(new ReceiveRequest(lotId, site, null,
                        documents, note), terms));
            }
        }
    }

    @Command(name = "transform", description = "Consume input lots and create output lots (processor).")
    static final class Transform extends LedgerCommand {
        @Option(names = "--kind", defaultValue = "PROCESS", description = "PROCESS, MERGE or SPLIT (default PROCESS)")
        TransformKind kind;
        @Option(names = "--input", required = true, paramLabel = "LOT=QTY", description = "input lot and amount consumed (repeatable)")
        Map<String, BigDecimal> inputs;
        @Option(names = "--output", required = true, paramLabel = "LOT=QTY", description = "new lot and its amount (repeatable)")
        Map<String, BigDecimal> outputs;
        @Option(names = "--product-code", description = "product code of the outputs (PROCESS)")
        String productCode;
        @Option(names = "--product-name", description = "product name of the outputs (PROCESS)")
        String productName;
        @Option(names = "--unit", description = "unit of the outputs (PROCESS)")
        String unit;
        @Option(names = "--site")
        String site;
        @Option(names = "--note")
        String note;

        @Override
        protected void execute() throws Exception {
            final List<LotQuantity> in = new ArrayList<>();
            inputs.forEach((lot, qty) -> in.add(new LotQuantity(lot, qty, null)));
            final List<TransformOutput> out = new ArrayList<>();
            outputs.forEach((lot, qty) -> out.add(new TransformOutput(lot, productCode, productName, null, qty, unit)));
            try (LedgerClient client = connect()) {
                print(output(), FoodTransaction.TRANSFORM, food(client).transform(new TransformRequest(kind, in, out,
                        site, null, null, note)));
            }
        }
    }

    @Command(name = "inspect", description = "Record a lab or rapid test result (inspector).")
    static final class Inspect extends LedgerCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--analyte", required = true, description = "what was measured, e.g. chlorpyrifos")
        String analyte;
        @Option(names = "--result", required = true, description = "measured value")
        BigDecimal result;
        @Option(names = "--limit", description = "threshold; passed defaults to result <= limit")
        BigDecimal limit;
        @Option(names = "--unit", required = true, description = "unit of result and limit, e.g. mg/kg")
        String unit;
        @Option(names = "--passed", description = "pass/fail (required without --limit)")
        Boolean passed;
        @Option(names = "--method", description = "test method or standard")
        String method;
        @Option(names = "--laboratory")
        String laboratory;
        @Option(names = "--certificate-hash", paramLabel = "HASH", description = "recorded certificate")
        String certificateHash;
        @Option(names = "--site")
        String site;

        @Override
        protected void execute() throws Exception {
            try (LedgerClient client = connect()) {
                print(output(), FoodTransaction.INSPECT, food(client).inspect(new InspectRequest(lotId, analyte, result,
                        limit, unit, passed, method, laboratory, null, certificateHash, site, null, null)));
            }
        }
    }

    @Command(name = "sensor", description = "Report cold-chain sensor readings (logistics).")
    static final class Sensor extends LedgerCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID", split = ",", description = "lots (comma-separated or repeated)")
        List<String> lotIds;
        @Option(names = "--device", required = true, description = "sensor or logger id")
        String deviceId;
        @Option(names = "--measurement", description = "measured quantity (default temperature)")
        String measurement;
        @Option(names = "--unit", required = true, description = "unit, e.g. Cel")
        String unit;
        @Option(names = "--min", description = "lower threshold")
        BigDecimal min;
        @Option(names = "--max", description = "upper threshold")
        BigDecimal max;
        @Option(names = "--readings", required = true, paramLabel = "FILE",
                description = "CSV lines 'time,value' (ISO instant; header optional) or JSON [{\"time\":..,\"value\":..}]")
        Path readingsFile;
        @Option(names = "--site")
        String site;

        @Override
        protected void execute() throws Exception {
            final List<SensorReading> readings = readings(spec.commandLine(), readingsFile);
            try (LedgerClient client = connect()) {
                final var committed = food(client).recordSensorReadings(new SensorReadingsRequest(lotIds, deviceId,
                        measurement, unit, min, max, readings, site, null));
                print(output(), FoodTransaction.RECORD_SENSOR_READINGS, committed);
                if (committed.value().alert() != null) {
                    output().line("ALERT " + committed.value().alert().alertId() + ": "
                            + committed.value().alert().excursions().excursionCount() + " reading(s) out of range");
                }
            }
        }

        static List<SensorReading> readings(final CommandLine commandLine, final Path file) throws IOException {
            final String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            try {
                if (text.startsWith("[")) {
                    return List.of(LedgerJson.fromJson(text, SensorReading[].class));
                }
                final List<SensorReading> readings = new ArrayList<>();
                for (final String line : text.split("\\R")) {
                    final String trimmed = line.strip();
                    if (trimmed.isEmpty() || trimmed.toLowerCase(java.util.Locale.ROOT).startsWith("time")) {
                        continue;
                    }
                    final String[] cells = trimmed.split(",");
                    if (cells.length != 2) {
                        throw new IllegalArgumentException("expected 'time,value' but got '" + trimmed + "'");
                    }
                    readings.add(new SensorReading(Instant.parse(cells[0].strip()), new BigDecimal(cells[1].strip())));
                }
                return readings;
            } catch (RuntimeException e) {
                throw new CommandLine.ParameterException(commandLine, "--readings " + file + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "sell", description = "Record a retail sale from a lot (retailer).")
    static final class Sell extends LedgerCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--quantity", required = true)
        BigDecimal quantity;
        @Option(names = "--site", description = "store or stall")
        String site;

        @Override
        protected void execute() throws Exception {
            try (LedgerClient client = connect()) {
                print(output(), FoodTransaction.SELL, food(client).sell(new SellRequest(lotId, quantity, site, null,
                        null)));
            }
        }
    }

    @Command(name = "trace", description = "Trace a lot back to its origins or forward to everything made from it.")
    static final class Trace extends LedgerCommand {
        @Parameters(index = "0", paramLabel = "back|forward")
        String direction;
        @Parameters(index = "1", paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--max-depth", description = "lineage levels (default 100)")
        Integer maxDepth;
        @Option(names = "--max-lots", description = "lots to return (default 1000)")
        Integer maxLots;
        @Option(names = "--all", description = "the whole lineage however large, fetched in pages of --max-lots lots")
        boolean all;

        @Override
        protected void execute() throws Exception {
            final TraceRequest request = new TraceRequest(lotId, null, maxDepth, maxLots, null);
            final int pageLots = maxLots == null ? 1_000 : maxLots;
            try (LedgerClient client = connect()) {
                final FoodTrace food = food(client);
                final TraceResult trace = switch (direction.toLowerCase(java.util.Locale.ROOT)) {
                    case "back" -> all ? food.traceBackAll(lotId, pageLots) : food.traceBack(request);
                    case "forward" -> all ? food.traceForwardAll(lotId, pageLots) : food.traceForward(request);
                    default -> throw new CommandLine.ParameterException(spec.commandLine(),
                            "direction must be back or forward, not " + direction);
                };
                if (output().json()) {
                    output().printJson(trace);
                    return;
                }
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
    }

    @Command(name = "recall", description = "Recall a lot and everything made from it (regulator).")
    static final class Recall extends LedgerCommand {
        @Option(names = "--recall-id", required = true)
        String recallId;
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--reason", required = true)
        String reason;
        @Option(names = "--document", paramLabel = "HASH", description = "supporting document (repeatable)")
        List<String> documents;

        @Override
        protected void execute() throws Exception {
            try (LedgerClient client = connect()) {
                print(output(), FoodTransaction.RECALL, food(client).recall(new RecallRequest(recallId, lotId, reason,
                        documents)));
            }
        }
    }

    @Command(name = "recall-status", description = "Show who must acknowledge a recall and who has.")
    static final class RecallStatus extends LedgerCommand {
        @Parameters(paramLabel = "RECALL_ID")
        String recallId;

        @Override
        protected void execute() throws Exception {
            try (LedgerClient client = connect()) {
                final RecallStatusView status = food(client).recallStatus(recallId);
                if (output().json()) {
                    output().printJson(status);
                    return;
                }
                output().line("Recall " + status.recall().recallId() + " of " + status.recall().rootLotId() + ": "
                        + status.recall().reason() + " (" + status.recall().affectedLotCount() + " lots, "
                        + (status.recall().complete() ? "complete" : "in progress") + ")");
                final TextTable table = TextTable.withHeaders("Holder", "Acknowledged", "By", "At", "Note");
                for (final RecallStatusView.HolderAcknowledgement holder : status.holders()) {
                    final var ack = holder.acknowledgement();
                    table.row(holder.mspId(), holder.acknowledged() ? "yes" : "NO",
                            ack == null ? "" : ack.acknowledgedBy(), ack == null ? "" : String.valueOf(ack.acknowledgedAt()),
                            ack == null || ack.note() == null ? "" : ack.note());
                }
                output().table(table);
                output().line(status.notAcknowledged().isEmpty() ? "All holders acknowledged."
                        : "Not acknowledged: " + String.join(", ", status.notAcknowledged()));
            }
        }
    }

    @Command(name = "hold", description = "Put a lot on hold (regulator).")
    static final class Hold extends LedgerCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        protected void execute() throws Exception {
            try (LedgerClient client = connect()) {
                print(output(), FoodTransaction.HOLD, food(client).hold(new RegulatorActionRequest(lotId, reason)));
            }
        }
    }

    @Command(name = "release", description = "Release a held lot (regulator).")
    static final class Release extends LedgerCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        protected void execute() throws Exception {
            try (LedgerClient client = connect()) {
                print(output(), FoodTransaction.RELEASE, food(client).release(new RegulatorActionRequest(lotId, reason)));
            }
        }
    }

    @Command(name = "export", description = "Export a lot's lineage or a registration date range as EPCIS 2.0 JSON-LD or FSMA 204 CSV.")
    static final class Export extends LedgerCommand {
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

        @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
        Path out;

        @Override
        protected void execute() throws Exception {
            if (!"epcis".equals(format) && !"fsma-csv".equals(format)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "format must be epcis or fsma-csv");
            }
            final Map<String, Lot> lots = new LinkedHashMap<>();
            final Map<String, TrackingEvent> events = new LinkedHashMap<>();
            final Map<String, DocumentRecord> documents = new LinkedHashMap<>();
            try (LedgerClient client = connect()) {
                final FoodTrace food = food(client);
                if (scope.lotId != null) {
                    for (final TraceResult trace : List.of(food.traceBack(scope.lotId), food.traceForward(scope.lotId))) {
                        trace.lots().forEach(l -> lots.putIfAbsent(l.lotId(), l));
                        trace.events().forEach(e -> events.putIfAbsent(e.eventId(), e));
                        trace.documents().forEach(d -> documents.putIfAbsent(d.hash(), d));
                    }
                } else {
                    final Instant from = scope.range.from.atStartOfDay().toInstant(ZoneOffset.UTC);
                    final Instant to = scope.range.to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
                    for (final Lot lot : food.lotsRegisteredBetween(from, to)) {
                        lots.putIfAbsent(lot.lotId(), lot);
                        food.allEventsOfLot(lot.lotId()).forEach(e -> events.putIfAbsent(e.eventId(), e));
                    }
                }
            }
            final List<TrackingEvent> ordered = new ArrayList<>(events.values());
            ordered.sort(java.util.Comparator.comparing(TrackingEvent::recordTime).thenComparing(TrackingEvent::eventId));
            final String text = "epcis".equals(format)
                    ? EpcisExport.toJsonLd(lots.values(), ordered, documents.values())
                    : FsmaCsvExport.toCsv(lots.values(), ordered, documents.values());
            if (out == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(out, text, StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("wrote " + out + " (" + lots.size() + " lots, " + ordered.size()
                        + " events)");
            }
        }
    }

    @Command(name = "history", description = "Show every committed version of a lot.")
    static final class History extends LedgerCommand {
        @Parameters(paramLabel = "LOT_ID")
        String lotId;

        @Override
        protected void execute() throws Exception {
            try (LedgerClient client = connect()) {
                final List<LotVersion> history = food(client).lotHistory(lotId);
                if (output().json()) {
                    output().printJson(history);
                    return;
                }
                final TextTable table = TextTable.withHeaders("Time", "Transaction", "Holder", "Status", "Quantity");
                for (final LotVersion version : history) {
                    table.row(String.valueOf(version.timestamp()), version.txId(), version.lot().holderMspId(),
                            String.valueOf(version.lot().status()),
                            version.lot().quantity().toPlainString() + " " + version.lot().unit());
                }
                output().table(table);
            }
        }
    }

    @Command(name = "verify-document", description = "Check that a document (by SHA-256) was recorded and is valid.")
    static final class VerifyDocument extends LedgerCommand {
        @Parameters(paramLabel = "SHA256")
        String hash;

        @Override
        protected void execute() throws Exception {
            try (LedgerClient client = connect()) {
                final DocumentVerification verification = food(client).verifyDocument(hash);
                if (output().json() || !verification.recorded()) {
                    if (!output().json()) {
                        output().line("NOT RECORDED: no document with hash " + hash);
                        return;
                    }
                    output().printJson(verification);
                    return;
                }
                output().record(verification.document());
                output().line(Boolean.TRUE.equals(verification.validNow()) ? "RECORDED and valid today"
                        : "RECORDED but not valid today");
            }
        }
    }
}
