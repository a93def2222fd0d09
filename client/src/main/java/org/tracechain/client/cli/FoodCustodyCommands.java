// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TradeTerms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Custody: {@code food ship}, {@code food receive}, {@code food sell}. */
final class FoodCustodyCommands {

    private FoodCustodyCommands() {}

    @Command(name = "ship", description = "Ship a lot to another organisation (holder).",
            footer = {"  tracechain --org producer --user processor food ship --lot L1 --to DistributorMSP \\",
                "      --terms-file terms.json"})
    static final class Ship extends FoodCommand {
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
        protected void run(final FoodTrace food) throws Exception {
            final TradeTerms terms = FoodCommands.terms(spec.commandLine(), termsFile);
            committed(food.ship(new ShipRequest(lotId, toMspId, site, null, documents, note), terms));
        }
    }

    @Command(name = "receive", description = "Receive a lot shipped to your organisation.",
            footer = {"  tracechain --org distributor --user carrier food receive --lot L1 --site GLN-6901234000017"})
    static final class Receive extends FoodCommand {
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
        protected void run(final FoodTrace food) throws Exception {
            final TradeTerms terms = FoodCommands.terms(spec.commandLine(), termsFile);
            committed(food.receive(new ReceiveRequest(lotId, site, null, documents, note), terms));
        }
    }

    @Command(name = "sell", description = "Record a retail sale from a lot (retailer).",
            footer = {"  tracechain --org distributor --user retailer food sell --lot L1 --quantity 2.5 --site store-12"})
    static final class Sell extends FoodCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--quantity", required = true, description = "amount sold (sent exactly)")
        BigDecimal quantity;
        @Option(names = "--site", description = "store or stall")
        String site;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.sell(new SellRequest(lotId, quantity, site, null, null)));
        }
    }
}
