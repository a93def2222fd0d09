// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tracechain food ...}: the foodtrace chaincode. The commands live in one class per part of the chain
 * (lots, custody, processing, evidence, trace, recalls); list a new one in {@link #COMMANDS}.
 */
@Command(name = "food", description = "Food traceability (channel and chaincode foodtrace).",
        footer = {
            "  tracechain --org producer --user farmer food register-lot --lot L1 --product-code CS-500 \\",
            "      --gtin 06901234567892 --product-name \"Choy sum\" --quantity 120.5 --unit kg",
            "  tracechain --org distributor --user carrier food get-lot L1",
            "  tracechain --org regulator --user regulator food trace forward L1"})
final class FoodCommands {

    static final String CHANNEL = "foodtrace";

    /** The food commands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(
            FoodMasterDataCommands.RegisterSite.class, FoodMasterDataCommands.UpdateSite.class,
            FoodMasterDataCommands.GetSite.class, FoodMasterDataCommands.RegisterParty.class,
            FoodMasterDataCommands.UpdateParty.class, FoodMasterDataCommands.GetParty.class,
            FoodLotCommands.GetLot.class, FoodLotCommands.RegisterLot.class, FoodLotCommands.History.class,
            FoodCaptureCommands.Cool.class, FoodCaptureCommands.ImportEpcis.class,
            FoodCustodyCommands.Ship.class, FoodCustodyCommands.Receive.class, FoodCustodyCommands.Sell.class,
            FoodProcessingCommands.Transform.class, FoodProcessingCommands.Aggregate.class,
            FoodProcessingCommands.Disaggregate.class,
            FoodEvidenceCommands.Inspect.class, FoodEvidenceCommands.Sensor.class,
            FoodEvidenceCommands.RecordDocument.class, FoodEvidenceCommands.VerifyDocument.class,
            FoodEvidenceCommands.CorrectEvent.class,
            FoodTraceCommands.Trace.class, FoodTraceCommands.Export.class,
            FoodRecallCommands.Recall.class, FoodRecallCommands.RecallStatus.class,
            FoodRecallCommands.AcknowledgeRecall.class, FoodRecallCommands.Hold.class, FoodRecallCommands.Release.class);

    private FoodCommands() {}

    static LedgerContract contract(final LedgerClient client) {
        return client.contract(CHANNEL, FoodTransaction.CHAINCODE);
    }

    /** Private trade terms from a JSON file, or null without one; a bad file is a usage error. */
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
}
