// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * A lot processed by a recall (also the recall's "visited" marker for that lot).
 *
 * @param recallId the recall
 * @param lotId the lot
 * @param holderMspId holder when it was recalled
 * @param previousStatus status before the recall
 * @param batch batch number (1 = the Recall transaction)
 */
public record RecallAffectedLot(String recallId, String lotId, String holderMspId, LotStatus previousStatus,
        int batch) {}
