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
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.json.LedgerJson;

/**
 * The producer's and regulator's writes over HTTP on the real chaincode: a lot registered, shipped with private
 * terms (transient only), received, recalled, the recall's holders acknowledging; every write answers the
 * committed transaction; bodies are read strictly and the path names the lot or recall.
 */
class LotAndRecallApiTest {

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

    private void registerAndShip() {
        final JsonNode registered = body(api.postJson("/lots", "{\"lotId\":\"L-API-1\",\"productCode\":"
                + "\"06901234567892\",\"productName\":\"菜心 Choy sum\",\"quantity\":120.50,\"unit\":\"kg\","
                + "\"gtin\":\"06901234567892\",\"origin\":{\"site\":\"FARM1-PLOT7\",\"event\":\"HARVESTING\","
                + "\"producedOn\":\"2026-01-07\"}}"), 201);
        assertThat(registered.path("validationCode").asText()).isEqualTo("VALID");
        assertThat(registered.path("channel").asText()).as("whose blocks blockNumber counts").isEqualTo("foodtrace");
        assertThat(registered.path("transactionId").asText()).matches("[0-9a-f]{64}");
        assertThat(registered.path("record").path("lotId").asText()).isEqualTo("L-API-1");
        assertThat(registered.path("record").path("quantity").decimalValue()).isEqualByComparingTo("120.5");

        final JsonNode shipped = body(api.postJson("/lots/L-API-1/ship", "{\"toMspId\":\"ProcMSP\",\"site\":"
                + "\"FARM1-PLOT7\",\"toSite\":\"BAIYUN-HALL\",\"terms\":{\"price\":1200.50,\"currency\":\"CNY\","
                + "\"contractNumber\":\"PO-9\"}}"), 200);
        assertThat(shipped.path("record").path("body").path("kind").asText()).isEqualTo("SHIP");
        final var call = api.gateway.lastCall();
        assertThat(call.transactionName()).endsWith("Ship");
        assertThat(call.transientData().get("terms")).isEqualTo(
                "{\"contractNumber\":\"PO-9\",\"currency\":\"CNY\",\"price\":1200.5}");
        assertThat(call.arguments().get(0)).doesNotContain("1200").doesNotContain("PO-9").contains("\"lotId\":\"L-API-1\"");
    }

    @Test
    void a_lot_is_registered_shipped_with_private_terms_and_received() throws Exception {
        registerAndShip();
        final HttpResponse<String> created = api.get("/lots/L-API-1", null);
        final Lot lot = LedgerJson.fromJson(created.body(), Lot.class);
        assertThat(lot.status()).isEqualTo(LotStatus.IN_TRANSIT);
        assertThat(lot.quantity()).isEqualByComparingTo("120.5");

        api.chaincode.actAs(GuangdongScenario.PACKER);
        final JsonNode received = body(api.postJson("/lots/L-API-1/receive", "{\"site\":\"BAIYUN-HALL\"}"), 200);
        assertThat(received.path("record").path("body").path("kind").asText()).isEqualTo("RECEIVE");
        assertThat(api.food.lot("L-API-1").holderMspId()).isEqualTo("ProcMSP");
    }

    @Test
    void a_recall_names_its_holders_and_records_their_acknowledgements() throws Exception {
        registerAndShip();
        api.chaincode.actAs(GuangdongScenario.PACKER);
        body(api.postJson("/lots/L-API-1/receive", "{}"), 200);

        api.chaincode.actAs(GuangdongScenario.REGULATOR);
        final HttpResponse<String> recalled = api.postJson("/lots/L-API-1/recall", "{\"recallId\":\"R-API-1\","
                + "\"reason\":\"chlorpyrifos over the limit\"}");
        final JsonNode recall = body(recalled, 201);
        assertThat(recalled.headers().firstValue("Location")).contains("/recalls/R-API-1");
        assertThat(recall.path("record").path("complete").asBoolean()).isTrue();
        assertThat(recall.path("record").path("lots").get(0).path("holderMspId").asText()).isEqualTo("ProcMSP");

        RecallStatusView status = LedgerJson.fromJson(api.get("/recalls/R-API-1", null).body(), RecallStatusView.class);
        assertThat(status.notAcknowledged()).containsExactly("ProcMSP");

        api.chaincode.actAs(GuangdongScenario.PACKER);
        final JsonNode acknowledged = body(api.postJson("/recalls/R-API-1/acknowledgements",
                "{\"note\":\"120.5 kg quarantined\"}"), 201);
        assertThat(acknowledged.path("record").path("mspId").asText()).isEqualTo("ProcMSP");
        status = LedgerJson.fromJson(api.get("/recalls/R-API-1", null).body(), RecallStatusView.class);
        assertThat(status.notAcknowledged()).isEmpty();
        assertThat(status.holders()).singleElement().satisfies(h -> {
            assertThat(h.acknowledged()).isTrue();
            assertThat(h.acknowledgement().note()).isEqualTo("120.5 kg quarantined");
        });
        assertThat(body(api.postJson("/recalls/R-API-1/acknowledgements", "{}"), 409).path("code").asText())
                .isEqualTo("RECALL_ALREADY_ACKNOWLEDGED");
        api.chaincode.actAs(GuangdongScenario.REGULATOR);
        assertThat(body(api.postJson("/recalls/R-API-1/continue", "{}"), 409).path("code").asText())
                .isEqualTo("RECALL_COMPLETE");
    }

    @Test
    void refusals_keep_the_chaincode_code_and_bodies_are_read_strictly() throws Exception {
        registerAndShip();
        final var before = ledger.snapshot();
        assertThat(body(api.get("/lots/NO-SUCH-LOT", null), 404).path("code").asText()).isEqualTo("LOT_NOT_FOUND");
        assertThat(body(api.postJson("/lots/L-API-1/recall", "{\"recallId\":\"R-X\",\"reason\":\"x\"}"), 403)
                .path("code").asText()).as("a farmer is no regulator").isEqualTo("ACCESS_DENIED");
        assertThat(body(api.postJson("/lots/L-API-1/receive", "{\"lotId\":\"OTHER\"}"), 400).path("code").asText())
                .isEqualTo("INVALID_FIELD");
        assertThat(body(api.postJson("/lots/L-API-1/receive", "{\"colour\":\"green\"}"), 400).path("code").asText())
                .isEqualTo("MALFORMED_JSON");
        assertThat(body(api.postJson("/lots/L-API-1/receive", "{\"site\":\"A\",\"site\":\"B\"}"), 400).path("code")
                .asText()).isEqualTo("MALFORMED_JSON");
        assertThat(body(api.postJson("/lots/L-API-1/receive", "[]"), 400).path("code").asText())
                .isEqualTo("MALFORMED_JSON");
        assertThat(body(api.postJson("/lots", "{\"lotId\":\"L2\",\"productCode\":\"P\",\"productName\":\"x\","
                + "\"quantity\":\"12\",\"unit\":\"kg\"}"), 400).path("code").asText())
                .as("a string is not a number").isEqualTo("MALFORMED_JSON");
        assertThat(body(api.post("/lots", "application/json", new byte[] {'{', '"', (byte) 0xFF, '"', '}'}), 400)
                .path("code").asText()).isEqualTo("INVALID_ENCODING");
        assertThat(ledger.snapshot()).isEqualTo(before);
    }
}
