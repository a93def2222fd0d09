// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.food.AggregateRequest;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Processing (processor role): {@code food transform}, {@code food aggregate}, {@code food disaggregate}. */
final class FoodProcessingCommands {

    private FoodProcessingCommands() {}

    @Command(name = "transform", description = "Consume input lots and create output lots (processor).",
            footer = {"  tracechain --org producer --user processor food transform --input L1=100 --input L2=50 \\",
                "      --output P1=140.25 --product-code 06901234567893 --product-name \"Cut choy sum\" --unit kg",
                "  tracechain --org producer --user processor food transform --kind SPLIT --input L1=120.5 \\",
                "      --output L1-A=60.25 --output L1-B=60.25"})
    static final class Transform extends FoodCommand {
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
        protected void run(final FoodTrace food) throws Exception {
            final List<LotQuantity> in = new ArrayList<>();
            inputs.forEach((lot, qty) -> in.add(new LotQuantity(lot, qty, null)));
            final List<TransformOutput> out = new ArrayList<>();
            outputs.forEach((lot, qty) -> out.add(new TransformOutput(lot, productCode, productName, null, qty, unit)));
            committed(food.transform(new TransformRequest(kind, in, out, site, null, null, note)));
        }
    }

    @Command(name = "aggregate", description = "Pack lots into a container or pallet, e.g. an SSCC (processor).",
            footer = {"  tracechain --org producer --user processor food aggregate --container SSCC-069012340000000017 \\",
                "      --lot L1 --lot L2 --site GLN-6901234000017"})
    static final class Aggregate extends FoodCommand {
        @Option(names = "--container", required = true, paramLabel = "ID", description = "container or pallet id")
        String containerId;
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID", split = ",",
                description = "lots to pack, 1-200 (comma-separated or repeated)")
        List<String> lotIds;
        @Option(names = "--site", description = "where")
        String site;
        @Option(names = "--event-time", paramLabel = "INSTANT", description = "when, e.g. 2026-01-05T08:00:00Z (default: now)")
        Instant eventTime;
        @Option(names = "--note")
        String note;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.aggregate(new AggregateRequest(containerId, lotIds, site, eventTime, note)));
        }
    }

    @Command(name = "disaggregate", description = "Unpack lots from a container; without --lot, every lot in it (processor).",
            footer = {"  tracechain --org producer --user processor food disaggregate --container SSCC-069012340000000017",
                "  tracechain --org producer --user processor food disaggregate --container SSCC-069012340000000017 \\",
                "      --lot L2"})
    static final class Disaggregate extends FoodCommand {
        @Option(names = "--container", required = true, paramLabel = "ID", description = "container or pallet id")
        String containerId;
        @Option(names = "--lot", paramLabel = "LOT_ID", split = ",",
                description = "lots to unpack (comma-separated or repeated; default all)")
        List<String> lotIds;
        @Option(names = "--site", description = "where")
        String site;
        @Option(names = "--event-time", paramLabel = "INSTANT", description = "when (default: now)")
        Instant eventTime;
        @Option(names = "--note")
        String note;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.disaggregate(new AggregateRequest(containerId, lotIds == null ? List.of() : lotIds, site,
                    eventTime, note)));
        }
    }
}
