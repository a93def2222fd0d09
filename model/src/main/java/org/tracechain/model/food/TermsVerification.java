// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Result of {@code VerifyTerms}, which only members of the terms' collection (the two parties and the authority
 * organisations) may call: the check needs the stored salt, and answering anyone else would let them confirm guesses.
 *
 * @param eventId the event
 * @param matches whether the supplied terms, salted with the stored salt, hash to the recorded hash
 * @param recordedHash hash on the event (absent if the event carried no terms)
 * @param suppliedHash hash of the canonical JSON of the supplied terms with the stored salt ({@link SaltedTerms})
 * @param collection private data collection of the terms
 * @param privateDataHashMatches whether Fabric's own hash of the private value equals the recorded hash
 *     (absent when the peer has no such private value)
 */
public record TermsVerification(String eventId, boolean matches, String recordedHash, String suppliedHash,
        String collection, Boolean privateDataHashMatches) {}
