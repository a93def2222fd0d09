// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import io.javalin.http.Context;
import java.util.Locale;
import org.tracechain.model.error.ApiError;

/**
 * The {@code Accept} check of an endpoint: a request whose {@code Accept} header allows none of the media types the
 * endpoint writes is refused with 406 {@code NOT_ACCEPTABLE} before any work is done. No header accepts anything.
 *
 * <pre>{@code
 * routes.get("/lots/{lotId}", ctx -> {
 *     ContentNegotiation.require(ctx, "application/json");
 *     ...
 * });
 * }</pre>
 */
public final class ContentNegotiation {

    private ContentNegotiation() {}

    /**
     * Refuses the request unless its {@code Accept} header allows one of {@code mediaTypes}.
     *
     * @param ctx the request
     * @param mediaTypes what the endpoint can write, e.g. {@code application/json}
     * @throws ApiProblem 406 {@code NOT_ACCEPTABLE}
     */
    public static void require(final Context ctx, final String... mediaTypes) {
        if (!acceptsAny(ctx.header("Accept"), mediaTypes)) {
            throw new ApiProblem(406, ApiError.NOT_ACCEPTABLE.name(),
                    "this endpoint answers " + String.join(" or ", mediaTypes));
        }
    }

    /**
     * Whether an {@code Accept} header allows one of the media types ({@code q=0} ranges exclude).
     *
     * @param accept the header, or null
     * @param mediaTypes candidate media types
     * @return true if one is acceptable
     */
    public static boolean acceptsAny(final String accept, final String... mediaTypes) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (final String range : accept.toLowerCase(Locale.ROOT).split(",")) {
            final String[] parts = range.split(";");
            final String pattern = parts[0].strip();
            boolean excluded = false;
            for (int i = 1; i < parts.length; i++) {
                final String parameter = parts[i].strip().replace(" ", "");
                if (parameter.matches("q=0(\\.0{0,3})?")) {
                    excluded = true;
                }
            }
            if (excluded) {
                continue;
            }
            for (final String type : mediaTypes) {
                if (matches(pattern, type.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(final String pattern, final String type) {
        if (pattern.equals("*/*") || pattern.equals(type)) {
            return true;
        }
        return pattern.endsWith("/*") && type.startsWith(pattern.substring(0, pattern.length() - 1));
    }
}
