// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import org.tracechain.model.food.ColdChainAlertNotice;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.RecallBatchNotice;

/**
 * A food-safety notice from the ledger: a recall batch ({@code RecallIssued} / {@code RecallContinued}) or a
 * cold-chain alert ({@code ColdChainAlert}), with the transaction and block that emitted it.
 *
 * <pre>{@code
 * if (notice instanceof SafetyNotice.Recall recall) {
 *     withdraw(recall.notice().lots());
 * } else if (notice instanceof SafetyNotice.ColdChainAlert alert) {
 *     inspect(alert.notice().lotIds());
 * }
 * }</pre>
 */
public sealed interface SafetyNotice {
    /** The chaincode event name. */
    String eventName();

    /** The transaction that emitted it. */
    String transactionId();

    /** The block holding that transaction. */
    long blockNumber();

    /**
     * A recall batch: the lots it recalled and their holders, who must acknowledge.
     *
     * @param notice the payload
     * @param issued true for the first batch ({@code RecallIssued}), false for later ones ({@code RecallContinued})
     * @param transactionId emitting transaction
     * @param blockNumber its block
     */
    record Recall(RecallBatchNotice notice, boolean issued, String transactionId, long blockNumber)
            implements SafetyNotice {
        @Override
        public String eventName() {
            return issued ? FoodChaincodeEvents.RECALL_ISSUED : FoodChaincodeEvents.RECALL_CONTINUED;
        }
    }

    /**
     * A cold-chain excursion.
     *
     * @param notice the payload
     * @param transactionId emitting transaction
     * @param blockNumber its block
     */
    record ColdChainAlert(ColdChainAlertNotice notice, String transactionId, long blockNumber)
            implements SafetyNotice {
        @Override
        public String eventName() {
            return FoodChaincodeEvents.COLD_CHAIN_ALERT;
        }
    }

    /** Handles one notice; throwing stops the listener and the notice is delivered again on restart. */
    @FunctionalInterface
    interface Handler {
        /**
         * @param notice the notice
         * @throws Exception to stop the listener without checkpointing this notice
         */
        void handle(SafetyNotice notice) throws Exception;
    }
}
