// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;

/**
 * The mutable pointer to an entry's latest version. Versions themselves are never changed.
 *
 * @param code entry code
 * @param departmentCode owning department
 * @param ownerMspId the owner department's organisation, whose peers must endorse changes
 * @param latestVersion number of the latest version
 * @param latestVersionKey ledger key of the latest version
 * @param state publication state of the latest version
 * @param createdAt timestamp of version 1
 * @param updatedAt timestamp of the latest version
 * @param updatedTxId transaction of the latest version
 */
public record EntryHead(String code, String departmentCode, String ownerMspId, int latestVersion,
        String latestVersionKey, PublicationState state, Instant createdAt, Instant updatedAt, String updatedTxId) {}
