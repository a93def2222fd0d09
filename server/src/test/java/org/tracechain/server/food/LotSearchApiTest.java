// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
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
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.store.LotSearch;

/** {@code GET /lots}: every criterion checked and passed to the query store, pages linked by {@code Link}. */
class LotSearchApiTest {

    @TempDir
    Path home;

    private FoodApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = new FoodApiServer(GuangdongScenario.masterDataOnly(), GuangdongScenario.REGULATOR, home);
        for (int i = 1; i <= 5; i++) {
            api.store.lots.add(TestLots.registered("L" + i, "06901234567892", "Choy sum", new BigDecimal("10.50"),
                    "kg", i % 2 == 0 ? "ProcMSP" : "Farm1MSP", "x509::CN=farmer",
                    Instant.parse("2026-01-0" + i + "T00:00:00Z"), "tx" + i));
        }
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private LotSearch lastSearch() {
        return api.store.lotSearches.get(api.store.lotSearches.size() - 1);
    }

    @Test
    void lots_of_a_holder_in_pages() {
        final List<String> seen = new ArrayList<>();
        String next = "/lots?holder=Farm1MSP&perPage=2";
        while (next != null) {
            final HttpResponse<String> page = api.get(next, null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            final JsonNode body = LedgerJson.readTree(page.body());
            body.path("lots").forEach(lot -> seen.add(lot.path("lotId").asText()));
            assertThat(body.path("height").asLong()).isEqualTo(42);
            assertThat(lastSearch().holder()).contains("Farm1MSP");
            next = page.headers().firstValue("Link").map(l -> l.substring(1, l.indexOf('>'))).orElse(null);
        }
        assertThat(seen).containsExactly("L1", "L3", "L5");
        assertThat(api.get("/lots?holder=Farm1MSP", null).body()).as("decimals in the codec's form").contains("\"quantity\":10.5");
    }

    @Test
    void every_criterion_reaches_the_store() {
        final HttpResponse<String> response = api.get("/lots?traceCode=L2&gtin=06901234567892&lot=L2&product=Choy%20sum"
                + "&holder=ProcMSP&status=ACTIVE&from=2026-01-01T00:00:00Z&to=2026-01-03T00:00:00Z&perPage=5", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(LedgerJson.readTree(response.body()).path("lots")).singleElement()
                .satisfies(lot -> assertThat(lot.path("lotId").asText()).isEqualTo("L2"));
        final LotSearch search = lastSearch();
        assertThat(search.traceCode()).contains("L2");
        assertThat(search.gtin()).contains("06901234567892");
        assertThat(search.lotNumber()).contains("L2");
        assertThat(search.product()).contains("Choy sum");
        assertThat(search.status()).contains("ACTIVE");
        assertThat(search.registeredFrom()).contains(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(search.registeredTo()).contains(Instant.parse("2026-01-03T00:00:00Z"));
        assertThat(search.perPage()).isEqualTo(5);
    }

    @Test
    void a_read_waits_for_the_block_a_write_answered_and_says_so_when_the_store_stays_behind() {
        // The in-memory store is at height 42: it has projected blocks 0..41.
        assertThat(awaiting("41").statusCode()).isEqualTo(200);
        final HttpResponse<String> behind = awaiting("42");
        assertThat(behind.statusCode()).as(behind.body()).isEqualTo(504);
        assertThat(LedgerJson.readTree(behind.body()).path("code").asText()).isEqualTo("TIMEOUT");
        for (final String malformed : List.of("", "x", "-1", "01", "1e3", "99999999999999999999")) {
            final HttpResponse<String> refused = awaiting(malformed);
            assertThat(refused.statusCode()).as(malformed).isEqualTo(400);
            assertThat(LedgerJson.readTree(refused.body()).path("code").asText()).as(malformed).isEqualTo("INVALID_FIELD");
        }
    }

    private HttpResponse<String> awaiting(final String block) {
        return api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base + "/lots?holder=Farm1MSP"))
                .header(org.tracechain.server.http.StoreReads.HEADER, block).GET().build());
    }

    @Test
    void malformed_criteria_are_refused_before_the_store_is_asked() {
        final Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("status=active", "INVALID_FIELD");
        refusals.put("status=LOST", "INVALID_FIELD");
        refusals.put("from=2026-01-03T00:00:00Z&to=2026-01-01T00:00:00Z", "INVALID_FIELD");
        refusals.put("from=monday", "INVALID_FIELD");
        refusals.put("perPage=0", "INVALID_FIELD");
        refusals.put("perPage=1001", "INVALID_FIELD");
        refusals.put("colour=green", "UNKNOWN_PARAMETER");
        refusals.put("holder=A&holder=B", "UNKNOWN_PARAMETER");
        refusals.put("holder=", "INVALID_FIELD");
        refusals.put("holder=A&", "INVALID_FIELD");
        refusals.put("holder=" + "A".repeat(4097), "FIELD_TOO_LONG");
        refusals.put("nextPageToken=%3C%3E", "INVALID_FIELD");
        refusals.put("product=%FF", "INVALID_ENCODING");
        refusals.forEach((query, code) -> {
            final HttpResponse<String> response = api.get("/lots?" + query, null);
            assertThat(response.statusCode()).as(query + " " + response.body()).isEqualTo(400);
            assertThat(LedgerJson.readTree(response.body()).path("code").asText()).as(query).isEqualTo(code);
        });
        assertThat(api.store.lotSearches).isEmpty();
        assertThat(api.get("/lots?nextPageToken=zzz", null).statusCode()).as("a token the store did not issue")
                .isEqualTo(400);
    }
}
