// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.tracechain.model.error.ApiError;
import org.tracechain.server.auth.TokenCheck;
import org.tracechain.server.auth.TokenStore;
import org.tracechain.server.http.ApiProblem;

/**
 * Bearer-token authentication in front of every route that is not public: the token must be one the
 * organisation's token store issued, not expired, not revoked, and its identity must still be usable (in the
 * wallet, not revoked). The caller's user is then put on the request for {@link ServerLedgerAccess}.
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
            throw unauthenticated("this endpoint needs a bearer token (Authorization: Bearer tct_...)");
        }
        // RFC 9110: the scheme is case-insensitive.
        if (header.length() < 7 || !header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            throw unauthenticated("the Authorization header must use the Bearer scheme");
        }
        final TokenCheck check;
        try {
            check = tokens.check(header.substring(7).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (check.outcome()) {
            case VALID -> {
                final String user = check.record().orElseThrow().user();
                ctx.attribute(ServerLedgerAccess.USER, user);
                // Refuses a revoked or removed identity now, before any handler runs.
                sessions.session(user);
            }
            case EXPIRED -> throw unauthenticated("the bearer token has expired");
            case REVOKED -> throw unauthenticated("the bearer token has been revoked");
            default -> throw unauthenticated("the bearer token is not valid for this server");
        }
    }

    private static ApiProblem unauthenticated(final String detail) {
        return new ApiProblem(401, ApiError.UNAUTHENTICATED.name(), detail);
    }
}
