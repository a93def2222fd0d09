// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tracechain.model.json.LedgerJson;

/**
 * Writes answers of the food areas: JSON in the shared codec's canonical form (sorted keys, decimals as sent),
 * the EPCIS 2.0 REST binding's version headers, and the {@code Link: <…>; rel="next"} header of a page.
 */
final class Responses {

    static final String JSON = "application/json";
    static final String JSON_LD = "application/ld+json";
    static final String SVG = "image/svg+xml";
    static final String CSV = "text/csv";
    /** The EPCIS and CBV versions this server speaks (the binding's {@code GS1-EPCIS-Version} form). */
    static final String EPCIS_VERSION = "2.0.0";
    static final String CBV_VERSION = "2.0.0";
    /** The block height a store answer reflects. */
    static final String HEIGHT_HEADER = "Tracechain-Store-Height";

    private Responses() {}

    /** A model record or tree as canonical JSON. */
    static void json(final Context ctx, final int status, final Object body) {
        ctx.status(status).contentType(JSON + "; charset=utf-8").result(LedgerJson.toBytes(body));
    }

    /** An EPCIS document (JSON-LD) with the binding's version headers. */
    static void epcis(final Context ctx, final String contentType, final String document) {
        versionHeaders(ctx);
        ctx.status(200).contentType(contentType + "; charset=utf-8").result(document.getBytes(StandardCharsets.UTF_8));
    }

    static void versionHeaders(final Context ctx) {
        ctx.header("GS1-EPCIS-Version", EPCIS_VERSION);
        ctx.header("GS1-CBV-Version", CBV_VERSION);
    }

    /**
     * The link to the next page: the request's own path and query with {@code nextPageToken} replaced (the
     * binding's {@code Link} header, {@code rel="next"}); absent on the last page.
     */
    static void nextLink(final Context ctx, final Optional<String> nextPageToken) {
        nextPageToken.ifPresent(token -> {
            final StringBuilder query = new StringBuilder();
            final String raw = ctx.queryString();
            if (raw != null) {
                for (final String pair : raw.split("&")) {
                    if (!pair.isEmpty() && !pair.startsWith("nextPageToken=") && !pair.equals("nextPageToken")) {
                        query.append(query.length() == 0 ? "" : "&").append(pair);
                    }
                }
            }
            query.append(query.length() == 0 ? "" : "&").append("nextPageToken=")
                    .append(URLEncoder.encode(token, StandardCharsets.UTF_8));
            ctx.header("Link", "<" + ctx.path() + "?" + query + ">; rel=\"next\"");
        });
    }
}
