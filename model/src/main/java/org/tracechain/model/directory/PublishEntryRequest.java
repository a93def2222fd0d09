// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of {@code PublishEntry}: publish the draft (recorded as a new, published version).
 *
 * @param code entry code
 * @param changeNote optional, at most 1000 characters
 * @param expectedVersion optional: refuse with VERSION_CONFLICT unless this is the latest version
 */
public record PublishEntryRequest(String code, String changeNote, Integer expectedVersion) {}
