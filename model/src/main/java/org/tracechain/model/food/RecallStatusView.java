// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Result of {@code RecallStatus}: the recall, per-holder acknowledgement and who has not acknowledged.
 *
 * @param recall the recall record
 * @param holders one entry per holder organisation (sorted)
 * @param notAcknowledged holder organisations without an acknowledgement (sorted)
 */
public record RecallStatusView(RecallRecord recall, List<HolderAcknowledgement> holders,
        List<String> notAcknowledged) {
    public RecallStatusView {
        holders = List.copyOf(holders);
        notAcknowledged = List.copyOf(notAcknowledged);
    }

    /**
     * One holder's state.
     *
     * @param mspId holder organisation
     * @param acknowledged whether it acknowledged
     * @param acknowledgement the acknowledgement, when there is one
     */
    public record HolderAcknowledgement(String mspId, boolean acknowledged, RecallAcknowledgement acknowledgement) {}
}
