// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.food.TraceResult;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.store.EpcisQuery;
import org.w3c.dom.Document;

/** Hostile input: a query string or ledger text can neither crash the API nor break out of the SVG markup. */
class HostileInputPropertiesTest {

    @Provide
    Arbitrary<String> queries() {
        final Arbitrary<String> names = Arbitraries.of("eventType", "GE_eventTime", "LT_eventTime", "EQ_bizStep",
                "EQ_disposition", "MATCH_epc", "MATCH_anyEPC", "EQ_readPoint", "EQ_bizLocation", "perPage",
                "nextPageToken", "EQ_action", "x", "", "%", "%ZZ", "eventType%00");
        final Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.strings().ascii().ofMaxLength(40),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.of("ObjectEvent", "2026-01-05T00:00:00Z", "%FF", "%C3%28", "%E2%80%AE", "a%7C%7Cb",
                        "urn:epc:id:sgln:6901234.00008.0", "1000", "-1", "99999999999", "%00", "+", "%2B"));
        return Arbitraries.entries(names, values).list().ofMaxSize(6).map(pairs -> String.join("&", pairs.stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()));
    }

    @Property(tries = 500)
    void a_query_string_is_an_epcis_query_or_a_400_never_anything_else(@ForAll("queries") final String raw) {
        try {
            final EpcisQuery query = EpcisQueryParameters.read(raw, EpcisQueryParameters.EVENTS, Optional.empty());
            assertThat(query.perPage()).isBetween(1, EpcisQuery.MAX_PER_PAGE);
            query.bizSteps().forEach(step -> assertThat(step).doesNotContain("|").isNotEmpty());
        } catch (ApiProblem refused) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isIn("INVALID_FIELD", "INVALID_ENCODING", "UNKNOWN_PARAMETER",
                    "DUPLICATE_VALUE", "TOO_MANY_VALUES", "FIELD_TOO_LONG");
            assertThat(refused.extensions()).as("EPCIS clients tell refusals apart by epcisException")
                    .containsEntry("epcisException", "QueryParameterException");
        }
    }

    @Property(tries = 300)
    void any_ledger_text_stays_text_in_the_svg(@ForAll("text") final String lotId, @ForAll("text") final String name,
            @ForAll("text") final String holder) throws Exception {
        final TraceResult trace = new TraceResult("BACK", List.of(lotId), List.of(
                TestLots.registered(lotId, "P", name, new BigDecimal("1.5"), "kg", holder, "x", Instant.EPOCH, "tx"),
                TestLots.registered(lotId + "-in", "P", name, BigDecimal.ONE, "kg", holder, "x", Instant.EPOCH, "tx")),
                List.of(new TraceResult.Edge(lotId + "-in", lotId)), List.of(), List.of(), false, List.of());
        final Document svg = TraceApiTest.parse(LineageSvg.draw(trace));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(2);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMinLength(1).ofMaxLength(50),
                Arbitraries.of("<script>alert(1)</script>", "]]><x/>", "&amp;", "\"' onload='x", "\u202Egnp.exe",
                        "\u0000\u0007\uFFFE", "菜心 Choy sum", "\uD83E\uDD66"));
    }

    @Property(tries = 200)
    void accept_headers_choose_an_offer_or_nothing(@ForAll("accepts") final String accept) {
        final Optional<String> chosen = MediaTypes.negotiate(accept, List.of(Responses.JSON, Responses.JSON_LD,
                Responses.SVG));
        chosen.ifPresent(type -> assertThat(type).isIn(Responses.JSON, Responses.JSON_LD, Responses.SVG));
    }

    @Provide
    Arbitrary<String> accepts() {
        return Arbitraries.oneOf(Arbitraries.strings().ascii().ofMaxLength(60), Arbitraries.of("*/*;q=0.1",
                "image/*;q=2", "application/json;q=abc", ";;,,", "/", "application/", "*/*;q=0,image/svg+xml"));
    }
}
