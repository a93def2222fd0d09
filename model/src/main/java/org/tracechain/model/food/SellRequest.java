// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Input of {@code Sell}: a retailer of the holding organisation records a retail sale from a lot.
 *
 * @param lotId lot sold from
 * @param quantity amount sold (the lot's unit)
 * @param site store or stall, optional
 * @param eventTime when, optional
 * @param note free text, optional
 */
public record SellRequest(String lotId, BigDecimal quantity, String site, Instant eventTime, String note) {}
