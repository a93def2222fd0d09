// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.client.food.export.EpcisExport;
import org.tracechain.client.food.export.MasterData;
import org.tracechain.client.testing.EpcisSchema;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.store.EpcisQuery;
import org.tracechain.server.store.StoredEvent;

/**
 * {@code GET /events}, {@code /events/{eventID}} and {@code /epcs/{epc}/events}: every EPCIS query parameter is
 * checked and passed to the store as the store contract names it, answers are {@code EPCISQueryDocument}s valid
 * against GS1's schema with the binding's headers and {@code Link} to the next page, and a malformed query never
 * reaches the store.
 */
class EpcisQueryTest {

    @TempDir
    Path home;

    private FoodApiServer api;
    private List<ObjectNode> exported;

    @BeforeEach
    void start() throws Exception {
        api = new FoodApiServer(GuangdongScenario.run(), GuangdongScenario.REGULATOR, home);
        final List<TraceResult> traces = List.of(api.food.traceForward(GuangdongScenario.FARM1_LOT),
                api.food.traceForward(GuangdongScenario.FARM2_LOT));
        final Map<String, TrackingEvent> events = new LinkedHashMap<>();
        final Map<String, Lot> lots = new LinkedHashMap<>();
        traces.forEach(t -> t.events().forEach(e -> events.putIfAbsent(e.eventId(), e)));
        traces.forEach(t -> t.lots().forEach(l -> lots.putIfAbsent(l.lotId(), l)));
        final List<TrackingEvent> ordered = events.values().stream()
                .sorted(java.util.Comparator.comparing(TrackingEvent::recordTime).thenComparing(TrackingEvent::eventId))
                .toList();
        final ObjectNode document = EpcisExport.document(lots.values(), ordered, List.of(), MasterData.of(traces),
                Instant.parse("2026-01-08T00:00:00Z"));
        exported = new ArrayList<>();
        long block = 10;
        for (final JsonNode event : document.path("epcisBody").path("eventList")) {
            exported.add((ObjectNode) event);
            api.store.events.add(new StoredEvent(event.path("tracechain:ledgerEventID").asText(), (ObjectNode) event,
                    block++, event.path("tracechain:txId").asText("tx")));
        }
        assertThat(exported).hasSizeGreaterThan(20);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode ok(final HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        final JsonNode document = LedgerJson.readTree(response.body());
        assertThat(EpcisSchema.errors(document)).isEmpty();
        assertThat(document.path("type").asText()).isEqualTo("EPCISQueryDocument");
        assertThat(document.path("epcisBody").path("queryResults").path("queryName").asText())
                .isEqualTo("SimpleEventQuery");
        assertThat(response.headers().firstValue("GS1-EPCIS-Version")).contains("2.0.0");
        assertThat(response.headers().firstValue("GS1-CBV-Version")).contains("2.0.0");
        return document.path("epcisBody").path("queryResults").path("resultsBody").path("eventList");
    }

    private EpcisQuery lastQuery() {
        return api.store.eventQueries.get(api.store.eventQueries.size() - 1);
    }

    private static String enc(final String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void every_event_in_pages_linked_by_next_page_tokens() {
        final List<String> seen = new ArrayList<>();
        String next = "/events?perPage=7";
        int pages = 0;
        while (next != null) {
            final HttpResponse<String> page = api.get(next, "application/ld+json");
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith("application/ld+json"));
            ok(page).forEach(e -> seen.add(e.path("eventID").asText()));
            assertThat(page.headers().firstValue(Responses.HEIGHT_HEADER)).contains("42");
            next = page.headers().firstValue("Link").map(link -> {
                assertThat(link).endsWith(">; rel=\"next\"").contains("perPage=7");
                return link.substring(1, link.indexOf('>'));
            }).orElse(null);
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(exported.stream().map(e -> e.path("eventID").asText()).toList());
        assertThat(pages).isEqualTo((exported.size() + 6) / 7);
        assertThat(api.store.eventQueries.get(0).perPage()).isEqualTo(7);
        assertThat(api.store.eventQueries.get(1).pageToken()).contains("p7");
        assertThat(ok(api.get("/events", null))).hasSize(Math.min(exported.size(), EpcisQuery.DEFAULT_PER_PAGE));
        assertThat(api.get("/events", "application/json").headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void each_query_parameter_reaches_the_store_and_filters() {
        final JsonNode types = ok(api.get("/events?eventType=TransformationEvent%7CAggregationEvent&perPage=1000",
                null));
        assertThat(lastQuery().eventTypes()).containsExactly("TransformationEvent", "AggregationEvent");
        assertThat(types).isNotEmpty().allSatisfy(e -> assertThat(e.path("type").asText()).isEqualTo(
                "TransformationEvent"));

        final JsonNode shipping = ok(api.get("/events?EQ_bizStep=shipping&EQ_disposition=in_transit&perPage=1000",
                null));
        assertThat(lastQuery().bizSteps()).containsExactly("shipping");
        assertThat(lastQuery().dispositions()).containsExactly("in_transit");
        assertThat(shipping).hasSize(8).allSatisfy(e -> assertThat(e.path("bizStep").asText()).isEqualTo("shipping"));

        final JsonNode morning = ok(api.get("/events?GE_eventTime=" + enc("2026-01-05T08:00:00+08:00")
                + "&LT_eventTime=2026-01-05T01:00:00Z&perPage=1000", null));
        assertThat(lastQuery().geEventTime()).contains(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(lastQuery().ltEventTime()).contains(Instant.parse("2026-01-05T01:00:00Z"));
        assertThat(morning).isNotEmpty().allSatisfy(e -> assertThat(Instant.parse(e.path("eventTime").asText()
                .replace("+08:00", "Z")).minusSeconds(8 * 3600)).isBefore(Instant.parse("2026-01-05T01:00:00Z")));

        final String hall = "https://id.gs1.org/414/6901234000085";
        final JsonNode atHall = ok(api.get("/events?EQ_readPoint=" + enc(hall) + "&EQ_bizLocation=" + enc(hall)
                + "&perPage=1000", null));
        assertThat(lastQuery().readPoints()).containsExactly(hall);
        assertThat(lastQuery().bizLocations()).containsExactly(hall);
        assertThat(atHall).isNotEmpty().allSatisfy(e -> assertThat(e.path("readPoint").path("id").asText())
                .isEqualTo(hall));

        final String retailLot = "https://id.gs1.org/01/16901234567899/10/GZ-R1";
        final JsonNode ofLot = ok(api.get("/events?MATCH_anyEPC=" + enc(retailLot) + "&perPage=1000", null));
        assertThat(lastQuery().matchAnyEpc()).containsExactly(retailLot);
        assertThat(ofLot).isNotEmpty().allSatisfy(e -> assertThat(e.toString()).contains(retailLot));

        final String instance = "urn:epc:id:sgtin:6901234.056789.1";
        assertThat(ok(api.get("/events?MATCH_epc=" + enc(instance), null))).isEmpty();
        assertThat(lastQuery().matchEpc()).containsExactly(instance);
    }

    @Test
    void one_event_by_its_event_id_and_the_events_of_an_epc() {
        final ObjectNode first = exported.get(0);
        final String eventId = first.path("eventID").asText();
        final JsonNode single = ok(api.get("/events/" + enc(eventId), null));
        assertThat(single).hasSize(1);
        assertThat(LedgerJson.toJson(single.get(0))).isEqualTo(LedgerJson.toJson(first));
        final HttpResponse<String> missing = api.get("/events/" + enc("urn:uuid:00000000-0000-5000-8000-000000000000"),
                null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(LedgerJson.readTree(missing.body()).path("epcisException").asText()).isEqualTo("NoSuchNameException");

        final String lot = "https://id.gs1.org/01/16901234567899/10/GZ-R2";
        final JsonNode ofEpc = ok(api.get("/epcs/" + enc(lot) + "/events?EQ_bizStep=receiving&perPage=1000", null));
        assertThat(lastQuery().matchAnyEpc()).containsExactly(lot);
        assertThat(lastQuery().bizSteps()).containsExactly("receiving");
        assertThat(ofEpc).isNotEmpty().allSatisfy(e -> assertThat(e.path("bizStep").asText()).isEqualTo("receiving"));
        assertThat(api.get("/epcs/" + enc(lot) + "/events?MATCH_anyEPC=" + enc(lot), null).statusCode())
                .as("the path names the EPC").isEqualTo(400);
        final HttpResponse<String> firstPage = api.get("/epcs/" + enc(lot) + "/events?perPage=1", null);
        final String link = firstPage.headers().firstValue("Link").orElseThrow();
        assertThat(link).startsWith("</epcs/" + enc(lot) + "/events?perPage=1&nextPageToken=");
        final JsonNode secondPage = ok(api.get(link.substring(1, link.indexOf('>')), null));
        assertThat(secondPage).hasSize(1);
        assertThat(secondPage.get(0).path("eventID").asText()).isNotEqualTo(ok(firstPage).get(0).path("eventID").asText());
    }

    @Test
    void a_malformed_query_is_refused_with_a_code_before_the_store_is_asked() {
        final Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("/events?colour=green", "UNKNOWN_PARAMETER");
        refusals.put("/events?GE_recordTime=2026-01-05T00:00:00Z", "INVALID_FIELD");
        refusals.put("/events?EQ_action=ADD", "INVALID_FIELD");
        refusals.put("/events?GE_eventTime=yesterday", "INVALID_FIELD");
        refusals.put("/events?GE_eventTime=2026-01-05T08:00:00+08:00", "INVALID_FIELD");
        refusals.put("/events?GE_eventTime=2026-01-05T00:00:00", "INVALID_FIELD");
        refusals.put("/events?GE_eventTime=2026-01-06T00:00:00Z&LT_eventTime=2026-01-05T00:00:00Z", "INVALID_FIELD");
        refusals.put("/events?perPage=0", "INVALID_FIELD");
        refusals.put("/events?perPage=1001", "INVALID_FIELD");
        refusals.put("/events?perPage=ten", "INVALID_FIELD");
        refusals.put("/events?perPage=", "INVALID_FIELD");
        refusals.put("/events?nextPageToken=" + enc("<script>"), "INVALID_FIELD");
        refusals.put("/events?eventType=SensorEvent", "INVALID_FIELD");
        refusals.put("/events?eventType=ObjectEvent&eventType=AggregationEvent", "UNKNOWN_PARAMETER");
        refusals.put("/events?eventType=ObjectEvent%7CObjectEvent", "DUPLICATE_VALUE");
        refusals.put("/events?EQ_bizStep=shipping%7C%7Creceiving", "INVALID_FIELD");
        refusals.put("/events?EQ_bizStep=" + enc("Shipping Now"), "INVALID_FIELD");
        refusals.put("/events?EQ_readPoint=not-a-uri", "INVALID_FIELD");
        refusals.put("/events?MATCH_anyEPC=%FF%FE", "INVALID_ENCODING");
        refusals.put("/events?EQ_bizStep=a%00b", "INVALID_FIELD");
        refusals.put("/events?EQ_bizStep=" + "a%7C".repeat(100) + "a", "TOO_MANY_VALUES");
        for (final Map.Entry<String, String> refusal : refusals.entrySet()) {
            final HttpResponse<String> response = api.get(refusal.getKey(), null);
            assertThat(response.statusCode()).as(refusal.getKey() + " " + response.body()).isEqualTo(400);
            assertThat(LedgerJson.readTree(response.body()).path("code").asText()).as(refusal.getKey())
                    .isEqualTo(refusal.getValue());
            assertThat(LedgerJson.readTree(response.body()).path("epcisException").asText()).as(refusal.getKey())
                    .isEqualTo("QueryParameterException");
        }
        assertThat(api.store.eventQueries).as("no malformed query reached the store").isEmpty();

        final HttpResponse<String> foreignToken = api.get("/events?nextPageToken=abc", null);
        assertThat(foreignToken.statusCode()).as("a token the store did not issue").isEqualTo(400);
        assertThat(foreignToken.body()).contains("nextPageToken");
    }

    @Test
    void only_epcis_json_ld_or_json_is_served() {
        final HttpResponse<String> html = api.get("/events", "text/html");
        assertThat(html.statusCode()).isEqualTo(406);
        assertThat(LedgerJson.readTree(html.body()).path("epcisException").asText()).isEqualTo("NotAcceptableException");
        assertThat(api.get("/events", "text/html, application/*;q=0.5").statusCode()).isEqualTo(200);
        assertThat(api.get("/events", "application/ld+json;q=0").statusCode()).isEqualTo(406);
    }
}
