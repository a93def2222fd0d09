// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Payload of {@code LotHeld} and {@code LotReleased}.
 *
 * @param lotId the lot
 * @param holderMspId its holder
 * @param status its new status
 * @param reason the regulator's reason
 * @param eventId the HOLD or RELEASE event
 */
public record LotStatusNotice(String lotId, String holderMspId, LotStatus status, String reason, String eventId) {}
