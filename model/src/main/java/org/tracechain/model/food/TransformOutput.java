// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;

/**
 * A new lot produced by a transformation. For MERGE and SPLIT the product code, name and category default
 * to the (first) input's.
 *
 * @param lotId new lot id
 * @param productCode product code, optional for MERGE/SPLIT
 * @param productName product name, optional for MERGE/SPLIT
 * @param category category, optional
 * @param quantity amount, positive
 * @param unit unit; for MERGE/SPLIT must equal the inputs' unit (defaults to it)
 */
public record TransformOutput(String lotId, String productCode, String productName, String category,
        BigDecimal quantity, String unit) {}
