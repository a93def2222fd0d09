// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Result of {@code VerifyTerms}.
 *
 * @param eventId the event
 * @param matches whether the supplied terms hash to the recorded hash
 * @param recordedHash hash on the event (absent if the event carried no terms)
 * @param suppliedHash hash of the canonical JSON of the supplied terms
 * @param collection private data collection of the terms
 * @param privateDataHashMatches whether Fabric's own hash of the private value equals the recorded hash
 *     (absent when the peer has no such private value)
 */
public record TermsVerification(String eventId, boolean matches, String recordedHash, String suppliedHash,
        String collection, Boolean privateDataHashMatches) {}
