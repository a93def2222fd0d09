// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Objects;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.RequestBodies;

/**
 * Request bodies of the lot and recall writes, read strictly through {@link RequestBodies}: a request record
 * whose identifier also appears in the path must name the same one or leave it out (the path's is used), and a
 * custody write may carry its private {@code terms} beside the request's fields.
 */
final class FoodBodies {

    private FoodBodies() {}

    /**
     * A body with an optional {@code terms} member beside the request record's fields.
     *
     * @param <T> request record type
     * @param request the record
     * @param terms the private terms, or null
     */
    record WithTerms<T>(T request, TradeTerms terms) {}

    /**
     * Reads a body that is a request record plus an optional {@code terms} object.
     *
     * @param ctx the request
     * @param type the request record
     * @param idField the record's field that the path names, e.g. {@code lotId}
     * @param pathId the path's value of it
     * @param <T> the record type
     * @return the request (with the path's id) and the terms
     */
    static <T> WithTerms<T> withTerms(final Context ctx, final Class<T> type, final String idField,
            final String pathId) {
        final ObjectNode body = object(ctx);
        final JsonNode terms = body.remove("terms");
        final TradeTerms tradeTerms = terms == null ? null : decode(terms, TradeTerms.class, "terms");
        return new WithTerms<>(decode(withPathId(body, idField, pathId), type, type.getSimpleName()), tradeTerms);
    }

    /**
     * Reads a request record whose {@code idField} is the path's.
     *
     * @param ctx the request
     * @param type the request record
     * @param idField the record's field that the path names
     * @param pathId the path's value of it
     * @param <T> the record type
     * @return the request
     */
    static <T> T withPathId(final Context ctx, final Class<T> type, final String idField, final String pathId) {
        return decode(withPathId(object(ctx), idField, pathId), type, type.getSimpleName());
    }

    private static ObjectNode object(final Context ctx) {
        final JsonNode body;
        try {
            body = LedgerJson.readTree(RequestBodies.text(ctx));
        } catch (MalformedJsonException e) {
            throw new ApiProblem(400, "MALFORMED_JSON", e.getMessage());
        }
        if (!(body instanceof ObjectNode object)) {
            throw new ApiProblem(400, "MALFORMED_JSON", "the request body must be a JSON object");
        }
        return object;
    }

    private static ObjectNode withPathId(final ObjectNode body, final String idField, final String pathId) {
        final JsonNode given = body.get(idField);
        if (given != null && !(given.isTextual() && given.textValue().equals(pathId))) {
            throw new ApiProblem(400, "INVALID_FIELD", idField + " in the body must be the path's or absent");
        }
        body.put(idField, Objects.requireNonNull(pathId, "pathId"));
        return body;
    }

    /** The tree as a record, with the codec's strict rules (unknown fields, types, nulls). */
    private static <T> T decode(final JsonNode tree, final Class<T> type, final String what) {
        // The tree keeps decimals as BigDecimal and was read strictly (duplicate keys, encoding); writing it back
        // out keeps every number's digits, so the record sees exactly what was sent.
        try {
            return LedgerJson.fromJson(LedgerJson.mapper().writeValueAsString(tree), type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiProblem(400, "MALFORMED_JSON", "malformed " + what + " JSON");
        } catch (MalformedJsonException e) {
            throw new ApiProblem(400, "MALFORMED_JSON", e.getMessage());
        }
    }
}
