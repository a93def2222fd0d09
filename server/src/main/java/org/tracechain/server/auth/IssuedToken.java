// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.auth;

import java.util.Objects;

/**
 * A token just created: the secret is here once, to be handed to its user, and is kept nowhere.
 *
 * @param token the bearer token ({@code tct_<id>_<secret>})
 * @param record what the store keeps
 */
public record IssuedToken(String token, TokenRecord record) {
    public IssuedToken {
        Objects.requireNonNull(token, "token must not be null");
        Objects.requireNonNull(record, "record must not be null");
    }

    @Override
    public String toString() {
        // Records print their components; this one must never print its secret (logs, exceptions, debuggers).
        return "IssuedToken[" + record.id() + "]";
    }
}
