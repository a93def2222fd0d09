// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;

/**
 * Private commercial terms of a ship/receive, stored only in the trading pair's private data collection
 * {@code terms_<mspA>_<mspB>} (MSP ids sorted) with a random salt ({@link SaltedTerms}); the channel sees only the
 * SHA-256 of the salted terms, which cannot be recomputed from guessed terms.
 *
 * @param price total or unit price
 * @param currency ISO 4217 code
 * @param contractNumber contract or purchase-order number
 * @param note free text, optional
 */
public record TradeTerms(BigDecimal price, String currency, String contractNumber, String note) {}
