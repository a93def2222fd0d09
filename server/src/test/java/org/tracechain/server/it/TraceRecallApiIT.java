// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.testing.EpcisSchema;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.json.LedgerJson;

/**
 * Lots, custody, trace and recall over HTTP between the producer's, the distributor's and the regulator's servers
 * on the live network: a lot registered and shipped by the producer's farmer, received by the distributor's
 * carrier, traced back and forward as JSON, schema-valid EPCIS and SVG, recalled by the regulator, acknowledged by
 * its holder, and exported as the FSMA 204 spreadsheet.
 */
@ExtendWith(LiveServersExtension.class)
class TraceRecallApiIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    @Test
    void a_lot_is_shipped_received_traced_recalled_and_acknowledged(final LiveServers servers) throws Exception {
        final ApiClient farmer = servers.as("producer", "farmer");
        final ApiClient carrier = servers.as("distributor", "carrier");
        final ApiClient regulator = servers.as("regulator", "regulator");
        final String lot = "TR" + RUN;

        final HttpResponse<String> created = farmer.post("/lots", "{\"lotId\":\"" + lot + "\",\"productCode\":"
                + "\"06901234567892\",\"productName\":\"菜心 Choy sum\",\"quantity\":120.50,\"unit\":\"kg\","
                + "\"gtin\":\"06901234567892\",\"origin\":{\"site\":\"FARM1-PLOT7\",\"event\":\"HARVESTING\","
                + "\"producedOn\":\"2026-11-30\"}}");
        final JsonNode registered = json(created, 201);
        assertThat(registered.path("validationCode").asText()).isEqualTo("VALID");
        assertThat(registered.path("record").path("quantity").decimalValue()).isEqualByComparingTo("120.5");
        assertThat(created.headers().firstValue("Tracechain-Transaction-Id"))
                .contains(registered.path("transactionId").asText());

        final JsonNode shipped = json(farmer.post("/lots/" + lot + "/ship", "{\"toMspId\":\"DistributorMSP\","
                + "\"site\":\"FARM1-PLOT7\",\"toSite\":\"TRUCK-YUE-A12345\",\"terms\":{\"price\":1200.50,"
                + "\"currency\":\"CNY\",\"contractNumber\":\"PO-" + RUN + "\"}}"), 200);
        assertThat(shipped.path("record").path("body").path("kind").asText()).isEqualTo("SHIP");
        assertThat(shipped.toString()).doesNotContain("PO-" + RUN).doesNotContain("1200");
        // The carrier's peer endorses the receipt: it must have the shipment (its organisation's store has it).
        servers.awaitStore("distributor", "foodtrace", shipped.path("blockNumber").asLong());
        assertThat(json(carrier.get("/lots/" + lot), 200).path("status").asText()).isEqualTo("IN_TRANSIT");
        final JsonNode received = json(carrier.post("/lots/" + lot + "/receive", "{\"site\":\"TRUCK-YUE-A12345\"}"),
                200);
        assertThat(received.path("record").path("body").path("kind").asText()).isEqualTo("RECEIVE");
        servers.awaitStore("producer", "foodtrace", received.path("blockNumber").asLong());
        servers.awaitStore("regulator", "foodtrace", received.path("blockNumber").asLong());
        final JsonNode held = json(farmer.get("/lots/" + lot), 200);
        assertThat(held.path("holderMspId").asText()).isEqualTo("DistributorMSP");
        assertThat(held.path("status").asText()).isEqualTo("ACTIVE");

        // The query store of the producer has the lot, as its holder now is.
        servers.awaitStore("producer", "foodtrace", received.path("blockNumber").asLong());
        final JsonNode found = json(farmer.get("/lots?lot=" + lot), 200);
        assertThat(found.toString()).contains("\"lotId\":\"" + lot + "\"").contains("DistributorMSP");

        for (final ApiClient reader : List.of(farmer, carrier, regulator)) {
            final TraceResult back = LedgerJson.fromJson(json(reader.get("/lots/" + lot + "/trace?direction=back",
                    "application/json"), 200).toString(), TraceResult.class);
            assertThat(back.lots()).extracting(l -> l.lotId()).contains(lot);
            assertThat(back.truncated()).isFalse();
            final TraceResult forward = LedgerJson.fromJson(reader.get("/lots/" + lot + "/trace?direction=forward",
                    "application/json").body(), TraceResult.class);
            assertThat(forward.lots()).extracting(l -> l.lotId()).contains(lot);
        }
        final HttpResponse<String> epcis = regulator.get("/lots/" + lot + "/trace?direction=back",
                "application/ld+json");
        final JsonNode document = json(epcis, 200);
        assertThat(EpcisSchema.errors(document)).isEmpty();
        final List<String> steps = new ArrayList<>();
        document.path("epcisBody").path("eventList").forEach(e -> steps.add(e.path("bizStep").asText()));
        assertThat(steps).contains("creating_class_instance", "shipping", "receiving");
        final HttpResponse<String> svg = carrier.get("/lots/" + lot + "/trace?direction=forward", "image/svg+xml");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/svg+xml"));
        assertThat(svg.body()).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains(lot).contains("DistributorMSP")
                .endsWith("</svg>\n");
        assertThat(farmer.get("/lots/" + lot + "/trace?direction=back", "text/html").statusCode()).isEqualTo(406);

        final String recallId = "R-" + RUN;
        final HttpResponse<String> recalled = regulator.post("/lots/" + lot + "/recall", "{\"recallId\":\""
                + recallId + "\",\"reason\":\"chlorpyrifos over the limit\"}");
        final JsonNode recall = json(recalled, 201);
        assertThat(recalled.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/recalls/" + recallId));
        assertThat(recall.path("record").path("complete").asBoolean()).isTrue();
        servers.awaitStore("producer", "foodtrace", recall.path("blockNumber").asLong());
        servers.awaitStore("distributor", "foodtrace", recall.path("blockNumber").asLong());
        JsonNode status = json(farmer.get("/recalls/" + recallId), 200);
        assertThat(status.path("notAcknowledged").toString()).contains("DistributorMSP");
        assertThat(status.path("holders").toString()).contains("\"mspId\":\"DistributorMSP\"");
        assertThat(recall.path("record").path("lots").toString()).contains("\"lotId\":\"" + lot + "\"")
                .contains("DistributorMSP");
        assertThat(json(farmer.post("/recalls/" + recallId + "/acknowledgements", "{\"note\":\"not ours\"}"), 403)
                .path("code").asText()).isEqualTo("NOT_A_RECALL_HOLDER");

        final JsonNode acknowledged = json(servers.as("distributor", "retailer").post("/recalls/" + recallId
                + "/acknowledgements", "{\"note\":\"120.5 kg quarantined\"}"), 201);
        assertThat(acknowledged.path("record").path("mspId").asText()).isEqualTo("DistributorMSP");
        servers.awaitStore("regulator", "foodtrace", acknowledged.path("blockNumber").asLong());
        status = json(regulator.get("/recalls/" + recallId), 200);
        assertThat(status.path("notAcknowledged")).isEmpty();
        assertThat(status.path("holders").toString()).contains("120.5 kg quarantined");
        assertThat(json(carrier.post("/recalls/" + recallId + "/acknowledgements", "{}"), 409).path("code").asText())
                .isEqualTo("RECALL_ALREADY_ACKNOWLEDGED");
        assertThat(json(carrier.get("/lots/" + lot), 200).path("status").asText()).isEqualTo("RECALLED");

        final HttpResponse<String> fsma = regulator.get("/lots/" + lot + "/fsma?direction=back");
        assertThat(fsma.statusCode()).as(fsma.body()).isEqualTo(200);
        assertThat(fsma.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        final String[] rows = fsma.body().split("\r\n");
        assertThat(rows[0]).startsWith("Critical Tracking Event,Traceability Lot Code");
        assertThat(rows).anyMatch(r -> r.startsWith("Shipping,") && r.contains(lot))
                .anyMatch(r -> r.startsWith("Receiving,") && r.contains(lot));
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
