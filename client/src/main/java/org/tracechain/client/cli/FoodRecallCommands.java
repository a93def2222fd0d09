// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.List;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.food.RegulatorActionRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Regulator actions and their answers: {@code food recall}, {@code food recall-status},
 * {@code food acknowledge-recall} (holders), {@code food hold}, {@code food release}.
 */
final class FoodRecallCommands {

    private FoodRecallCommands() {}

    @Command(name = "recall", description = "Recall a lot and everything made from it (regulator).",
            footer = {"  tracechain --org regulator --user regulator food recall --recall-id R1 --lot L1 \\",
                "      --reason \"chlorpyrifos above limit\""})
    static final class Recall extends FoodCommand {
        @Option(names = "--recall-id", required = true)
        String recallId;
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--reason", required = true)
        String reason;
        @Option(names = "--document", paramLabel = "HASH", description = "supporting document (repeatable)")
        List<String> documents;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.recall(new RecallRequest(recallId, lotId, reason, documents)));
        }
    }

    @Command(name = "recall-status", description = "Show who must acknowledge a recall and who has.",
            footer = {"  tracechain --org regulator --user regulator food recall-status R1"})
    static final class RecallStatus extends FoodCommand {
        @Parameters(paramLabel = "RECALL_ID")
        String recallId;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            final Read read = read(food, FoodTransaction.RECALL_STATUS, recallId);
            output().read(read, () -> print(read.as(RecallStatusView.class)));
        }

        private void print(final RecallStatusView status) {
            output().line("Recall " + status.recall().recallId() + " of " + status.recall().rootLotId() + ": "
                    + status.recall().reason() + " (" + status.recall().affectedLotCount() + " lots, "
                    + (status.recall().complete() ? "complete" : "in progress") + ")");
            final TextTable table = TextTable.withHeaders("Holder", "Acknowledged", "By", "At", "Note");
            for (final RecallStatusView.HolderAcknowledgement holder : status.holders()) {
                final var ack = holder.acknowledgement();
                table.row(holder.mspId(), holder.acknowledged() ? "yes" : "NO",
                        ack == null ? null : ack.acknowledgedBy(), ack == null ? null : ack.acknowledgedAt(),
                        ack == null ? null : ack.note());
            }
            output().table(table);
            output().line(status.notAcknowledged().isEmpty() ? "All holders acknowledged."
                    : "Not acknowledged: " + String.join(", ", status.notAcknowledged()));
        }
    }

    @Command(name = "acknowledge-recall", aliases = "ack-recall",
            description = "Acknowledge a recall for your organisation, which holds affected lots.",
            footer = {"  tracechain --org distributor --user retailer food acknowledge-recall R1 \\",
                "      --note \"withdrawn from 12 stores; 84.5 kg quarantined\""})
    static final class AcknowledgeRecall extends FoodCommand {
        @Parameters(paramLabel = "RECALL_ID")
        String recallId;
        @Option(names = "--note", description = "actions taken (optional)")
        String note;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.acknowledgeRecall(new AcknowledgeRecallRequest(recallId, note)));
        }
    }

    @Command(name = "hold", description = "Put a lot on hold (regulator).",
            footer = {"  tracechain --org regulator --user regulator food hold --lot L1 --reason \"pending lab result\""})
    static final class Hold extends FoodCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.hold(new RegulatorActionRequest(lotId, reason)));
        }
    }

    @Command(name = "release", description = "Release a held lot (regulator).",
            footer = {"  tracechain --org regulator --user regulator food release --lot L1 --reason \"lab result within limit\""})
    static final class Release extends FoodCommand {
        @Option(names = "--lot", required = true, paramLabel = "LOT_ID")
        String lotId;
        @Option(names = "--reason", required = true)
        String reason;

        @Override
        protected void run(final FoodTrace food) throws Exception {
            committed(food.release(new RegulatorActionRequest(lotId, reason)));
        }
    }
}
