// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;

/**
 * One immutable version of a catalog entry (DCAT v3 {@code dcat:version} / {@code dcat:previousVersion}).
 * Every change, including publication and retirement, writes a new version.
 *
 * @param code entry code
 * @param departmentCode owning department
 * @param version 1, 2, 3, ...
 * @param previousVersionKey ledger key of the previous version; absent for version 1
 * @param state publication state as of this version
 * @param metadata content as of this version
 * @param changeNote why this version was made
 * @param txId transaction that wrote it
 * @param recordedAt its transaction timestamp
 * @param recordedBy identity of the catalog administrator who wrote it
 */
public record EntryVersion(String code, String departmentCode, int version, String previousVersionKey,
        PublicationState state, EntryMetadata metadata, String changeNote, String txId, Instant recordedAt,
        String recordedBy) {}
