// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;
import java.util.List;

/**
 * A sharing request as stored on the ledger.
 *
 * @param requestId request id
 * @param requesterDepartmentCode asking department
 * @param ownerDepartmentCode department owning the entry, which decides
 * @param entryCode requested entry
 * @param entryVersion latest entry version at submission
 * @param items requested item names
 * @param purpose stated purpose
 * @param legalBasis stated legal basis
 * @param scenario stated application scenario
 * @param requestedValidFrom requested grant start
 * @param requestedValidUntil requested grant end
 * @param state current state
 * @param automatic true when decided on submission by the entry's sharing type
 * @param submittedAt submission transaction timestamp
 * @param submittedBy submitter identity
 * @param submitTxId submission transaction
 * @param dueAt answer deadline: 10 working days (Mon-Fri, Beijing time) after submission
 * @param decidedAt when it was approved, refused or withdrawn
 * @param decidedBy who did that: the owner's catalog administrator (approve, refuse), the requester (withdraw),
 *     or for automatic decisions the rule, {@link SharingType#decisionRule()} (e.g. {@code rule:UNCONDITIONAL})
 * @param decisionTxId that transaction
 * @param reason refusal or withdrawal reason, or approval note
 * @param grantId the grant made on approval
 */
public record SharingRequest(String requestId, String requesterDepartmentCode, String ownerDepartmentCode,
        String entryCode, int entryVersion, List<String> items, String purpose, String legalBasis, String scenario,
        Instant requestedValidFrom, Instant requestedValidUntil, RequestState state, boolean automatic,
        Instant submittedAt, String submittedBy, String submitTxId, Instant dueAt, Instant decidedAt,
        String decidedBy, String decisionTxId, String reason, String grantId) {}
