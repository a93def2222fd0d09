// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * The parties of a SHIP or RECEIVE event (CBV source/destination owning_party) and, for a SHIP, the ship-to site
 * (CBV destination location).
 *
 * @param fromMspId shipping organisation
 * @param toMspId receiving organisation
 * @param termsHash hex SHA-256 of the canonical private {@link SaltedTerms} (the terms with the client's random salt),
 *     when terms were given
 * @param termsCollection private data collection holding the terms, when terms were given
 * @param toSiteId the ship-to site (SHIP events), when known
 */
public record Shipment(String fromMspId, String toMspId, String termsHash, String termsCollection, String toSiteId) {

    /** Parties and terms without a ship-to site. */
    public Shipment(final String fromMspId, final String toMspId, final String termsHash,
            final String termsCollection) {
        this(fromMspId, toMspId, termsHash, termsCollection, null);
    }

    /** The same parties and terms with the ship-to site. */
    public Shipment withToSite(final String siteId) {
        return new Shipment(fromMspId, toMspId, termsHash, termsCollection, siteId);
    }
}
