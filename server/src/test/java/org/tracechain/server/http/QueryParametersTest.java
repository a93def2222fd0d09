// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of the API's one query-string reader, tested once here; the areas test only that they use it. */
class QueryParametersTest {

    private static final Set<String> NAMES = Set.of("a", "b", "pageSize", "token", "at", "id", "side");

    private static QueryParameters parse(final String raw) {
        return QueryParameters.parse(raw, NAMES);
    }

    private static void refused(final Runnable read, final String code) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.code()).as(problem.getMessage()).isEqualTo(code);
        });
    }

    @Test
    void no_query_string_is_no_parameters() {
        assertThat(parse(null).has("a")).isFalse();
        assertThat(parse("").text("a")).isEmpty();
        refused(() -> QueryParameters.parse("a=1", Set.of()), "UNKNOWN_PARAMETER");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "a=x+y | x y",
        "a=x%2By | x+y",
        "a=%E8%8F%9C%E5%BF%83 | 菜心",
        "a=%F0%9F%A5%A6 | \uD83E\uDD66",
        "a=%E2%80%AEabc | \u202Eabc",
        "a=A%7CB | 'A|B'",
        "a=%20x%20 | ' x '"})
    void values_are_percent_decoded_exactly_and_returned_as_sent(final String raw, final String value) {
        assertThat(parse(raw).text("a")).contains(value);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a=%", "a=%4", "a=%ZZ", "a=x%2", "%G1=x", "a=é", "a=x y", "a=\t", "a=%FF", "a=%C3%28",
        "a=%E7%BB", "a=%ED%A0%80", "a=%C0%AF", "a=%F4%90%80%80", "%FF=1"})
    void a_bad_escape_a_character_not_encoded_or_bytes_that_are_not_utf8_is_invalid_encoding(final String raw) {
        refused(() -> parse(raw), "INVALID_ENCODING");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"c=1", "A=1", "a+=1", "a%00=1", "a=1&colour=red"})
    void a_name_the_endpoint_does_not_take_is_unknown_parameter(final String raw) {
        refused(() -> parse(raw), "UNKNOWN_PARAMETER");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a=1&a=2", "a=1&a=1", "a=1&%61=2", "a=1|2&a=3"})
    void a_name_given_twice_is_unknown_parameter_never_a_list_nor_first_or_last_wins(final String raw) {
        refused(() -> parse(raw), "UNKNOWN_PARAMETER");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a=", "a", "a=1&", "&a=1", "a=1&&b=2", "&"})
    void an_empty_value_or_a_stray_ampersand_is_invalid_field(final String raw) {
        refused(() -> parse(raw), "INVALID_FIELD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x%00y", "%07", "%7F", "%C2%85", "a%0Ab"})
    void text_with_control_characters_is_invalid_field_but_an_opaque_bookmark_is_passed_on(final String value) {
        final QueryParameters query = parse("a=" + value);
        refused(() -> query.text("a"), "INVALID_FIELD");
        refused(() -> query.identifier("a"), "INVALID_FIELD");
        assertThat(query.opaque("a")).hasValueSatisfying(opaque -> assertThat(opaque).isNotEmpty()
                .matches(text -> text.codePoints().anyMatch(Character::isISOControl)));
    }

    @Test
    void a_value_longer_than_4096_characters_is_field_too_long() {
        assertThat(parse("a=" + "x".repeat(QueryParameters.MAX_VALUE_LENGTH)).text("a")).isPresent();
        refused(() -> parse("a=" + "x".repeat(QueryParameters.MAX_VALUE_LENGTH + 1)), "FIELD_TOO_LONG");
    }

    @Test
    void identifiers_are_of_the_chaincode_alphabet_and_at_most_128_characters() {
        assertThat(parse("id=BJ-SAMR:1/a.b_c%2Bd").identifier("id")).contains("BJ-SAMR:1/a.b_c+d");
        assertThat(parse("id=" + "x".repeat(128)).identifier("id")).isPresent();
        assertThat(parse("a=1").identifier("id")).isEmpty();
        refused(() -> parse("id=" + "x".repeat(129)).identifier("id"), "FIELD_TOO_LONG");
        for (final String id : new String[] {"-BJ", "BJ+SAMR", "BJ%E2%80%AE", "%EF%BC%A2J", "a*"}) {
            refused(() -> parse("id=" + id).identifier("id"), "INVALID_FIELD");
        }
        refused(() -> QueryParameters.checkIdentifier("code", "B J"), "INVALID_FIELD");
    }

    @Test
    void instants_need_their_offset() {
        assertThat(parse("at=2026-01-05T08:00:00%2B08:00").instant("at"))
                .contains(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(parse("at=2026-01-05T00:00:00.5Z").instant("at"))
                .contains(Instant.parse("2026-01-05T00:00:00Z").plus(500, ChronoUnit.MILLIS));
        for (final String at : new String[] {"2026-01-05T08:00:00+08:00", "2026-01-05T00:00:00", "2026-01-05",
            "yesterday", "1767571200"}) {
            refused(() -> parse("at=" + at).instant("at"), "INVALID_FIELD");
        }
        assertThatThrownBy(() -> parse("at=2026-01-05T08:00:00+08:00").instant("at")).hasMessageContaining("%2B");
    }

    @Test
    void a_page_size_is_a_plain_whole_number_from_1_to_the_maximum() {
        assertThat(parse("pageSize=1").pageSize("pageSize", 200)).contains(1);
        assertThat(parse("pageSize=200").pageSize("pageSize", 200)).contains(200);
        assertThat(parse("a=1").pageSize("pageSize", 200)).isEmpty();
        for (final String size : new String[] {"0", "201", "05", "-1", "%2B5", "1e2", "10.0", "%EF%BC%91",
            "99999999999999999999", "ten"}) {
            refused(() -> parse("pageSize=" + size).pageSize("pageSize", 200), "INVALID_FIELD");
        }
    }

    @Test
    void a_page_token_is_url_safe_text() {
        assertThat(parse("token=abc-DEF_1.2~3").pageToken("token")).contains("abc-DEF_1.2~3");
        refused(() -> parse("token=%3Cscript%3E").pageToken("token"), "INVALID_FIELD");
        refused(() -> parse("token=" + "t".repeat(1025)).pageToken("token"), "INVALID_FIELD");
    }

    enum Side { OWNER, REQUESTER }

    @Test
    void words_and_constants_are_matched_exactly() {
        assertThat(parse("side=owner").word("side", "owner", "requester")).contains("owner");
        refused(() -> parse("side=Owner").word("side", "owner", "requester"), "INVALID_FIELD");
        assertThat(parse("side=OWNER").constant("side", Side.class)).contains(Side.OWNER);
        assertThat(parse("a=1").constant("side", Side.class)).isEmpty();
        refused(() -> parse("side=owner").constant("side", Side.class), "INVALID_FIELD");
    }

    @Test
    void exactly_one_of_alternatives() {
        assertThat(parse("b=1").exactlyOneOf("a", "b")).isEqualTo("b");
        refused(() -> parse("id=1").exactlyOneOf("a", "b"), "INVALID_FIELD");
        refused(() -> parse("a=1&b=2").exactlyOneOf("a", "b"), "INVALID_FIELD");
    }

    @Test
    void an_area_s_problem_members_ride_on_every_refusal_it_reads() {
        final Map<String, String> epcis = Map.of("epcisException", "QueryParameterException");
        for (final String raw : new String[] {"c=1", "a=1&a=2", "a=", "a=%FF", "a=" + "x".repeat(4097)}) {
            assertThatThrownBy(() -> QueryParameters.parse(raw, NAMES, epcis)).isInstanceOfSatisfying(
                    ApiProblem.class, problem -> assertThat(problem.extensions()).as(raw).isEqualTo(epcis));
        }
        final QueryParameters query = QueryParameters.parse("pageSize=0&at=now", NAMES, epcis);
        assertThatThrownBy(() -> query.pageSize("pageSize", 10)).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.extensions()).isEqualTo(epcis));
        assertThat(query.invalid("at", "must be before b").extensions()).isEqualTo(epcis);
        assertThatThrownBy(() -> parse("c=1")).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.extensions()).isEmpty());
    }

    @Test
    void messages_show_names_without_control_characters_or_their_full_length() {
        assertThatThrownBy(() -> parse("%E2%80%AEx" + "y".repeat(100) + "=1")).hasMessageContaining("<U+202E>x")
                .hasMessageContaining("…").hasMessageNotContaining("\u202E");
        assertThat(QueryParameters.visible("a\u0000b")).isEqualTo("a<U+0000>b");
    }

    @Property(tries = 300)
    void any_text_a_client_encodes_is_read_back_exactly_or_refused_for_control_characters(
            @ForAll @StringLength(min = 1, max = 60) final String value) {
        // Text with a lone surrogate has no UTF-8 form: a client cannot send it (URLEncoder would send '?').
        Assume.that(value.equals(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        final String raw = "a=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        if (value.codePoints().noneMatch(Character::isISOControl)) {
            assertThat(parse(raw).text("a")).isEqualTo(Optional.of(value));
        } else {
            refused(() -> parse(raw).text("a"), "INVALID_FIELD");
        }
        assertThat(parse(raw).opaque("a")).contains(value);
    }
}
