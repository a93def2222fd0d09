// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * One issued bearer token as the token store keeps it: never the token itself, only a salted SHA-256 hash of it.
 * The token is 32 random bytes, so a fast hash is enough: there is nothing to guess, only a stolen file to make
 * useless, and salting keeps two stores' hashes of one token apart.
 *
 * @param id the token's public id (also its first part), shown by {@code token list} and used by {@code revoke}
 * @param organization the server's organisation
 * @param user the wallet user the token acts as
 * @param salt base64url salt
 * @param hash lower-case hex SHA-256 of salt and token
 * @param created when it was issued
 * @param expires when it stops working, or null for never
 * @param revoked when it was revoked, or null
 */
public record TokenRecord(String id, String organization, String user, String salt, String hash, Instant created,
        Instant expires, Instant revoked) {
    public TokenRecord {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(organization, "organization must not be null");
        Objects.requireNonNull(user, "user must not be null");
        Objects.requireNonNull(salt, "salt must not be null");
        Objects.requireNonNull(hash, "hash must not be null");
        Objects.requireNonNull(created, "created must not be null");
    }

    /**
     * Whether the token works at {@code now}: not revoked and not expired.
     *
     * @param now the time to judge at
     * @return true if it authenticates
     */
    public boolean activeAt(final Instant now) {
        return revoked == null && (expires == null || now.isBefore(expires));
    }

    TokenRecord revokedAt(final Instant when) {
        return new TokenRecord(id, organization, user, salt, hash, created, expires, when);
    }
}
