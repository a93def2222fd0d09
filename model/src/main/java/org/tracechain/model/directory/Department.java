// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;

import java.time.Instant;

/**
 * A government department taking part in the directory chain.
 *
 * @param code department code, unique on the channel
 * @param name department name
 * @param mspId the organisation (MSP id) that acts for the department
 * @param parentCode code of the parent department (district → municipal), or null
 * @param registeredAt transaction timestamp of the registration
 * @param registrationTxId transaction that registered the department
 */
public record Department(String code, String name, String mspId, String parentCode, Instant registeredAt,
        String registrationTxId) {}
