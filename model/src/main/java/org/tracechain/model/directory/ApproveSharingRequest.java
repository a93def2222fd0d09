// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;

import java.time.Instant;

/**
 * Input of {@code ApproveRequest}. The grant starts at {@code validFrom}, else at the requested start, else at
 * the approval; it ends at {@code validUntil}, else {@code validDays} days after its start, else at the
 * requested end, else 365 days after its start. A number of days always counts from the grant's start, never
 * from the approval.
 *
 * @param requestId the pending request
 * @param validFrom optional start of the grant (overrides the requested one)
 * @param validUntil optional end of the grant (overrides the requested one); not together with validDays
 * @param validDays optional length of the grant in days (1-1098), counted from its start
 * @param note optional, at most 1000 characters
 */
public record ApproveSharingRequest(String requestId, Instant validFrom, Instant validUntil, Integer validDays,
        String note) {

    /** Without a number of days. */
    public ApproveSharingRequest(final String requestId, final Instant validFrom, final Instant validUntil,
            final String note) {
        this(requestId, validFrom, validUntil, null, note);
    }
}
