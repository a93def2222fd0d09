// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.LocalDate;
import java.util.List;

/**
 * Input of {@code RecordDocument}: anchor an off-chain document (certificate, inspection report, licence)
 * by its hash.
 *
 * @param hash hex SHA-256 of the document bytes (64 hex digits)
 * @param uri where the document can be fetched
 * @param type e.g. {@code certificate}, {@code inspection_report}, {@code licence}
 * @param title title, optional
 * @param issuer issuing body
 * @param validFrom first valid day, optional
 * @param validUntil last valid day, optional
 * @param lotIds lots the document is about, optional (at most 100)
 */
public record DocumentRequest(String hash, String uri, String type, String title, String issuer,
        LocalDate validFrom, LocalDate validUntil, List<String> lotIds) {}
