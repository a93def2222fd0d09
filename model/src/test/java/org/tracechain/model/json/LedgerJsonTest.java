// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LedgerJsonTest {

    record Sample(String zeta, BigDecimal amount, Instant at, Map<String, Integer> counts, List<String> tags,
            String absent) {}

    record Named(String name) {}

    @Test
    void writes_sorted_keys_plain_decimals_iso_instants_and_omits_nulls() {
        final Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("b", 2);
        counts.put("a", 1);
        final Sample sample = new Sample("z", new BigDecimal("100.00"), Instant.parse("2026-01-01T08:00:00Z"), counts,
                List.of("y", "x"), null);

        assertThat(LedgerJson.toJson(sample)).isEqualTo(
                "{\"amount\":100,\"at\":\"2026-01-01T08:00:00Z\",\"counts\":{\"a\":1,\"b\":2},\"tags\":[\"y\",\"x\"],"
                        + "\"zeta\":\"z\"}");
    }

    @Test
    void refuses_numbers_where_text_is_expected_and_unknown_fields() {
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":12}", Named.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":\"a\",\"extra\":1}", Named.class))
                .isInstanceOf(MalformedJsonException.class).hasMessageContaining("extra");
        assertThatThrownBy(() -> LedgerJson.fromJson("{\"name\":\"a\"} trailing", Named.class))
                .isInstanceOf(MalformedJsonException.class);
        assertThatThrownBy(() -> LedgerJson.fromJson("", Named.class)).isInstanceOf(MalformedJsonException.class);
    }

    @Test
    void trees_keep_decimals_exact_and_plain() {
        final String json = "{\"huge\":123456789012345678.123456,\"neg\":-0.5,"
                + "\"tinier\":0.000000000000000000000000000001,\"tiny\":0.000001}";

        final com.fasterxml.jackson.databind.JsonNode tree = LedgerJson.readTree(json);

        assertThat(tree.get("huge").decimalValue()).isEqualTo(new BigDecimal("123456789012345678.123456"));
        assertThat(tree.get("tiny").decimalValue()).isEqualTo(new BigDecimal("0.000001"));
        assertThat(LedgerJson.toJson(tree)).isEqualTo(json);
        assertThat(LedgerJson.toJson(LedgerJson.fromJson(json, Object.class))).isEqualTo(json);
    }

    @Property
    void encoding_round_trips_and_does_not_depend_on_map_insertion_order(@ForAll final Map<String, Integer> map) {
        final Map<String, Integer> reversed = new LinkedHashMap<>();
        final List<String> keys = new java.util.ArrayList<>(map.keySet());
        java.util.Collections.reverse(keys);
        keys.forEach(k -> reversed.put(k, map.get(k)));

        assertThat(LedgerJson.toJson(reversed)).isEqualTo(LedgerJson.toJson(map));
        assertThat(LedgerJson.fromJson(LedgerJson.toJson(map), new com.fasterxml.jackson.core.type.TypeReference<
                Map<String, Integer>>() {})).isEqualTo(map);
    }
}
