// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of {@code RetireEntry}: withdraw an entry from the catalog (recorded as a new, retired version).
 *
 * @param code entry code
 * @param reason required, at most 1000 characters
 * @param expectedVersion optional: refuse with VERSION_CONFLICT unless this is the latest version
 */
public record RetireEntryRequest(String code, String reason, Integer expectedVersion) {}
