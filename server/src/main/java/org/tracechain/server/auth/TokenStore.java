// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The bearer tokens of one organisation's server, kept in {@code <home>/server/<org>/tokens.json} (mode 0600,
 * written atomically under a file lock, so {@code tracechain token ...} and a running server can share it; the
 * server sees a revocation on the next request). Tokens look like {@code tct_<id>_<secret>}: a 16-hex-digit id and
 * 32 random bytes in base64url; only a salted SHA-256 hash is stored, compared in constant time.
 *
 * <pre>{@code
 * TokenStore tokens = TokenStore.open(home, "producer");
 * IssuedToken issued = tokens.create("farmer", Optional.of(Duration.ofDays(30)));
 * System.out.println(issued.token());                 // shown once
 * TokenCheck check = tokens.check(bearerFromRequest);  // VALID, UNKNOWN, EXPIRED or REVOKED
 * tokens.revoke(issued.record().id());
 * }</pre>
 */
public interface TokenStore {

    /**
     * The token store of {@code organization}'s server under {@code home}. Nothing is read or created until used.
     *
     * @param home the tracechain home
     * @param organization organisation short name
     * @return the store
     */
    static TokenStore open(final Path home, final String organization) {
        return new FileTokenStore(home, organization, Clock.systemUTC());
    }

    /** @return the tokens file */
    Path file();

    /**
     * Issues a token for {@code user}. The caller checks that the user exists in the organisation's wallet.
     *
     * @param user wallet user name
     * @param validity how long it works, or empty for no expiry
     * @return the token (its secret is not kept) and its record
     * @throws IOException if the store cannot be written
     */
    IssuedToken create(String user, Optional<Duration> validity) throws IOException;

    /**
     * Every token issued, revoked and expired ones included, oldest first; no secrets.
     *
     * @return the records
     * @throws IOException if the store cannot be read
     */
    List<TokenRecord> list() throws IOException;

    /**
     * Revokes a token; revoking a revoked one changes nothing.
     *
     * @param id the token id ({@code token list})
     * @return the record as revoked
     * @throws IOException if the store cannot be written
     * @throws IllegalArgumentException if no token has this id
     */
    TokenRecord revoke(String id) throws IOException;

    /**
     * Judges a presented token.
     *
     * @param token the bearer token as sent
     * @return valid, or unknown, expired or revoked
     * @throws IOException if the store cannot be read
     */
    TokenCheck check(String token) throws IOException;
}
