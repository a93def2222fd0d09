// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;
import java.util.List;

/**
 * Input of {@code SubmitRequest}: a department asks for data items of another department's entry.
 *
 * @param requestId new request id, unique on the channel
 * @param requesterDepartmentCode the asking department (the caller's organisation must act for it)
 * @param entryCode a published entry of another department
 * @param items 1-200 distinct item names, all in the entry
 * @param purpose required, at most 1000 characters
 * @param legalBasis required for CONDITIONAL entries, at most 1000 characters
 * @param scenario optional application scenario, at most 500 characters
 * @param validFrom optional requested start of the grant
 * @param validUntil optional requested end of the grant
 */
public record SubmitSharingRequest(String requestId, String requesterDepartmentCode, String entryCode,
        List<String> items, String purpose, String legalBasis, String scenario, Instant validFrom,
        Instant validUntil) {}
