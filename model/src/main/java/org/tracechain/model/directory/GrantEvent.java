// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;

/**
 * Payload of the GrantRevoked event.
 *
 * @param grantId revoked grant
 * @param requestId request behind it
 * @param entryCode entry
 * @param ownerDepartmentCode revoking department
 * @param requesterDepartmentCode department losing access
 * @param reason why
 * @param txId transaction
 * @param at its timestamp
 */
public record GrantEvent(String grantId, String requestId, String entryCode, String ownerDepartmentCode,
        String requesterDepartmentCode, String reason, String txId, Instant at) {}
