// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.tracechain.client.Committed;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.food.CorrectEventRequest;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.DocumentVerification;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.SensorReportResult;
import org.tracechain.model.json.LedgerJson;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Evidence about lots: {@code food inspect}, {@code food sensor}, {@code food record-document},
 * {@code food verify-document}, and {@code food correct-event} for an event recorded wrongly.
 */
final class FoodEvidenceCommands {

    private FoodEvidenceCommands() {}

    @Command(name = "inspect", description = "Record a lab or rapid test result (inspector).",
            footer = {"  tracechain --org producer --user inspector food inspect --lot L1 --analyte chlorpyrifos \\",
                "      --result 0.012 --limit 0.05 --unit mg/kg --method \"GB 23200.113-2018\""})
    static final class Inspect extends FoodCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--analyte", required = true, description = "what was measured, e.g. chlorpyrifos")
        String analyte;
        @Option(names = "--result", required = true, description = "measured value (sent exactly)")
        BigDecimal result;
        @Option(names = "--limit", description = "threshold; passed defaults to result <= limit")
        BigDecimal limit;
        @Option(names = "--unit", required = true, description = "unit of result and limit, e.g. mg/kg")
        String unit;
        @Option(names = "--passed", arity = "1", paramLabel = "true|false",
                description = "pass or fail (required without --limit)")
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
        protected void run(final FoodTrace food) throws Exception {
            committed(food.inspect(new InspectRequest(lotId, analyte, result, limit, unit, passed, method, laboratory,
                    null, certificateHash, site, null, null)));
        }
    }

    @Command(name = "sensor", description = "Report cold-chain sensor readings (logistics).",
            footer = {"  tracechain --org distributor --user carrier food sensor --lot L1,L2 --device truck-7 \\",
                "      --unit Cel --min 0 --max 4 --readings readings.csv"})
    static final class Sensor extends FoodCommand {
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
        protected void run(final FoodTrace food) throws Exception {
            final List<SensorReading> readings = readings(spec.commandLine(), readingsFile);
            final Committed<SensorReportResult> committed = food.recordSensorReadings(new SensorReadingsRequest(
                    lotIds, deviceId, measurement, unit, min, max, readings, site, null));
            committed(committed);
            if (committed.value().alert() != null) {
                output().line("ALERT " + committed.value().alert().alertId() + ": "
                        + committed.value().alert().excursions().excursionCount() + " reading(s) out of range");
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
                    if (trimmed.isEmpty() || trimmed.toLowerCase(Locale.ROOT).startsWith("time")) {
                        continue;
                    }
                    final String[] cells = trimmed.split(",");
                    if (cells.length != 2) {
                        throw new IllegalArgumentException("expected 'time,value' but got '" + trimmed + "'");
                    }
                    readings.add(new SensorReading(Instant.parse(cells[0].strip()),
                            DecimalArgument.parse(cells[1].strip())));
                }
                return readings;
            } catch (RuntimeException e) {
                throw new CommandLine.ParameterException(commandLine, "--readings " + file + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "record-document", description = "Anchor an off-chain document (certificate, report, licence) by "
            + "its SHA-256 (custodians, inspectors, regulators).",
            footer = {"  tracechain --org producer --user inspector food record-document --file report.pdf \\",
                "      --uri https://lab.example/reports/2026-0105.pdf --type inspection_report \\",
                "      --issuer \"Guangzhou Food Inspection Institute\" --lot L1",
                "  tracechain --org producer --user farmer food record-document --hash 9f86d081884c7d65... \\",
                "      --uri https://farm.example/licence.pdf --type licence --issuer \"Conghua Market Bureau\" \\",
                "      --valid-from 2026-01-01 --valid-until 2028-12-31"})
    static final class RecordDocument extends FoodCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Content content;

        static final class Content {
            @Option(names = "--file", paramLabel = "FILE", description = "the document; its SHA-256 is recorded")
            Path file;
            @Option(names = "--hash", paramLabel = "SHA256", description = "the document's SHA-256 (64 hex digits)")
            String hash;
        }

        @Option(names = "--uri", required = true, description = "where the document can be fetched")
        String uri;
        @Option(names = "--type", required = true, description = "e.g. certificate, inspection_report, licence")
        String type;
        @Option(names = "--title", description = "title (optional)")
        String title;
        @Option(names = "--issuer", required = true, description = "issuing body")
        String issuer;
        @Option(names = "--valid-from", paramLabel = "DATE", description = "first valid day (YYYY-MM-DD)")
        LocalDate validFrom;
        @Option(names = "--valid-until", paramLabel = "DATE", description = "last valid day (YYYY-MM-DD)")
        LocalDate validUntil;
        @Option(names = "--lot", paramLabel = "LOT_ID", split = ",", description = "lots it is about (repeatable)")
        List<String> lotIds;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            final String hash = content.file != null ? sha256(content.file) : content.hash;
            committed(food.recordDocument(new DocumentRequest(hash, uri, type, title, issuer, validFrom, validUntil,
                    lotIds)));
        }

        static String sha256(final Path file) throws IOException {
            final MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-256", e);
            }
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    @Command(name = "verify-document", description = "Check that a document (by SHA-256) was recorded and is valid.",
            footer = {"  tracechain --org regulator --user auditor food verify-document 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"})
    static final class VerifyDocument extends FoodCommand {
        @Parameters(paramLabel = "SHA256")
        String hash;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            final Read read = read(food, FoodTransaction.VERIFY_DOCUMENT, hash);
            output().read(read, () -> {
                final DocumentVerification verification = read.as(DocumentVerification.class);
                if (!verification.recorded()) {
                    output().line("NOT RECORDED: no document with hash " + hash);
                    return;
                }
                output().record(verification.document());
                output().line(Boolean.TRUE.equals(verification.validNow()) ? "RECORDED and valid today"
                        : "RECORDED but not valid today");
            });
        }
    }

    @Command(name = "correct-event", description = "Declare a recorded event wrong (EPCIS error declaration); the "
            + "event stays and a CORRECTION event refers to it.",
            footer = {"  tracechain --org producer --user farmer food correct-event --event 3f1c...e9 \\",
                "      --reason \"quantity was 102.5 kg, not 120.5 kg\" --document 9f86d081884c7d65..."})
    static final class CorrectEvent extends FoodCommand {
        @Option(names = "--event", required = true, paramLabel = "EVENT_ID", description = "the event being corrected")
        String eventId;
        @Option(names = "--reason", required = true, description = "why it is wrong, and the correct facts")
        String reason;
        @Option(names = "--document", paramLabel = "HASH", description = "supporting document (repeatable)")
        List<String> documents;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.correctEvent(new CorrectEventRequest(eventId, reason, documents)));
        }
    }
}
