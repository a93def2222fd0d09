// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;

/**
 * A channel member organisation's trading-party record (see {@link PartyRequest}), keyed by its MSP id.
 *
 * @param mspId the organisation
 * @param businessName registered business name
 * @param phone phone number
 * @param address registered address, optional
 * @param pgln GS1 party GLN, when registered
 * @param uscc unified social credit code, when registered
 * @param primarySiteId default site, when set
 * @param registeredAt transaction timestamp of the registration
 * @param updatedAt timestamp of the last change
 * @param updatedBy identity (an admin of the organisation) of the last change
 * @param updatedTxId transaction of the last change
 */
public record PartyRecord(String mspId, String businessName, String phone, PostalAddress address, String pgln,
        String uscc, String primarySiteId, Instant registeredAt, Instant updatedAt, String updatedBy,
        String updatedTxId) {}
