// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * Input of {@code Ship}: the holder ships a whole lot to a named organisation. Private commercial terms
 * travel in the transient map under {@code "terms"} ({@link TradeTerms} JSON), never in this argument.
 *
 * @param lotId lot to ship
 * @param toMspId receiving organisation
 * @param site ship-from location, optional
 * @param eventTime when it left, optional (defaults to the transaction time)
 * @param documentHashes recorded documents (e.g. despatch advice, 五证), optional
 * @param note free text, optional
 */
public record ShipRequest(String lotId, String toMspId, String site, Instant eventTime, List<String> documentHashes,
        String note) {}
