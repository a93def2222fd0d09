// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import org.tracechain.model.text.StrictText;

/**
 * The one JSON codec for everything written to the ledger and exchanged with the chaincode.
 *
 * <p>Every endorsing peer must produce byte-identical write sets, so the encoding is canonical:
 * object keys sorted (record components and map entries alike), no insignificant whitespace,
 * nulls omitted, timestamps as ISO-8601 strings. Decoding is strict, so malformed input never reaches domain
 * logic and nothing is repaired on the way in:
 * <ul>
 *   <li>duplicate keys are refused at every depth (not "last one wins"), as are unknown properties, trailing
 *       tokens, null primitives and nesting deeper than {@value #MAX_DEPTH};</li>
 *   <li>types are never coerced: a number is not a string, a string is not a number, a decimal is not an
 *       integer, a number is not an enum constant, instants and dates are ISO-8601 text only (not epoch numbers,
 *       arrays, or a date-time where a date belongs); untyped numbers decode as {@link java.math.BigDecimal}
 *       (there are no floats anywhere);</li>
 *   <li>text must have an exact UTF-8 form: invalid UTF-8 bytes and unpaired surrogates (also as escapes such as
 *       {@code \ud800}, in strings and keys alike) are refused with {@link InvalidEncodingException}.</li>
 * </ul>
 *
 * <pre>{@code
 * byte[] bytes = LedgerJson.toBytes(lot);            // canonical bytes for putState
 * Lot back = LedgerJson.fromBytes(bytes, Lot.class);
 * }</pre>
 */
public final class LedgerJson {

    /** Deepest nesting of objects and arrays accepted; tracechain's own records need fewer than ten levels. */
    public static final int MAX_DEPTH = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    private static final JsonMapper MAPPER = JsonMapper.builder(FACTORY)
            .addModule(new JavaTimeModule())
            // Registered later, so its instant and date deserializers take precedence: ISO text only.
            .addModule(new StrictTimeModule())
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
            // An enum is its name: {"kind":0} is not the first constant.
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
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
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private static final String MODEL_PACKAGE = "org.tracechain.model.";

    /**
     * Writes tracechain's own records in one pass, with no tree in between: their properties are sorted
     * (SORT_PROPERTIES_ALPHABETICALLY, nested records too), they hold no maps, trees or untyped values
     * ({@code CanonicalRecordsTest} checks every model record), and decimals lose their trailing zeros as the tree
     * step loses them. A 10,000-lot trace answer is 11 MB; building and sorting two trees of it made most of the
     * garbage a trace left for the chaincode server's collector. Golden-byte tests and
     * {@code CanonicalEncodingPropertiesTest} pin that both ways give the same bytes.
     */
    private static final ObjectWriter RECORD_WRITER = MAPPER.copy()
            .registerModule(new SimpleModule("canonical-decimals").addSerializer(BigDecimal.class,
                    new CanonicalDecimalSerializer()))
            .writer();

    private LedgerJson() {}

    /**
     * Canonical UTF-8 bytes of {@code value}. Text without a UTF-8 form (an unpaired surrogate) is a programming
     * error here, because every input is checked on decoding: it throws rather than writing {@code ?}.
     */
    public static byte[] toBytes(final Object value) {
        final String json = toJson(value);
        try {
            return StrictText.encode(json);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName()
                    + ": text with an unpaired surrogate has no UTF-8 form", e);
        }
    }

    /** Canonical JSON text of {@code value}. */
    public static String toJson(final Object value) {
        try {
            if (isModelRecord(value)) {
                return RECORD_WRITER.writeValueAsString(value);
            }
            // Going through the tree sorts the keys of nested maps and of any JsonNode values too.
            return toJsonThroughTree(value);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot encode " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes {@code json} strictly; throws {@link InvalidEncodingException} for text without a UTF-8 form and
     * {@link MalformedJsonException} for anything else that is off.
     */
    public static <T> T fromJson(final String json, final Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new MalformedJsonException("empty input where " + type.getSimpleName() + " JSON was expected");
        }
        JsonTextCheck.check(MAPPER, json);
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
        JsonTextCheck.check(MAPPER, json);
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

    /** Decodes UTF-8 {@code bytes} strictly: invalid UTF-8 is an {@link InvalidEncodingException}, not U+FFFD. */
    public static <T> T fromBytes(final byte[] bytes, final Class<T> type) {
        if (bytes == null) {
            return fromJson(null, type);
        }
        try {
            return fromJson(StrictText.decode(bytes), type);
        } catch (CharacterCodingException e) {
            throw new InvalidEncodingException("input is not valid UTF-8 where " + type.getSimpleName()
                    + " JSON was expected");
        }
    }

    /** Parses arbitrary JSON into a tree (for exports and generic tools), with the same strict rules. */
    public static JsonNode readTree(final String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedJsonException("empty input where JSON was expected");
        }
        JsonTextCheck.check(MAPPER, json);
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

    /** Whether {@code value} is one of the shared model's records, which {@link #RECORD_WRITER} writes. */
    static boolean isModelRecord(final Object value) {
        return value instanceof Record && isModelRecord(value.getClass());
    }

    static boolean isModelRecord(final Class<?> type) {
        return type.isRecord() && type.getPackageName().startsWith(MODEL_PACKAGE);
    }

    /** The canonical text by way of a sorted tree: what {@link #toJson} writes for anything but a model record. */
    static String toJsonThroughTree(final Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(sortTree(MAPPER.valueToTree(value)));
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
