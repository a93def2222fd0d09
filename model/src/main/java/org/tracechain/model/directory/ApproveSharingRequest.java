// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;

/**
 * Input of {@code ApproveRequest}. The validity defaults to what was requested, else 365 days from now.
 *
 * @param requestId the pending request
 * @param validFrom optional start of the grant (overrides the requested one)
 * @param validUntil optional end of the grant (overrides the requested one)
 * @param note optional, at most 1000 characters
 */
public record ApproveSharingRequest(String requestId, Instant validFrom, Instant validUntil, String note) {}
