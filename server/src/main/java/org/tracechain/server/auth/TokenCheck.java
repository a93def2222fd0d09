// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * What a presented bearer token is worth.
 *
 * @param outcome valid, or why not
 * @param record the matching record when the token is known (valid, expired or revoked)
 */
public record TokenCheck(Outcome outcome, Optional<TokenRecord> record) {

    /** Why a token does or does not authenticate. */
    public enum Outcome {
        /** Known, not expired, not revoked. */
        VALID,
        /** Not a token this store issued (malformed, unknown id, wrong secret). */
        UNKNOWN,
        /** Issued here, past its expiry. */
        EXPIRED,
        /** Issued here, revoked. */
        REVOKED
    }

    public TokenCheck {
        Objects.requireNonNull(outcome, "outcome must not be null");
        Objects.requireNonNull(record, "record must not be null");
    }

    static TokenCheck unknown() {
        return new TokenCheck(Outcome.UNKNOWN, Optional.empty());
    }

    /** @return true if the token authenticates */
    public boolean valid() {
        return outcome == Outcome.VALID;
    }
}
