// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;

/**
 * A holder organisation's acknowledgement of a recall.
 *
 * @param recallId the recall
 * @param mspId acknowledging organisation
 * @param acknowledgedBy identity
 * @param acknowledgedAt transaction timestamp
 * @param txId transaction
 * @param note e.g. actions taken, optional
 */
public record RecallAcknowledgement(String recallId, String mspId, String acknowledgedBy, Instant acknowledgedAt,
        String txId, String note) {}
