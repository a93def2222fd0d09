// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON codec for everything written to the ledger and exchanged with the chaincode.
 *
 * <p>Every endorsing peer must produce byte-identical write sets, so the encoding is canonical:
 * object keys sorted (record components and map entries alike), no insignificant whitespace,
 * nulls omitted, timestamps as ISO-8601 strings. Decoding is strict: unknown properties, trailing
 * tokens and null primitives are rejected, so malformed input never reaches domain logic.
 *
 * <pre>{@code
 * byte[] bytes = LedgerJson.toBytes(lot);            // canonical bytes for putState
 * Lot back = LedgerJson.fromBytes(bytes, Lot.class);
 * }</pre>
 */
public final class LedgerJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // Records otherwise list creator (constructor) properties first, in declaration order.
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // Decimals as written by people: 100, not 1E+2 (the tree step normalises trailing zeros away).
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // No silent type changes: a number is not a string, a string is not a number.
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(com.fasterxml.jackson.databind.type.LogicalType.Textual, config -> config
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail)
                    .setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Boolean,
                            com.fasterxml.jackson.databind.cfg.CoercionAction.Fail))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Trees and untyped values keep decimals exact (BigDecimal), never through double.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private LedgerJson() {}

    /** Canonical UTF-8 bytes of {@code value}. */
    public static byte[] toBytes(final Object value) {
        return toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Canonical JSON text of {@code value}. */
    public static String toJson(final Object value) {
        try {
            // Going through the tree sorts the keys of nested maps and of any JsonNode values too.
            final JsonNode tree = MAPPER.valueToTree(value);
            return MAPPER.writeValueAsString(sortTree(tree));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Decodes {@code json} strictly; throws {@link MalformedJsonException} on anything off. */
    public static <T> T fromJson(final String json, final Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedJsonException("empty input where " + type.getSimpleName() + " JSON was expected");
        }
        try {
            final T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new MalformedJsonException("null where " + type.getSimpleName() + " JSON was expected");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException("malformed " + type.getSimpleName() + " JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Decodes {@code json} into a generic type strictly. */
    public static <T> T fromJson(final String json, final TypeReference<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedJsonException("empty input where JSON was expected");
        }
        try {
            final T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw new MalformedJsonException("null where JSON was expected");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Decodes UTF-8 {@code bytes} strictly. */
    public static <T> T fromBytes(final byte[] bytes, final Class<T> type) {
        return fromJson(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), type);
    }

    /** Parses arbitrary JSON into a tree (for exports and generic tools). */
    public static JsonNode readTree(final String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException("malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The configured mapper, for callers that need streaming or tree access with the same rules. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    private static JsonNode sortTree(final JsonNode node) {
        if (node.isObject()) {
            final var sorted = MAPPER.createObjectNode();
            final var names = new java.util.TreeSet<String>();
            node.fieldNames().forEachRemaining(names::add);
            for (final String name : names) {
                sorted.set(name, sortTree(node.get(name)));
            }
            return sorted;
        }
        if (node.isArray()) {
            final var array = MAPPER.createArrayNode();
            node.forEach(element -> array.add(sortTree(element)));
            return array;
        }
        return node;
    }
}
