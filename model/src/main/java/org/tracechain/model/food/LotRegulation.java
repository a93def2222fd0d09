// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;

/**
 * A regulator's hold or recall of one lot, stored under its own key ({@code regulation (lotId)}), apart from the
 * lot's custody record. The custody record is bound to its holder by a key-level endorsement policy; this record is
 * not, so the channel's endorsement policy alone governs it and a regulator needs no endorsement from the holder
 * (whose peer may be down, or belong to an organisation that no longer exists) to hold or recall a lot. A lot's
 * effective status is {@link #status()} while this record exists, else the custody record's status.
 *
 * @param lotId the lot
 * @param status {@link LotStatus#ON_HOLD} or {@link LotStatus#RECALLED}
 * @param reason the regulator's reason
 * @param recallId the recall, for {@link LotStatus#RECALLED}
 * @param actorMspId the regulator's organisation
 * @param actorId the regulator's identity
 * @param since timestamp of the transaction that held or recalled the lot
 * @param txId that transaction
 */
public record LotRegulation(String lotId, LotStatus status, String reason, String recallId, String actorMspId,
        String actorId, Instant since, String txId) {

    /**
     * The lot as callers see it: the custody record with a regulator's hold or recall laid over its status. The
     * chaincode answers reads with this view and the off-chain query store projects the same one, so the rule lives
     * here once.
     *
     * <pre>{@code
     * Lot view = LotRegulation.effective(custody, regulationOrNull);
     * }</pre>
     *
     * @param custody the lot's custody record
     * @param regulation the lot's regulation record, or null when the lot is neither held nor recalled
     * @return {@code custody} itself without a regulation; else a copy whose status, reason and recall are the
     *     regulation's, which remembers the custody status under a hold, and whose last change is the regulation's
     *     when that came later
     */
    public static Lot effective(final Lot custody, final LotRegulation regulation) {
        if (regulation == null) {
            return custody;
        }
        final Lot.Builder view = custody.toBuilder().status(regulation.status()).statusReason(regulation.reason())
                .recallId(regulation.recallId())
                .statusBeforeHold(regulation.status() == LotStatus.ON_HOLD ? custody.status() : null);
        if (regulation.since().isAfter(custody.updatedAt())) {
            view.updated(regulation.since(), regulation.txId());
        }
        return view.build();
    }
}
