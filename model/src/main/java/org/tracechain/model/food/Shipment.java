// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * The parties of a SHIP or RECEIVE event (CBV source/destination owning_party).
 *
 * @param fromMspId shipping organisation
 * @param toMspId receiving organisation
 * @param termsHash hex SHA-256 of the canonical private {@link SaltedTerms} (the terms with the client's random salt),
 *     when terms were given
 * @param termsCollection private data collection holding the terms, when terms were given
 */
public record Shipment(String fromMspId, String toMspId, String termsHash, String termsCollection) {}
