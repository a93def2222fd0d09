// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Input of {@code RegisterLot}: a producer commissions a traceability lot (harvested, landed from a vessel, or
 * otherwise entering the ledger). Only the first five fields are required.
 *
 * @param lotId the traceability lot code, unique on the channel; with a GTIN also the GS1 batch/lot (AI 10):
 *     at most 20 characters of GS1 character set 82
 * @param productCode product code as the organisation knows it
 * @param productName product name (FSMA product description)
 * @param quantity amount in the lot, positive
 * @param unit unit of measure (e.g. {@code kg}, or a UN/ECE Rec 20 code such as {@code KGM})
 * @param category product category, optional
 * @param origin producer, site, region, dates and origin event; optional
 * @param serials per-item serials (一物一码) to register under the lot, optional; with a GTIN each is a GS1 serial
 *     (AI 21): at most 20 characters of character set 82
 * @param documentHashes already recorded documents (e.g. a farm licence) to link, optional
 * @param gtin the product's GS1 GTIN, optional: check digit verified; gives the lot a GS1 Digital Link
 * @param references business documents by number (FSMA reference documents), optional
 * @param eventTime when the lot was commissioned (harvested lots: registered; landed catch: received), optional
 *     (default: the transaction time)
 */
public record RegisterLotRequest(String lotId, String productCode, String productName, BigDecimal quantity,
        String unit, String category, LotOrigin origin, List<String> serials, List<String> documentHashes,
        String gtin, List<ReferenceDocument> references, Instant eventTime) {

    /** The minimal request (the five required fields). */
    public RegisterLotRequest(final String lotId, final String productCode, final String productName,
            final BigDecimal quantity, final String unit) {
        this(lotId, productCode, productName, quantity, unit, null, null, null, null, null, null, null);
    }

    /** A request without GTIN, references or event time. */
    public RegisterLotRequest(final String lotId, final String productCode, final String productName,
            final BigDecimal quantity, final String unit, final String category, final LotOrigin origin,
            final List<String> serials, final List<String> documentHashes) {
        this(lotId, productCode, productName, quantity, unit, category, origin, serials, documentHashes, null, null,
                null);
    }
}
