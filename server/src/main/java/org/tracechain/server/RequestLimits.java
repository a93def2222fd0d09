// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import java.util.Locale;
import org.tracechain.model.error.ApiError;
import org.tracechain.server.http.ApiProblem;

/**
 * Checks every request before any route runs: a declared body larger than the limit is refused (413) without being
 * read, and a body must be JSON ({@code application/json}, or a {@code +json} type such as
 * {@code application/ld+json} for EPCIS) in UTF-8 (415). A body sent without a length is cut off at the same limit
 * when it is read (Javalin's {@code maxRequestSize}).
 */
final class RequestLimits {

    private final long maxRequestBytes;

    RequestLimits(final long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    void check(final Context ctx) {
        final long length = ctx.req().getContentLengthLong();
        if (length > maxRequestBytes) {
            throw new ApiProblem(413, ApiError.PAYLOAD_TOO_LARGE.name(),
                    "the request body is larger than " + maxRequestBytes + " bytes");
        }
        final boolean hasBody = length > 0 || ctx.header("Transfer-Encoding") != null;
        if (hasBody && !isJson(ctx.contentType())) {
            throw new ApiProblem(415, ApiError.UNSUPPORTED_MEDIA_TYPE.name(),
                    "the request body must be application/json (or a +json type) in UTF-8");
        }
    }

    /** {@code application/json} or {@code application/*+json}, with no charset other than UTF-8. */
    static boolean isJson(final String contentType) {
        if (contentType == null) {
            return false;
        }
        final String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        final String type = parts[0].strip();
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            final String parameter = parts[i].strip();
            if (parameter.startsWith("charset=") && !parameter.substring(8).replace("\"", "").equals("utf-8")) {
                return false;
            }
        }
        return true;
    }
}
