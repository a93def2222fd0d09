// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Payload of {@code RecallIssued} and {@code RecallContinued}: the lots this transaction processed.
 *
 * @param recallId the recall
 * @param rootLotId recalled root lot
 * @param reason why
 * @param batch batch number (1 for RecallIssued)
 * @param complete whether the recall has now reached every downstream lot
 * @param lots lots processed in this batch with their holders
 */
public record RecallBatchNotice(String recallId, String rootLotId, String reason, int batch, boolean complete,
        List<AffectedLot> lots) {
    public RecallBatchNotice {
        lots = List.copyOf(lots);
    }

    /**
     * A recalled lot and who holds it.
     *
     * @param lotId the lot
     * @param holderMspId its current holder
     */
    public record AffectedLot(String lotId, String holderMspId) {}
}
