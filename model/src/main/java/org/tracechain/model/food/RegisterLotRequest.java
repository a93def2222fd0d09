// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;

/**
 * Input of {@code RegisterLot}: a producer commissions a traceability lot.
 *
 * @param lotId the traceability lot code, unique on the channel
 * @param productCode product code (e.g. a GTIN)
 * @param productName product name
 * @param quantity amount in the lot, positive
 * @param unit unit of measure (e.g. {@code kg})
 */
public record RegisterLotRequest(String lotId, String productCode, String productName, BigDecimal quantity,
        String unit) {}
