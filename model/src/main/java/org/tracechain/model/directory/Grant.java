// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;
import java.util.List;

/**
 * Permission for a department to use data items of an entry, made when a request is approved.
 * It allows access only from {@code validFrom} (inclusive) to {@code validUntil} (exclusive) and
 * never after revocation.
 *
 * @param grantId grant id (equal to the request id)
 * @param requestId the approved request
 * @param entryCode the entry
 * @param ownerDepartmentCode department owning the entry
 * @param requesterDepartmentCode department allowed to use the data
 * @param items granted item names
 * @param purpose the purpose the data may be used for
 * @param validFrom start of validity
 * @param validUntil end of validity (exclusive)
 * @param automatic true for grants of unconditional entries
 * @param grantedAt approval timestamp
 * @param grantTxId approval transaction
 * @param revokedAt revocation timestamp, if revoked
 * @param revokedBy revoking identity
 * @param revokeTxId revocation transaction
 * @param revocationReason why it was revoked
 */
public record Grant(String grantId, String requestId, String entryCode, String ownerDepartmentCode,
        String requesterDepartmentCode, List<String> items, String purpose, Instant validFrom, Instant validUntil,
        boolean automatic, Instant grantedAt, String grantTxId, Instant revokedAt, String revokedBy,
        String revokeTxId, String revocationReason) {

    /** Whether the grant allows access at {@code now}. */
    public boolean allowsAccessAt(final Instant now) {
        return revokedAt == null && !now.isBefore(validFrom) && now.isBefore(validUntil);
    }
}
