// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;
import java.util.List;

/**
 * Payload of the RequestSubmitted, RequestDecided and RequestWithdrawn events.
 *
 * @param requestId request id
 * @param entryCode entry requested
 * @param ownerDepartmentCode deciding department
 * @param requesterDepartmentCode asking department
 * @param state new state
 * @param automatic decided on submission by the entry's sharing type (auto-grant / auto-refusal)
 * @param reason refusal or withdrawal reason, or approval note
 * @param grantId grant made on approval
 * @param items requested items
 * @param validFrom grant start, on approval
 * @param validUntil grant end, on approval
 * @param dueAt answer deadline
 * @param txId transaction
 * @param at its timestamp
 */
public record RequestEvent(String requestId, String entryCode, String ownerDepartmentCode,
        String requesterDepartmentCode, RequestState state, boolean automatic, String reason, String grantId,
        List<String> items, Instant validFrom, Instant validUntil, Instant dueAt, String txId, Instant at) {}
