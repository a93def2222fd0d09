// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * The physical address of a location description (FSMA 204, 21 CFR 1.1310: "physical location address ...,
 * city, state, and zip code for domestic locations and comparable information for foreign locations, including
 * country").
 *
 * @param street street address (or market and stall), required
 * @param city city, required
 * @param region state, province or prefecture, optional
 * @param postalCode zip or postal code, optional
 * @param countryCode ISO 3166-1 alpha-2 country code in upper case (e.g. {@code CN}), required
 */
public record PostalAddress(String street, String city, String region, String postalCode, String countryCode) {}
