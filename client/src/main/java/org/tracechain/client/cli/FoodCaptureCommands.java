// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.food.epcis.EpcisImportException;
import org.tracechain.model.food.CoolRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** FSMA cooling and EPCIS capture: {@code food cool}, {@code food import-epcis}. */
final class FoodCaptureCommands {

    private FoodCaptureCommands() {}

    @Command(name = "cool", description = "Record that a harvested lot was cooled before initial packing "
            + "(holder: producer, processor or logistics).",
            footer = {"  tracechain --org producer --user farmer food cool --lot L1 --site FARM1-COOLER \\",
                "      --at 2026-01-05T09:30:00+08:00 --note hydrocooling"})
    static final class Cool extends FoodCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--site", paramLabel = "SITE_ID", description = "where (default: your primary site)")
        String site;
        @Option(names = "--at", paramLabel = "TIME", description = "when, ISO 8601 with offset (default: now)")
        String at;
        @Option(names = "--note")
        String note;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            final Instant when = at == null ? null : java.time.OffsetDateTime.parse(at).toInstant();
            committed(food.cool(new CoolRequest(lotId, site, when, null, null, note)));
        }
    }

    @Command(name = "import-epcis", description = "Import an EPCIS 2.0 capture document (JSON/JSON-LD): every "
            + "ObjectEvent, AggregationEvent and TransformationEvent becomes its foodtrace transaction, in one "
            + "transaction; if any event cannot be mapped nothing is sent and each problem is listed.",
            footer = {"  tracechain --org producer --user processor food import-epcis --file doc.json",
                "  tracechain --org producer --user processor food import-epcis --file doc.json --json"})
    static final class ImportEpcis extends FoodCommand {
        @Option(names = "--file", required = true, paramLabel = "FILE", description = "the EPCISDocument")
        Path file;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            final String document = Files.readString(file, StandardCharsets.UTF_8);
            try {
                committed(food.importEpcis(document));
            } catch (EpcisImportException e) {
                throw usage(file.toAbsolutePath() + " cannot be imported; nothing was sent. " + e.getMessage());
            }
        }
    }
}
