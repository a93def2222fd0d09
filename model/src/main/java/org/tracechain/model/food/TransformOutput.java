// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;

/**
 * A new lot produced by a transformation. For MERGE and SPLIT the product code, GTIN, name and category default
 * to the (first) input's.
 *
 * @param lotId new lot id (with a GTIN also its GS1 batch/lot: at most 20 characters of character set 82)
 * @param productCode product code, optional for MERGE/SPLIT
 * @param productName product name, optional for MERGE/SPLIT
 * @param category category, optional
 * @param quantity amount, positive
 * @param unit unit; for MERGE/SPLIT must equal the inputs' unit (defaults to it)
 * @param gtin GS1 GTIN of the new product, optional (check digit verified)
 */
public record TransformOutput(String lotId, String productCode, String productName, String category,
        BigDecimal quantity, String unit, String gtin) {

    /** An output without a GTIN of its own. */
    public TransformOutput(final String lotId, final String productCode, final String productName,
            final String category, final BigDecimal quantity, final String unit) {
        this(lotId, productCode, productName, category, quantity, unit, null);
    }
}
