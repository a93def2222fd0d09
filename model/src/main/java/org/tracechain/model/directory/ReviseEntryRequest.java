// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of {@code ReviseEntry}: new content for an entry, recorded as a new version. A published entry
 * stays published (the new version is published at once and announced); a draft stays a draft.
 *
 * @param code entry code
 * @param metadata the complete new content
 * @param changeNote required note on what changed and why, at most 1000 characters
 * @param expectedVersion optional: refuse with VERSION_CONFLICT unless this is the latest version
 */
public record ReviseEntryRequest(String code, EntryMetadata metadata, String changeNote, Integer expectedVersion) {}
