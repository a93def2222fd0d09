// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the codec refuses instead of repairing: encodings, duplicate keys, coerced numbers, trailing tokens. */
class StrictDecodingTest {

    record Named(String name) {}

    record Amount(BigDecimal value, Integer count) {}

    record Nested(Named inner, List<Named> list, Map<String, String> tags) {}

    enum Kind { FIRST, SECOND }

    record Typed(Kind kind, java.time.Instant at, java.time.LocalDate day) {}

    @Test
    void lone_surrogate_escapes_are_refused_in_strings_and_keys_at_any_depth() {
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":\"a\\ud800b\"}", Named.class))
                .isInstanceOf(InvalidEncodingException.class).hasMessageContaining("U+D800");
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":\"\\udc00\"}", Named.class))
                .isInstanceOf(InvalidEncodingException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"inner\":{\"name\":\"x\"},\"tags\":{\"k\\ud83d\":\"v\"}}",
                Nested.class)).isInstanceOf(InvalidEncodingException.class).hasMessageContaining("key");
        // Unknown fields are skipped by nothing: the surrogate is found even where binding would fail later.
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"list\":[{\"name\":\"\\ud800\"}]}", Nested.class))
                .isInstanceOf(InvalidEncodingException.class);
    }

    @Test
    void a_surrogate_pair_escape_is_a_real_character_and_kept_exactly() {
        final Named named = LedgerJson.fromJson("{\"name\":\"\\ud83d\\ude00 \u7c73\"}", Named.class);
        assertThat(named.name()).isEqualTo("\uD83D\uDE00 \u7c73");
        assertThat(new String(LedgerJson.toBytes(named), StandardCharsets.UTF_8))
                .isEqualTo("{\"name\":\"\uD83D\uDE00 \u7c73\"}");
    }

    @Test
    void invalid_utf8_bytes_are_refused_not_replaced() {
        final byte[] bytes = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF, '"', '}'};
        assertThatThrownBy(() -> LedgerJson.fromBytes(bytes, Named.class)).isInstanceOf(InvalidEncodingException.class);
        // An encoded surrogate (CESU style) and an overlong '/' are not UTF-8 either.
        final byte[] cesu = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        final byte[] overlong = {'"', (byte) 0xC0, (byte) 0xAF, '"'};
        assertThatThrownBy(() -> LedgerJson.fromBytes(cesu, String.class)).isInstanceOf(InvalidEncodingException.class);
        assertThatThrownBy(() -> LedgerJson.fromBytes(overlong, String.class))
                .isInstanceOf(InvalidEncodingException.class);
    }

    @Test
    void encoding_text_without_a_utf8_form_fails_instead_of_writing_a_question_mark() {
        assertThatThrownBy(() -> LedgerJson.toBytes(new Named("a\ud800"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void duplicate_keys_are_refused_at_every_depth_and_in_maps() {
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":\"a\",\"name\":\"b\"}", Named.class))
                .isInstanceOf(MalformedJsonException.class).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"inner\":{\"name\":\"a\",\"name\":\"a\"}}", Nested.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"list\":[{\"name\":\"a\"},{\"name\":\"a\",\"name\":\"b\"}]}",
                Nested.class)).isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"tags\":{\"k\":\"1\",\"k\":\"2\"}}", Nested.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.readTree("{\"a\":{\"b\":1,\"b\":1}}"))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void trailing_tokens_and_deep_nesting_are_refused() {
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":\"a\"}{}", Named.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":\"a\"} 1", Named.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("\"a\" \"b\"", String.class))
                .isInstanceOf(MalformedJsonException.class);
        final String deep = "[".repeat(LedgerJson.MAX_DEPTH + 1) + "]".repeat(LedgerJson.MAX_DEPTH + 1);
        assertThatThrownBy(() -> LedgerJson.fromJson(deep, Object.class)).isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("depth");
        assertThatThrownBy(() -> LedgerJson.fromJson("[".repeat(100_000), Object.class))
                .isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void numbers_are_never_coerced() {
        assertThat(LedgerJson.fromJson("{\"value\":0.1,\"count\":3}", Amount.class).value())
                .isEqualByComparingTo("0.1");
        assertThat(LedgerJson.fromJson("{\"value\":1e999999999}", Amount.class).value().scale())
                .isEqualTo(-999_999_999);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"value\":\"1.5\"}", Amount.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"count\":1.0}", Amount.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"count\":\"3\"}", Amount.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"count\":99999999999}", Amount.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"value\":true}", Amount.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"value\":NaN}", Amount.class))
                .isInstanceOf(MalformedJsonException.class);
        // Untyped numbers are decimals, never doubles.
        final Map<String, Object> untyped = LedgerJson.fromJson("{\"x\":0.1}", new TypeReference<>() {});
        assertThat(untyped.get("x")).isInstanceOf(BigDecimal.class);
    }

    @Test
    void enums_instants_and_dates_are_their_text_only() {
        assertThat(LedgerJson.fromJson("{\"kind\":\"SECOND\",\"at\":\"2026-01-01T08:00:00Z\",\"day\":\"2026-01-01\"}",
                Typed.class)).isEqualTo(new Typed(Kind.SECOND, java.time.Instant.parse("2026-01-01T08:00:00Z"),
                        java.time.LocalDate.parse("2026-01-01")));
        for (final String json : List.of("{\"kind\":0}", "{\"kind\":\"second\"}", "{\"at\":1700000000}",
                "{\"at\":1700000000.5}", "{\"at\":\"1700000000\"}", "{\"at\":[2026,1,1]}", "{\"at\":\"2026-01-01\"}",
                "{\"day\":[2025,12,31]}", "{\"day\":20000}", "{\"day\":\"2025-12-31T00:00:00\"}", "{\"day\":\"20251231\"}",
                "{\"day\":\"\"}", "{\"at\":\"\"}")) {
            assertThatThrownBy(() -> LedgerJson.fromJson(json, Typed.class)).as(json)
                    .isInstanceOf(MalformedJsonException.class);
        }
        // An offset is another spelling of the same instant, which is stored in UTC.
        assertThat(LedgerJson.fromJson("{\"at\":\"2026-01-01T08:00:00+08:00\"}", Typed.class).at())
                .isEqualTo(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void text_is_not_a_number_and_a_number_is_not_text() {
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":12}", Named.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":true}", Named.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":[\"a\"]}", Named.class))
                .isInstanceOf(MalformedJsonException.class);
    }
}
