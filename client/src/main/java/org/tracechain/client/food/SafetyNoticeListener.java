// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import java.io.IOException;
import java.util.Objects;
import org.tracechain.client.ChaincodeEventListener;
import org.tracechain.client.LedgerEvent;
import org.tracechain.client.LedgerException;
import org.tracechain.model.food.ColdChainAlertNotice;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.RecallBatchNotice;

/** Turns foodtrace's chaincode events into {@link SafetyNotice}s for a handler: recalls and cold-chain alerts. */
final class SafetyNoticeListener {

    private SafetyNoticeListener() {}

    /** Starts {@code builder}'s listener, handing {@code handler} each recall or alert and skipping other events. */
    static ChaincodeEventListener start(final ChaincodeEventListener.Builder builder,
            final SafetyNotice.Handler handler) throws IOException {
        Objects.requireNonNull(handler, "handler must not be null");
        return builder.start(event -> {
            final SafetyNotice notice = notice(event);
            if (notice != null) {
                handler.handle(notice);
            }
        });
    }

    /** The notice an event carries, or null for events that are neither recalls nor alerts. */
    static SafetyNotice notice(final LedgerEvent event) throws LedgerException {
        return switch (event.eventName()) {
            case FoodChaincodeEvents.RECALL_ISSUED -> new SafetyNotice.Recall(
                    event.payloadAs(RecallBatchNotice.class), true, event.transactionId(), event.blockNumber());
            case FoodChaincodeEvents.RECALL_CONTINUED -> new SafetyNotice.Recall(
                    event.payloadAs(RecallBatchNotice.class), false, event.transactionId(), event.blockNumber());
            case FoodChaincodeEvents.COLD_CHAIN_ALERT -> new SafetyNotice.ColdChainAlert(
                    event.payloadAs(ColdChainAlertNotice.class), event.transactionId(), event.blockNumber());
            default -> null;
        };
    }
}
