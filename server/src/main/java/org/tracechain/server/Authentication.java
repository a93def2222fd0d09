// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.tracechain.model.error.ApiError;
import org.tracechain.server.auth.TokenCheck;
import org.tracechain.server.auth.TokenStore;
import org.tracechain.server.http.ApiProblem;

/**
 * Authentication in front of every route that is not public. A bearer token must be one the organisation's token
 * store issued, not expired, not revoked. A request without an {@code Authorization} header is authenticated by its
 * TLS client certificate (mutual TLS) when that certificate is the wallet certificate of one of the organisation's
 * users. Either way the identity must still be usable (in the wallet, not revoked), and the caller's user is then
 * put on the request for {@link ServerLedgerAccess}.
 *
 * <p>A browser presents its client certificate to every page that calls this server, another site's included, as
 * it would send a cookie: a certificate therefore authenticates only requests the browser marks as coming from this
 * server's own pages ({@code Sec-Fetch-Site: same-origin}, or {@code none} when typed in the address bar); clients
 * other than browsers send no such header.
 */
final class Authentication {

    private final TokenStore tokens;
    private final IdentitySessions sessions;

    Authentication(final TokenStore tokens, final IdentitySessions sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    void authenticate(final Context ctx) {
        final String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            final Optional<X509Certificate> certificate = ClientCertificates.of(ctx);
            if (certificate.isPresent()) {
                authenticate(ctx, certificate.get());
                return;
            }
            throw unauthenticated("this endpoint needs a bearer token (Authorization: Bearer tct_...)");
        }
        // RFC 9110: the scheme is case-insensitive.
        if (header.length() < 7 || !header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            throw unauthenticated("the Authorization header must use the Bearer scheme");
        }
        final String token = header.substring(7).strip();
        final TokenCheck check;
        try {
            check = tokens.check(token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (check.outcome()) {
            case VALID -> {
                final String user = check.record().orElseThrow().user();
                ctx.attribute(ServerLedgerAccess.USER, user);
                ctx.attribute(ServerLedgerAccess.CREDENTIAL_CHECK,
                        (BooleanSupplier) () -> tokenStillValid(token) && sessions.usable(user));
                // Refuses a revoked or removed identity now, before any handler runs.
                sessions.session(user);
            }
            case EXPIRED -> throw unauthenticated("the bearer token has expired");
            case REVOKED -> throw unauthenticated("the bearer token has been revoked");
            default -> throw unauthenticated("the bearer token is not valid for this server");
        }
    }

    /** Mutual TLS: the certificate is the wallet certificate of one of the organisation's users. */
    private void authenticate(final Context ctx, final X509Certificate certificate) {
        final String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw unauthenticated("a client certificate authenticates requests from this server's own pages only; "
                    + "send a bearer token");
        }
        final String user = sessions.userOf(certificate).orElseThrow(() -> unauthenticated(
                "the client certificate is not one of this organisation's identities; send a bearer token"));
        ctx.attribute(ServerLedgerAccess.USER, user);
        ctx.attribute(ServerLedgerAccess.CREDENTIAL_CHECK, (BooleanSupplier) () -> sessions.usable(user));
        sessions.session(user);
    }

    /** For a response that outlives its request: false also when the store cannot be read (fail closed). */
    private boolean tokenStillValid(final String token) {
        try {
            return tokens.check(token).valid();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a request for the console page comes with a client certificate that would authenticate its calls: the
     * page then signs in without a token (never a refused first call, so not for a revoked user either).
     */
    boolean certificateSignIn(final Context ctx) {
        return ClientCertificates.of(ctx).flatMap(sessions::userOf).filter(sessions::usable).isPresent();
    }

    private static ApiProblem unauthenticated(final String detail) {
        return new ApiProblem(401, ApiError.UNAUTHENTICATED.name(), detail);
    }
}
