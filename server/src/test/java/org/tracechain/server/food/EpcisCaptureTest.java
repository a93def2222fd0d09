// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.model.identity.Role;
import org.tracechain.model.json.LedgerJson;

/**
 * {@code POST /capture} and {@code GET /capture/{captureID}}: a partner's EPCIS document goes through the SDK, the
 * fake gateway and the real foodtrace chaincode, all or nothing; refusals name every event that cannot be captured
 * and leave the ledger as it was.
 */
class EpcisCaptureTest {

    @TempDir
    Path home;

    private InMemoryLedger ledger;
    private FoodApiServer api;

    @BeforeEach
    void start() throws Exception {
        ledger = GuangdongScenario.masterDataOnly();
        ledger.setClock(Instant.parse("2026-01-07T02:00:00Z"));
        api = new FoodApiServer(ledger, TestIdentities.client("ProcMSP", "packer", Role.PRODUCER, Role.PROCESSOR),
                home);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    static String partnerCapture() throws IOException {
        try (InputStream in = EpcisCaptureTest.class.getResourceAsStream(
                "/org/tracechain/client/food/epcis/partner-capture.jsonld")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long importCalls() {
        return api.gateway.calls().stream().filter(c -> c.transactionName().endsWith("ImportEvents")).count();
    }

    @Test
    void a_captured_document_answers_202_with_the_capture_job_whose_state_the_ledger_tells() throws Exception {
        final HttpResponse<String> captured = api.post("/capture", "application/ld+json",
                partnerCapture().getBytes(StandardCharsets.UTF_8));

        assertThat(captured.statusCode()).as(captured.body()).isEqualTo(202);
        final JsonNode body = LedgerJson.readTree(captured.body());
        final String txId = body.path("transactionId").asText();
        assertThat(txId).matches("[0-9a-f]{64}");
        assertThat(captured.headers().firstValue("Location")).contains("/capture/" + txId);
        assertThat(captured.headers().firstValue("GS1-EPCIS-Version")).contains("2.0.0");
        assertThat(body.path("validationCode").asText()).isEqualTo("VALID");
        assertThat(body.path("record").path("events")).hasSize(7);
        assertThat(body.path("record").path("events").get(0).path("epcisEventId").asText())
                .isEqualTo("urn:uuid:2f0d3c1e-6a1b-4e6f-9c5d-1a2b3c4d5e01");
        assertThat(importCalls()).as("one transaction for the whole document").isEqualTo(1);

        final HttpResponse<String> job = api.get("/capture/" + txId, null);
        assertThat(job.statusCode()).as(job.body()).isEqualTo(200);
        final JsonNode captureJob = LedgerJson.readTree(job.body());
        assertThat(captureJob.path("captureID").asText()).isEqualTo(txId);
        assertThat(captureJob.path("running").asBoolean()).isFalse();
        assertThat(captureJob.path("success").asBoolean()).isTrue();
        assertThat(captureJob.path("captureErrorBehaviour").asText()).isEqualTo("rollback");
        assertThat(captureJob.path("errors")).isEmpty();
        assertThat(api.food.lot("IMP-P1").quantity()).as("the packed lot the capture made").isEqualByComparingTo("40");
    }

    @Test
    void every_event_that_cannot_be_mapped_is_named_and_nothing_is_sent() throws Exception {
        final var before = ledger.snapshot();
        final String document = partnerCapture().replace("\"bizStep\": \"packing\"", "\"bizStep\": \"loading\"")
                .replace("\"tracechain:note\": \"forced-air cooling\"", "\"example:colour\": \"green\"");

        final HttpResponse<String> refused = api.postJson("/capture", document);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        final JsonNode problem = LedgerJson.readTree(refused.body());
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(problem.path("epcisException").asText()).isEqualTo("ValidationException");
        assertThat(problem.path("errors")).hasSize(2);
        assertThat(problem.path("errors").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(problem.path("errors").get(0).path("eventID").asText())
                .isEqualTo("urn:uuid:2f0d3c1e-6a1b-4e6f-9c5d-1a2b3c4d5e02");
        assertThat(problem.path("errors").get(0).path("detail").asText()).contains("example:colour");
        assertThat(problem.path("errors").get(1).path("index").asInt()).isEqualTo(4);
        assertThat(problem.path("errors").get(1).path("type").asText()).isEqualTo("epcisException:ValidationException");
        assertThat(importCalls()).isZero();
        assertThat(ledger.snapshot()).isEqualTo(before);
    }

    @Test
    void a_document_the_chaincode_refuses_leaves_the_ledger_as_it_was_and_names_the_event() throws Exception {
        final var before = ledger.snapshot();
        final String document = partnerCapture().replace(
                "/10/IMP-F1\", \"quantity\": 120, \"uom\": \"KGM\"},", "/10/IMP-F1\", \"quantity\": 121, \"uom\": \"KGM\"},");

        final HttpResponse<String> refused = api.postJson("/capture", document);

        assertThat(refused.statusCode()).isEqualTo(409);
        final JsonNode problem = LedgerJson.readTree(refused.body());
        assertThat(problem.path("code").asText()).isEqualTo("INSUFFICIENT_QUANTITY");
        assertThat(problem.path("detail").asText()).contains("event 3 (urn:uuid:2f0d3c1e-6a1b-4e6f-9c5d-1a2b3c4d5e04)");
        assertThat(ledger.snapshot()).isEqualTo(before);
    }

    @Test
    void capture_refuses_other_media_types_other_versions_greedy_capture_and_oversized_documents() throws Exception {
        final byte[] document = partnerCapture().getBytes(StandardCharsets.UTF_8);
        assertThat(api.post("/capture", "text/plain", document).statusCode()).isEqualTo(415);
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/capture"))
                .header("Content-Type", "application/json").header("GS1-EPCIS-Version", "1.2.0")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(document)).build()).statusCode())
                .isEqualTo(406);
        final HttpResponse<String> proceed = api.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base() + "/capture")).header("Content-Type", "application/json")
                .header("GS1-Capture-Error-Behaviour", "proceed")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(document)).build());
        assertThat(proceed.statusCode()).isEqualTo(400);
        assertThat(proceed.body()).contains("rollback");

        final StringBuilder many = new StringBuilder("{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/"
                + "epcis-context.jsonld\"],\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":"
                + "\"2026-01-07T10:00:00Z\",\"epcisBody\":{\"eventList\":[");
        for (int i = 0; i < EpcisRoutes.CAPTURE_LIMIT + 1; i++) {
            many.append(i == 0 ? "" : ",").append("{\"type\":\"ObjectEvent\"}");
        }
        many.append("]}}");
        final HttpResponse<String> tooMany = api.postJson("/capture", many.toString());
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(tooMany.headers().firstValue("GS1-EPCIS-Capture-Limit")).contains("100");
        assertThat(LedgerJson.readTree(tooMany.body()).path("epcisException").asText())
                .isEqualTo("CaptureLimitExceededException");
        assertThat(importCalls()).isZero();
    }

    @Test
    void bodies_are_read_exactly_or_refused() throws Exception {
        final byte[] invalidUtf8 = partnerCapture().replace("Plot 9", "Plot \u0000").getBytes(StandardCharsets.UTF_8);
        invalidUtf8[invalidUtf8.length / 2] = (byte) 0xC3;
        invalidUtf8[invalidUtf8.length / 2 + 1] = (byte) 0x28;
        final HttpResponse<String> encoding = api.post("/capture", "application/json", invalidUtf8);
        assertThat(encoding.statusCode()).isEqualTo(400);
        assertThat(LedgerJson.readTree(encoding.body()).path("code").asText()).isEqualTo("INVALID_ENCODING");

        final String duplicate = partnerCapture().replaceFirst("\"type\": \"EPCISDocument\",",
                "\"type\": \"EPCISDocument\", \"type\": \"EPCISDocument\",");
        final HttpResponse<String> malformed = api.postJson("/capture", duplicate);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(LedgerJson.readTree(malformed.body()).path("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(importCalls()).isZero();
    }

    @Test
    void an_unknown_capture_id_is_not_found() {
        assertThat(api.get("/capture/" + "ab".repeat(32), null).statusCode()).isEqualTo(404);
        assertThat(api.get("/capture/not-a-transaction", null).statusCode()).isEqualTo(404);
        assertThat(api.get("/capture/" + "ab".repeat(32) + "?x=1", null).statusCode()).isEqualTo(400);
    }

    private String base() {
        return api.get("/capture/x", null).uri().toString().replace("/capture/x", "");
    }
}
