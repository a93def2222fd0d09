// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Input of {@code VerifyTerms}: does {@code terms} hash to what the event recorded?
 *
 * @param eventId the SHIP or RECEIVE event
 * @param terms the claimed terms
 */
public record VerifyTermsRequest(String eventId, TradeTerms terms) {}
