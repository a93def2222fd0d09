// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;

/**
 * A registered site (see {@link SiteRequest}) as stored on the ledger.
 *
 * @param siteId identifier on the channel
 * @param businessName business name
 * @param phone phone number
 * @param address physical address
 * @param gln GLN, when the site has one
 * @param glnExtension GLN extension (AI 254), when the site has one
 * @param utcOffset offset from UTC, e.g. {@code +08:00}
 * @param tlcSourceReference FSMA traceability lot code source reference, optional
 * @param ownerMspId organisation that registered the site (only its admin may update it)
 * @param registeredAt transaction timestamp of the registration
 * @param updatedAt timestamp of the last change
 * @param updatedBy identity of the last change
 * @param updatedTxId transaction of the last change
 */
public record SiteRecord(String siteId, String businessName, String phone, PostalAddress address, String gln,
        String glnExtension, String utcOffset, String tlcSourceReference, String ownerMspId, Instant registeredAt,
        Instant updatedAt, String updatedBy, String updatedTxId) {}
