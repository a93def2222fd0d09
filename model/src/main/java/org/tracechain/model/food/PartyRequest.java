// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Input of {@code RegisterParty} and {@code UpdateParty}: the caller's organisation as a trading party, with the
 * party identifier exports use instead of its MSP id. At least one of {@code pgln} and {@code uscc} is required.
 *
 * @param businessName registered business name, required
 * @param phone phone number, required (FSMA: business name and phone of the harvester)
 * @param address registered address, optional
 * @param pgln GS1 party GLN (13 digits, check digit verified), optional
 * @param uscc unified social credit code (统一社会信用代码, GB 32100-2015 check character verified), optional
 * @param primarySiteId the organisation's default site, optional: events the organisation records without a
 *     site happen there
 */
public record PartyRequest(String businessName, String phone, PostalAddress address, String pgln, String uscc,
        String primarySiteId) {}
