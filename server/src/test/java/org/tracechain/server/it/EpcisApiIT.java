// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.testing.EpcisSchema;

/**
 * The EPCIS 2.0 REST binding on the live network and the organisation's PostgreSQL query store: a capture over HTTP
 * (202, the capture job), every supported query parameter of {@code GET /events} selecting exactly the events it
 * should among this run's, paging through the {@code Link} header, {@code GET /events/{eventID}},
 * {@code GET /epcs/{epc}/events}, every answer valid against GS1's EPCIS 2.0 JSON schema, and a document the ledger
 * refuses leaving ledger and store unchanged.
 */
@ExtendWith(LiveServersExtension.class)
class EpcisApiIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private static final String HALL = "https://id.gs1.org/414/6901234000085";
    private static final String FARM1 = "https://id.gs1.org/414/6901234000047/254/PLOT7";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

    /** Four events a minute apart, two hours ago: the window holds only this run's capture. */
    private final Instant base = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    private final String lotA = "EA" + RUN;
    private final String lotB = "EB" + RUN;
    private final String classA = "https://id.gs1.org/01/06901234567892/10/" + lotA;
    private final String classB = "https://id.gs1.org/01/06901234567892/10/" + lotB;
    private final List<String> ids = List.of(uuid(), uuid(), uuid(), uuid());

    private static String uuid() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    private String time(final int minute) {
        return OffsetDateTime.ofInstant(base.plus(minute, ChronoUnit.MINUTES), CHINA).toString();
    }

    private static String enc(final String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String window() {
        return "GE_eventTime=" + enc(time(0)) + "&LT_eventTime=" + enc(time(10));
    }

    private static String event(final String type, final String id, final String time, final String body) {
        return "{\"type\":\"" + type + "\",\"eventID\":\"" + id + "\",\"eventTime\":\"" + time
                + "\",\"eventTimeZoneOffset\":\"+08:00\"," + body + "}";
    }

    private String register(final int i, final String epcClass, final String site, final String quantity) {
        return event("ObjectEvent", ids.get(i), time(i + 1), "\"action\":\"ADD\",\"bizStep\":\"creating_class_instance\","
                + "\"disposition\":\"active\",\"quantityList\":[{\"epcClass\":\"" + epcClass + "\",\"quantity\":"
                + quantity + ",\"uom\":\"KGM\"}],\"readPoint\":{\"id\":\"" + site + "\"},\"bizLocation\":{\"id\":\""
                + site + "\"},\"ilmd\":{\"tracechain:productCode\":\"CS-BULK\",\"tracechain:productName\":"
                + "\"菜心 Choy sum, bulk\",\"tracechain:originEvent\":\"HARVESTING\",\"tracechain:producedOn\":\""
                + time(i + 1).substring(0, 10) + "\"}");
    }

    private String document(final List<String> events) {
        return "{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + "{\"tracechain\":\"https://tracechain.org/epcis/\"}],\"type\":\"EPCISDocument\","
                + "\"schemaVersion\":\"2.0\",\"creationDate\":\"" + time(5) + "\",\"epcisBody\":{\"eventList\":["
                + String.join(",", events) + "]}}";
    }

    /** Lot A registered at the packing hall and shipped to the distributor; lot B registered and cooled at farm 1. */
    private String capture() {
        return document(List.of(register(0, classA, HALL, "100"), register(1, classB, FARM1, "50"),
                event("ObjectEvent", ids.get(2), time(3), "\"action\":\"OBSERVE\",\"bizStep\":"
                        + "\"https://tracechain.org/epcis/BizStep-cooling\",\"disposition\":\"active\",\"quantityList\":"
                        + "[{\"epcClass\":\"" + classB + "\",\"quantity\":50,\"uom\":\"KGM\"}],\"readPoint\":{\"id\":\""
                        + FARM1 + "\"},\"bizLocation\":{\"id\":\"" + FARM1 + "\"}"),
                event("ObjectEvent", ids.get(3), time(4), "\"action\":\"OBSERVE\",\"bizStep\":\"shipping\","
                        + "\"disposition\":\"in_transit\",\"quantityList\":[{\"epcClass\":\"" + classA
                        + "\",\"quantity\":100,\"uom\":\"KGM\"}],\"readPoint\":{\"id\":\"" + HALL + "\"},"
                        + "\"sourceList\":[{\"type\":\"owning_party\",\"source\":\"urn:epc:id:pgln:6901234.00007\"},"
                        + "{\"type\":\"location\",\"source\":\"" + HALL + "\"}],\"destinationList\":[{\"type\":"
                        + "\"owning_party\",\"destination\":\"urn:tracechain:party:uscc:91440104MA5CXY312G\"},"
                        + "{\"type\":\"location\",\"destination\":\"urn:tracechain:site:TRUCK-YUE-A12345\"}]")));
    }

    /** The eventIDs a query document lists, after checking it against GS1's schema. */
    private static List<String> eventIds(final HttpResponse<String> answer) {
        final JsonNode document = json(answer, 200);
        assertThat(EpcisSchema.errors(document)).as(answer.uri().toString()).isEmpty();
        final List<String> found = new ArrayList<>();
        document.path("epcisBody").path("queryResults").path("resultsBody").path("eventList")
                .forEach(e -> found.add(e.path("eventID").asText()));
        return found;
    }

    private List<String> ids(final int... indexes) {
        final List<String> selected = new ArrayList<>();
        for (final int i : indexes) {
            selected.add(ids.get(i));
        }
        return selected;
    }

    @Test
    void a_capture_is_queried_back_by_every_supported_parameter(final LiveServers servers) {
        final ApiClient farmer = servers.as("producer", "farmer");
        final HttpResponse<String> captured = farmer.send("/capture", "POST", "application/ld+json", capture());
        final JsonNode write = json(captured, 202);
        final String captureId = write.path("transactionId").asText();
        assertThat(captured.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/capture/" + captureId));
        final JsonNode job = json(farmer.get("/capture/" + captureId), 200);
        assertThat(job.path("running").asBoolean()).isFalse();
        assertThat(job.path("success").asBoolean()).isTrue();
        assertThat(job.path("errors")).isEmpty();
        servers.awaitStore("producer", "foodtrace", write.path("blockNumber").asLong());

        assertThat(eventIds(farmer.get("/events?eventType=ObjectEvent&" + window())))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(eventIds(farmer.get("/events?eventType=AggregationEvent%7CTransformationEvent&" + window())))
                .isEmpty();
        assertThat(eventIds(farmer.get("/events?GE_eventTime=" + enc(time(2)) + "&LT_eventTime=" + enc(time(4)))))
                .containsExactlyInAnyOrderElementsOf(ids(1, 2));
        assertThat(eventIds(farmer.get("/events?EQ_bizStep=shipping&" + window()))).containsExactly(ids.get(3));
        assertThat(eventIds(farmer.get("/events?EQ_bizStep=creating_class_instance%7Cshipping&" + window())))
                .containsExactlyInAnyOrderElementsOf(ids(0, 1, 3));
        assertThat(eventIds(farmer.get("/events?EQ_disposition=in_transit&" + window()))).containsExactly(ids.get(3));
        assertThat(eventIds(farmer.get("/events?EQ_disposition=active&" + window())))
                .containsExactlyInAnyOrderElementsOf(ids(0, 1, 2));
        assertThat(eventIds(farmer.get("/events?MATCH_anyEPC=" + enc(classB))))
                .containsExactlyInAnyOrderElementsOf(ids(1, 2));
        // MATCH_epc names instances (epcList, childEPCs, input/output EPCs): a lot class is none of them.
        assertThat(eventIds(farmer.get("/events?MATCH_epc=" + enc(classB)))).isEmpty();
        assertThat(eventIds(farmer.get("/events?EQ_readPoint=" + enc(HALL) + "&" + window())))
                .containsExactlyInAnyOrderElementsOf(ids(0, 3));
        assertThat(eventIds(farmer.get("/events?EQ_bizLocation=" + enc(FARM1) + "&" + window())))
                .containsExactlyInAnyOrderElementsOf(ids(1, 2));

        // Pages of one event, followed through Link rel="next" until there is none.
        final List<String> paged = new ArrayList<>();
        String next = "/events?perPage=1&" + window();
        int pages = 0;
        while (next != null) {
            final HttpResponse<String> page = farmer.get(next);
            final List<String> onPage = eventIds(page);
            assertThat(onPage).hasSizeLessThanOrEqualTo(1);
            paged.addAll(onPage);
            pages++;
            next = page.headers().allValues("Link").stream().map(NEXT::matcher).filter(Matcher::find)
                    .map(m -> servers.server("producer").uri().relativize(servers.server("producer").uri()
                            .resolve(m.group(1))).toString()).findFirst().map(s -> "/" + s).orElse(null);
            if (next != null) {
                assertThat(next).contains("nextPageToken=");
            }
            assertThat(pages).isLessThanOrEqualTo(5);
        }
        assertThat(paged).containsExactlyInAnyOrderElementsOf(ids);

        final JsonNode one = json(farmer.get("/events/" + enc(ids.get(3))), 200);
        assertThat(EpcisSchema.errors(one)).isEmpty();
        assertThat(one.toString()).contains(ids.get(3)).contains("in_transit");
        assertThat(json(farmer.get("/events/" + enc(uuid())), 404).path("code").asText()).isEqualTo("NOT_FOUND");

        assertThat(eventIds(farmer.get("/epcs/" + enc(classA) + "/events")))
                .containsExactlyInAnyOrderElementsOf(ids(0, 3));
        assertThat(eventIds(farmer.get("/epcs/" + enc(classA) + "/events?EQ_bizStep=shipping")))
                .containsExactly(ids.get(3));
        // Another organisation's server reads the same channel through its own store.
        final HttpResponse<String> fromRegulator = servers.as("regulator", "regulator").get("/epcs/" + enc(classB)
                + "/events");
        servers.awaitStore("regulator", "foodtrace", write.path("blockNumber").asLong());
        assertThat(fromRegulator.statusCode()).isEqualTo(200);
        assertThat(eventIds(servers.as("regulator", "regulator").get("/epcs/" + enc(classB) + "/events")))
                .containsExactlyInAnyOrderElementsOf(ids(1, 2));
    }

    @Test
    void a_document_the_ledger_refuses_changes_neither_ledger_nor_store(final LiveServers servers) {
        final ApiClient farmer = servers.as("producer", "farmer");
        final String lot = "EX" + RUN;
        final String epcClass = "https://id.gs1.org/01/06901234567892/10/" + lot;
        // The second event registers the lot again: the chaincode refuses it, so the first is not recorded either.
        final String ok = register(0, epcClass, FARM1, "50");
        final String bad = register(1, epcClass, HALL, "60");
        final HttpResponse<String> refused = farmer.send("/capture", "POST", "application/ld+json",
                document(List.of(ok, bad)));
        assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(json(refused, 409).path("code").asText()).isEqualTo("LOT_ALREADY_EXISTS");
        assertThat(json(refused, 409).path("detail").asText()).contains(ids.get(1));

        // A later write by the same organisation: once the store has it, the refused document is still absent.
        final JsonNode later = json(farmer.post("/lots", "{\"lotId\":\"EL" + RUN + "\",\"productCode\":\"CS-BULK\","
                + "\"productName\":\"Choy sum\",\"quantity\":1,\"unit\":\"kg\"}"), 201);
        servers.awaitStore("producer", "foodtrace", later.path("blockNumber").asLong());
        assertThat(json(farmer.get("/lots/" + lot), 404).path("code").asText()).isEqualTo("LOT_NOT_FOUND");
        assertThat(eventIds(farmer.get("/epcs/" + enc(epcClass) + "/events"))).isEmpty();
        assertThat(json(farmer.get("/events/" + enc(ids.get(0))), 404).path("code").asText()).isEqualTo("NOT_FOUND");
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
