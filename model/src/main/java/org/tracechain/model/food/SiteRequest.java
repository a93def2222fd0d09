// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Input of {@code RegisterSite} and {@code UpdateSite}: a location of the caller's organisation where events
 * happen (farm field, packing hall, cold store, truck, market stall), with its FSMA 204 location description.
 * A site without a GLN (a market stall) is identified by the project's own URN {@code urn:tracechain:site:{siteId}}.
 *
 * @param siteId the site's identifier on the channel, required; events name it in {@code site}
 * @param businessName business name at the location, required
 * @param phone phone number, required (FSMA location description)
 * @param address physical address, required
 * @param gln GS1 Global Location Number (13 digits, check digit verified), optional; fixed once registered
 * @param glnExtension GS1 GLN extension (AI 254) for a sub-location, optional, only with a GLN; fixed once registered
 * @param utcOffset the site's offset from UTC as {@code +08:00}, optional (default {@code +00:00}): exports show
 *     event times in it
 * @param tlcSourceReference FSMA traceability lot code source reference (e.g. the FDA food facility registration
 *     number or a web address), optional
 */
public record SiteRequest(String siteId, String businessName, String phone, PostalAddress address, String gln,
        String glnExtension, String utcOffset, String tlcSourceReference) {}
