// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.model.json.LedgerJson;

/** Inspection, transformation, sale, cold-chain readings and documents over HTTP on the real chaincode. */
class LotEventApiTest {

    @TempDir
    Path home;

    private InMemoryLedger ledger;
    private FoodApiServer api;

    @BeforeEach
    void start() throws Exception {
        ledger = GuangdongScenario.masterDataOnly();
        ledger.setClock(Instant.parse("2026-01-07T02:00:00Z"));
        api = new FoodApiServer(ledger, GuangdongScenario.FARM1, home);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static JsonNode body(final HttpResponse<String> response, final int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return LedgerJson.readTree(response.body());
    }

    @Test
    void a_lot_is_inspected_documented_split_and_its_sale_and_readings_need_their_roles() {
        body(api.postJson("/lots", "{\"lotId\":\"L-EV-1\",\"productCode\":\"CS-BULK\",\"productName\":\"Choy sum\","
                + "\"quantity\":120,\"unit\":\"kg\",\"origin\":{\"site\":\"FARM1-PLOT7\"}}"), 201);
        final JsonNode document = body(api.postJson("/documents", "{\"hash\":\"" + "a".repeat(64) + "\",\"uri\":"
                + "\"https://lab.example/r.pdf\",\"type\":\"inspection_report\",\"issuer\":\"Guangzhou QC Lab\","
                + "\"lotIds\":[\"L-EV-1\"]}"), 200);
        assertThat(document.path("record").path("hash").asText()).isEqualTo("a".repeat(64));

        api.chaincode.actAs(GuangdongScenario.LAB);
        final JsonNode inspected = body(api.postJson("/lots/L-EV-1/inspect", "{\"analyte\":\"chlorpyrifos\","
                + "\"result\":0.01,\"limit\":0.05,\"unit\":\"mg/kg\"}"), 200);
        assertThat(inspected.path("record").path("body").path("kind").asText()).isEqualTo("INSPECT");

        api.chaincode.actAs(GuangdongScenario.FARM1);
        assertThat(body(api.postJson("/lots/L-EV-1/sell", "{\"quantity\":1}"), 403).path("code").asText())
                .isEqualTo("ACCESS_DENIED");
        assertThat(body(api.postJson("/cold-chain-readings", "{\"lotIds\":[\"L-EV-1\"],\"deviceId\":\"T-1\","
                + "\"unit\":\"Cel\",\"maxAllowed\":5,\"readings\":[{\"time\":\"2026-01-07T01:00:00Z\",\"value\":3.5}]}"),
                403).path("code").asText()).isEqualTo("ACCESS_DENIED");

        body(api.postJson("/lots/L-EV-1/ship", "{\"toMspId\":\"ProcMSP\",\"toSite\":\"BAIYUN-HALL\"}"), 200);
        api.chaincode.actAs(GuangdongScenario.PACKER);
        body(api.postJson("/lots/L-EV-1/receive", "{}"), 200);
        final JsonNode split = body(api.postJson("/transformations", "{\"kind\":\"SPLIT\",\"inputs\":[{\"lotId\":"
                + "\"L-EV-1\",\"quantity\":120}],\"outputs\":[{\"lotId\":\"L-EV-2\",\"quantity\":60},{\"lotId\":"
                + "\"L-EV-3\",\"quantity\":60}]}"), 200);
        assertThat(split.path("record").path("body").path("kind").asText()).isEqualTo("TRANSFORM");
        assertThat(LedgerJson.readTree(api.get("/lots/L-EV-2/trace?direction=back", null).body()).path("lots")
                .toString()).contains("L-EV-1");
        assertThat(body(api.postJson("/lots/L-EV-2/inspect", "{\"lotId\":\"L-EV-3\",\"analyte\":\"x\",\"result\":1,"
                + "\"unit\":\"mg/kg\",\"passed\":true}"), 400).path("code").asText()).isEqualTo("INVALID_FIELD");
    }

    @Test
    void a_document_hash_is_verified_by_any_channel_member_and_an_unknown_one_reads_as_not_recorded() {
        body(api.postJson("/lots", "{\"lotId\":\"L-DOC-1\",\"productCode\":\"CS-BULK\",\"productName\":"
                + "\"Choy sum\",\"quantity\":120,\"unit\":\"kg\"}"), 201);
        body(api.postJson("/documents", "{\"hash\":\"" + "b".repeat(64) + "\",\"uri\":\"https://lab.example/c.pdf\","
                + "\"type\":\"certificate\",\"issuer\":\"Guangzhou QC Lab\",\"validFrom\":\"2026-01-01\","
                + "\"validUntil\":\"2026-12-31\",\"lotIds\":[\"L-DOC-1\"]}"), 200);

        api.chaincode.actAs(GuangdongScenario.PACKER); // another organisation, no document role needed to verify
        final JsonNode recorded = body(api.get("/documents/" + "b".repeat(64), null), 200);
        assertThat(recorded.path("recorded").asBoolean()).isTrue();
        assertThat(recorded.path("validNow").asBoolean()).isTrue();
        assertThat(recorded.path("document").path("lotIds").toString()).contains("L-DOC-1");
        assertThat(recorded.path("document").path("recordedByMspId").asText()).isNotEmpty();

        final JsonNode unknown = body(api.get("/documents/" + "c".repeat(64), null), 200);
        assertThat(unknown.path("recorded").asBoolean()).isFalse();
        assertThat(unknown.has("document")).isFalse();

        assertThat(body(api.get("/documents/" + "B".repeat(64), null), 422).path("code").asText())
                .isEqualTo("INVALID_FIELD");
        assertThat(body(api.get("/documents/abc", null), 422).path("code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(body(api.get("/documents/" + "b".repeat(64) + "?x=1", null), 400).path("code").asText())
                .isEqualTo("UNKNOWN_PARAMETER");
    }
}
