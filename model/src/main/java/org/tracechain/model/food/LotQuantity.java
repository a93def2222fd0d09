// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;

/**
 * An amount of a lot: consumed by a transformation, produced by one, shipped or sold.
 *
 * @param lotId the lot
 * @param quantity the amount, positive
 * @param unit the unit; in requests optional (defaults to the lot's unit) but must match when given
 */
public record LotQuantity(String lotId, BigDecimal quantity, String unit) {}
