// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.math.BigDecimal;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.TransactionResult;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tracechain food ...}: the foodtrace chaincode. Add food commands here and to {@code subcommands}. */
@Command(name = "food", description = "Food traceability (channel and chaincode foodtrace).",
        subcommands = {FoodCommands.GetLot.class, FoodCommands.RegisterLot.class})
final class FoodCommands {

    static final String CHANNEL = "foodtrace";

    private FoodCommands() {}

    static LedgerContract contract(final LedgerClient client) {
        return client.contract(CHANNEL, FoodTransaction.CHAINCODE);
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

        @Override
        protected void execute() throws Exception {
            final RegisterLotRequest request = new RegisterLotRequest(lotId, productCode, productName, quantity, unit);
            try (LedgerClient client = connect()) {
                final TransactionResult result =
                        contract(client).submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(request));
                Results.print(output(), result, result.payloadAs(Lot.class));
            }
        }
    }
}
