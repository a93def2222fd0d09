// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * Input of {@code Cool}: the holder records the cooling of a raw agricultural commodity before initial packing
 * (FSMA 204 cooling, 21 CFR 1.1325(b): hydrocooling, icing, forced-air or vacuum cooling).
 *
 * @param lotId the cooled lot
 * @param site where it was cooled (a registered site), optional (default: the organisation's primary site)
 * @param eventTime when it was cooled, optional (default: the transaction time)
 * @param documentHashes recorded documents, optional
 * @param references business documents by number, optional
 * @param note free text (e.g. the cooling method), optional
 */
public record CoolRequest(String lotId, String site, Instant eventTime, List<String> documentHashes,
        List<ReferenceDocument> references, String note) {}
