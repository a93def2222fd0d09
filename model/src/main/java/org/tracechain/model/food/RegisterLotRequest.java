// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.util.List;

/**
 * Input of {@code RegisterLot}: a producer commissions a traceability lot. Only the first five fields are
 * required.
 *
 * @param lotId the traceability lot code, unique on the channel
 * @param productCode product code (e.g. a GTIN)
 * @param productName product name
 * @param quantity amount in the lot, positive
 * @param unit unit of measure (e.g. {@code kg})
 * @param category product category, optional
 * @param origin producer, site, region, date; optional
 * @param serials per-item serials (一物一码) to register under the lot, optional
 * @param documentHashes already recorded documents (e.g. a farm licence) to link, optional
 */
public record RegisterLotRequest(String lotId, String productCode, String productName, BigDecimal quantity,
        String unit, String category, LotOrigin origin, List<String> serials, List<String> documentHashes) {

    /** The minimal request (the five required fields). */
    public RegisterLotRequest(final String lotId, final String productCode, final String productName,
            final BigDecimal quantity, final String unit) {
        this(lotId, productCode, productName, quantity, unit, null, null, null, null);
    }
}
