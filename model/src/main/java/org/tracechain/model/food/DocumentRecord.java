// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An off-chain document anchored on the ledger.
 *
 * @param hash hex SHA-256 of the document (lower case)
 * @param uri where it can be fetched
 * @param type document type
 * @param title title, optional
 * @param issuer issuing body
 * @param validFrom first valid day, optional
 * @param validUntil last valid day, optional
 * @param lotIds lots it is about
 * @param recordedByMspId organisation that recorded it
 * @param recordedBy identity that recorded it
 * @param recordedAt transaction timestamp
 * @param txId recording transaction
 */
public record DocumentRecord(String hash, String uri, String type, String title, String issuer,
        LocalDate validFrom, LocalDate validUntil, List<String> lotIds, String recordedByMspId, String recordedBy,
        Instant recordedAt, String txId) {
    public DocumentRecord {
        lotIds = lotIds == null ? List.of() : List.copyOf(lotIds);
    }
}
