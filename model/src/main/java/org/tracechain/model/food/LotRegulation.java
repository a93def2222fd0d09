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
        String actorId, Instant since, String txId) {}
