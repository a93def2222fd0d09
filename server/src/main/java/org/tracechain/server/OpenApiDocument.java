// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tracechain.model.json.LedgerJson;

/**
 * {@code /openapi.json}: the core document ({@code openapi/core.json}: info, security, problem schema, the core
 * endpoints) with each API area's fragment merged in. A path defined twice, or a component defined twice
 * differently, is a programming error and stops the server from starting.
 */
final class OpenApiDocument {

    static final String CORE = "org/tracechain/server/openapi/core.json";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");

    private OpenApiDocument() {}

    static ObjectNode merge(final List<String> fragments) {
        final ObjectNode document = (ObjectNode) read(CORE);
        for (final String resource : fragments) {
            final JsonNode fragment = read(resource);
            mergeObject(document.withObject("/paths"), fragment.path("paths"), resource + " paths", false);
            for (final Map.Entry<String, JsonNode> section : fragment.path("components").properties()) {
                mergeComponents(document.withObject("/components").withObject("/" + section.getKey()),
                        section.getValue(), resource + " components." + section.getKey());
            }
        }
        return (ObjectNode) LedgerJson.readTree(LedgerJson.toJson(document));
    }

    /** One section of {@code components} (schemas, responses, ...): identical repeats are kept once. */
    static void mergeComponents(final ObjectNode into, final JsonNode from, final String where) {
        mergeObject(into, from, where, true);
    }

    /**
     * Adds {@code from}'s members to {@code into}. Each fragment is a self-contained document (its {@code $ref}s
     * resolve inside it), so areas of one family repeat the components they share (the food areas'
     * {@code FoodProblem}): with {@code sameTwice}, a member defined again identically is kept once.
     */
    private static void mergeObject(final ObjectNode into, final JsonNode from, final String where,
            final boolean sameTwice) {
        for (final Map.Entry<String, JsonNode> field : from.properties()) {
            if (sameTwice && field.getValue().equals(into.get(field.getKey()))) {
                continue;
            }
            if (into.has(field.getKey())) {
                throw new IllegalStateException(where + ": " + field.getKey() + " is defined twice");
            }
            into.set(field.getKey(), field.getValue());
        }
    }

    /** Every operation of a document, as {@code GET /path/{param}}. */
    static Set<String> operations(final JsonNode document) {
        final Set<String> operations = new TreeSet<>();
        for (final Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (final Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    /** A Javalin path template in OpenAPI's form: {@code <param>} and {@code {param}} both become {@code {param}}. */
    static String openApiPath(final String javalinPath) {
        return javalinPath.replaceAll("<([^>]+)>", "{$1}");
    }

    private static JsonNode read(final String resource) {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI fragment " + resource + " is not on the classpath");
            }
            return LedgerJson.readTree(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
