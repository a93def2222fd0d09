// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotVersion;
import org.tracechain.model.food.RegisterLotRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Lots: {@code food get-lot}, {@code food register-lot}, {@code food history}. */
final class FoodLotCommands {

    private FoodLotCommands() {}

    @Command(name = "get-lot", description = "Show a lot.",
            footer = {"  tracechain --org distributor --user carrier food get-lot L1",
                "  tracechain --org regulator --user auditor food get-lot L1 --json"})
    static final class GetLot extends FoodCommand {
        @Parameters(paramLabel = "LOT_ID", description = "traceability lot code")
        String lotId;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            output().record(read(food, FoodTransaction.GET_LOT, lotId));
        }
    }

    @Command(name = "register-lot", description = "Register a new lot (producer role).",
            footer = {"  tracechain --org producer --user farmer food register-lot --lot L1 --product-code CS-500 \\",
                "      --gtin 06901234567892 --product-name \"Choy sum\" --quantity 120.5 --unit kg \\",
                "      --origin-producer \"Conghua Farm\" --origin-site FARM1-PLOT7 --origin-region 440117 \\",
                "      --produced-on 2026-01-04"})
    static final class RegisterLot extends FoodCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID", description = "traceability lot code")
        String lotId;
        @Option(names = "--product-code", required = true, description = "product code as your organisation knows it")
        String productCode;
        @Option(names = "--gtin", description = "the product's GS1 GTIN (check digit verified): the lot gets a GS1 "
                + "Digital Link and its id must then be a GS1 batch/lot (at most 20 characters)")
        String gtin;
        @Option(names = "--product-name", required = true, description = "product name")
        String productName;
        @Option(names = "--quantity", required = true, description = "amount, positive decimal (sent exactly)")
        BigDecimal quantity;
        @Option(names = "--unit", required = true, description = "unit of measure, e.g. kg")
        String unit;
        @Option(names = "--category", description = "product category, e.g. vegetables")
        String category;
        @Option(names = "--origin-producer", description = "producer name or licence (e.g. SC code)")
        String producer;
        @Option(names = "--origin-site", paramLabel = "SITE_ID", description = "registered site where it was "
                + "harvested (default: your primary site)")
        String site;
        @Option(names = "--origin-region", description = "region code, e.g. 440117")
        String region;
        @Option(names = "--produced-on", paramLabel = "DATE", description = "production or harvest date (YYYY-MM-DD)")
        LocalDate producedOn;
        @Option(names = "--document", paramLabel = "HASH", description = "recorded document to link (repeatable)")
        List<String> documents;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            final boolean hasOrigin = producer != null || site != null || region != null || producedOn != null;
            committed(food.registerLot(new RegisterLotRequest(lotId, productCode, productName, quantity, unit,
                    category, hasOrigin ? new LotOrigin(producer, site, region, producedOn) : null, null, documents, gtin,
                    null, null)));
        }
    }

    @Command(name = "history", description = "Show every committed version of a lot.",
            footer = {"  tracechain --org regulator --user auditor food history L1"})
    static final class History extends FoodCommand {
        @Parameters(paramLabel = "LOT_ID")
        String lotId;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            final Read read = read(food, FoodTransaction.LOT_HISTORY, lotId);
            output().read(read, () -> {
                final TextTable table = TextTable.withHeaders("Time", "Transaction", "Holder", "Status", "Quantity");
                for (final LotVersion version : read.as(LotVersion[].class)) {
                    table.row(version.timestamp(), version.txId(), version.lot().holderMspId(), version.lot().status(),
                            version.lot().quantity().toPlainString() + " " + version.lot().unit());
                }
                output().table(table);
            });
        }
    }
}
