// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import io.javalin.http.Context;
import java.nio.charset.CharacterCodingException;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.text.StrictText;

/**
 * Reads request bodies exactly: the raw bytes are decoded as strict UTF-8 (never Jetty's lenient decoding, which
 * would turn invalid bytes into U+FFFD) and parsed by the shared strict codec, so a duplicate key, an unknown field
 * or invalid text is refused ({@code MALFORMED_JSON}, {@code INVALID_ENCODING}) before anything reaches the Gateway.
 */
public final class RequestBodies {

    private RequestBodies() {}

    /**
     * The body as text, decoded strictly.
     *
     * @param ctx the request
     * @return the body text
     * @throws ApiProblem {@code INVALID_ENCODING} if the body is not valid UTF-8
     */
    public static String text(final Context ctx) {
        try {
            return StrictText.decode(ctx.bodyAsBytes());
        } catch (CharacterCodingException e) {
            throw new ApiProblem(400, "INVALID_ENCODING", "the request body is not valid UTF-8");
        }
    }

    /**
     * The body as a shared model record, decoded strictly.
     *
     * @param ctx the request
     * @param type the record type
     * @param <T> the record type
     * @return the record
     */
    public static <T> T json(final Context ctx, final Class<T> type) {
        // InvalidEncodingException and MalformedJsonException are mapped to problem bodies by the server.
        return LedgerJson.fromBytes(ctx.bodyAsBytes(), type);
    }
}
