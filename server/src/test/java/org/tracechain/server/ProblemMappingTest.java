// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.AuthenticationTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;

/** Each family of ledger failure, and each refusal before the ledger, answers its status and problem body. */
class ProblemMappingTest {

    private static final byte[] LOT_REQUEST = LedgerJson.toBytes(new RegisterLotRequest("L1", "06901234567892",
            "Choy sum", new BigDecimal("120.5"), "kg"));

    @TempDir
    Path home;
    TestServer server;
    String token;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(home, (TraceChainServer.RoutesFactory) ProbeRoutes::new);
        token = server.token("farmer");
        server.gateway.respond("RegisterLot", call -> FakeGateway.utf8(LedgerJson.toJson(TestLots.registered("L1",
                "06901234567892", "Choy sum", new BigDecimal("120.5"), "kg", "ProducerMSP", "farmer",
                Instant.parse("2026-01-05T01:00:00Z"), call.transactionId()))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void refuseReads(final String chaincodeMessage) {
        server.gateway.respond("GetLot", call -> {
            throw FakeGateway.evaluateRefusal(chaincodeMessage);
        });
    }

    @Test
    void a_chaincode_code_ending_in_not_found_is_404_with_the_code() {
        refuseReads("[LOT_NOT_FOUND] lot L9 does not exist");
        final JsonNode body = problem(server.get("/probe/lots/L9", token), 404, "LOT_NOT_FOUND");
        assertThat(body.path("detail").asText()).isEqualTo("lot L9 does not exist");
        assertThat(body.path("transactionId").asText()).isNotBlank();
    }

    @Test
    void access_denied_is_403() {
        refuseReads("[ACCESS_DENIED] only regulators read this");
        problem(server.get("/probe/lots/L1", token), 403, "ACCESS_DENIED");
    }

    @Test
    void input_codes_are_400_or_422_and_state_conflicts_409() {
        refuseReads("[MALFORMED_JSON] unknown field");
        problem(server.get("/probe/lots/L1", token), 400, "MALFORMED_JSON");
        refuseReads("[INVALID_FIELD] lotId has characters outside the identifier alphabet");
        problem(server.get("/probe/lots/L1", token), 422, "INVALID_FIELD");
        refuseReads("[LOT_IN_TRANSIT] lot L1 is in transit");
        problem(server.get("/probe/lots/L1", token), 409, "LOT_IN_TRANSIT");
    }

    @Test
    void a_refusal_without_a_code_is_502_ledger_refused() {
        refuseReads("failed evaluating policy on signed data during check policy [/Channel/Application/Readers]");
        problem(server.get("/probe/lots/L1", token), 502, "LEDGER_REFUSED");
    }

    @Test
    void a_peer_that_has_not_joined_the_channel_is_403_not_a_channel_member() {
        server.gateway.respond("GetLot", call -> {
            throw FakeGateway.error(Status.Code.UNAVAILABLE, "failed to get config for channel [foodtrace]: could not get last config for channel foodtrace");
        });
        problem(server.get("/probe/lots/L1", token), 403, "NOT_A_CHANNEL_MEMBER");
    }

    @Test
    void an_outage_is_503_with_retry_after_and_a_deadline_504_timeout() {
        server.gateway.respond("GetLot", call -> {
            throw FakeGateway.error(Status.Code.UNAVAILABLE, "connection refused");
        });
        final HttpResponse<String> unavailable = server.get("/probe/lots/L1", token);
        problem(unavailable, 503, "LEDGER_UNAVAILABLE");
        assertThat(unavailable.headers().firstValue("Retry-After")).isPresent();
        server.gateway.respond("GetLot", call -> {
            throw FakeGateway.error(Status.Code.DEADLINE_EXCEEDED, "evaluate timeout expired");
        });
        problem(server.get("/probe/lots/L1", token), 504, "TIMEOUT");
    }

    @Test
    void a_committed_write_answers_transaction_block_and_validation_code() {
        final HttpResponse<String> response = server.post("/probe/lots", token, "application/json", LOT_REQUEST);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        final JsonNode body = LedgerJson.readTree(response.body());
        assertThat(body.path("transactionId").asText()).isEqualTo(server.gateway.lastCall().transactionId());
        assertThat(body.path("blockNumber").asLong()).isPositive();
        assertThat(body.path("validationCode").asText()).isEqualTo("VALID");
        assertThat(body.path("record").path("lotId").asText()).isEqualTo("L1");
        assertThat(response.headers().firstValue("Tracechain-Transaction-Id"))
                .hasValue(body.path("transactionId").asText());
    }

    @Test
    void an_mvcc_conflict_is_409_transaction_conflict_with_its_validation_code() {
        server.gateway.commitAllAs(TxValidationCode.MVCC_READ_CONFLICT);
        final JsonNode body = problem(server.post("/probe/lots", token, "application/json", LOT_REQUEST), 409,
                "TRANSACTION_CONFLICT");
        assertThat(body.path("validationCode").asText()).isEqualTo("MVCC_READ_CONFLICT");
        assertThat(body.path("transactionId").asText()).isNotBlank();
    }

    @Test
    void another_invalid_commit_is_502_commit_failed() {
        server.gateway.commitAllAs(TxValidationCode.BAD_PAYLOAD);
        final JsonNode body = problem(server.post("/probe/lots", token, "application/json", LOT_REQUEST), 502,
                "COMMIT_FAILED");
        assertThat(body.path("validationCode").asText()).isEqualTo("BAD_PAYLOAD");
    }

    @Test
    void an_unknown_outcome_is_504_with_where_to_ask_and_the_link_answers() {
        server.gateway.failCommitStatus(FakeGateway.error(Status.Code.UNAVAILABLE, "connection reset"));
        final HttpResponse<String> response = server.post("/probe/lots", token, "application/json", LOT_REQUEST);
        final JsonNode body = problem(response, 504, "OUTCOME_UNKNOWN");
        final String txId = body.path("transactionId").asText();
        assertThat(body.path("transactionStatus").asText()).isEqualTo("/transactions/" + txId + "?channel=foodtrace");
        assertThat(response.headers().firstValue("Link")).hasValue("</transactions/" + txId
                + "?channel=foodtrace>; rel=\"monitor\"");

        final HttpResponse<String> status = server.get(body.path("transactionStatus").asText(), token);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        final JsonNode view = LedgerJson.readTree(status.body());
        assertThat(view.path("transactionId").asText()).isEqualTo(txId);
        assertThat(view.path("channel").asText()).isEqualTo("foodtrace");
        assertThat(view.path("state").asText()).isIn("COMMITTED", "PENDING");
    }

    @Test
    void transaction_status_of_an_unknown_id_is_not_found_and_a_bad_id_is_400() {
        final HttpResponse<String> response = server.get("/transactions/" + "b".repeat(64), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(LedgerJson.readTree(response.body()).path("state").asText()).isEqualTo("NOT_FOUND");
        problem(server.get("/transactions/not-a-tx-id", token), 400, "INVALID_FIELD");
        problem(server.get("/transactions/" + "b".repeat(64) + "?channel=govdir", token), 400, "INVALID_FIELD");
    }

    @Test
    void an_accept_header_without_json_is_406() {
        final java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                server.uri("/transactions/" + "b".repeat(64))).header("Authorization", "Bearer " + token)
                .header("Accept", "text/html, application/json;q=0").build();
        problem(server.send(request), 406, "NOT_ACCEPTABLE");
        final java.net.http.HttpRequest wildcard = java.net.http.HttpRequest.newBuilder(
                server.uri("/transactions/" + "b".repeat(64))).header("Authorization", "Bearer " + token)
                .header("Accept", "text/html, application/*;q=0.5").build();
        assertThat(server.send(wildcard).statusCode()).isEqualTo(200);
    }

    @Test
    void malformed_and_badly_encoded_bodies_are_400_before_the_gateway() {
        final int calls = server.gateway.calls().size();
        problem(server.post("/probe/lots", token, "application/json",
                "{\"lotId\":\"L1\",\"lotId\":\"L2\"}".getBytes(StandardCharsets.UTF_8)), 400, "MALFORMED_JSON");
        problem(server.post("/probe/lots", token, "application/json",
                new byte[] {'{', '"', 'a', (byte) 0xC3, '"', ':', '1', '}'}), 400, "INVALID_ENCODING");
        assertThat(server.gateway.calls()).hasSize(calls);
    }

    @Test
    void the_unavailable_store_is_503_store_unavailable() {
        problem(server.get("/probe/store", token), 503, "STORE_UNAVAILABLE");
    }

    @Test
    void an_unexpected_fault_is_500_without_its_message() {
        final JsonNode body = problem(server.get("/probe/boom", token), 500, "INTERNAL_ERROR");
        assertThat(body.toString()).doesNotContain("internal detail");
    }

    @Test
    void unknown_paths_are_404_and_wrong_methods_405() {
        problem(server.get("/no/such/path", token), 404, "NOT_FOUND");
        problem(server.post("/health", token, "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 405,
                "METHOD_NOT_ALLOWED");
    }

    @Test
    void limits_refuse_large_and_non_json_bodies_with_413_and_415() {
        final int calls = server.gateway.calls().size();
        problem(server.post("/probe/lots", token, "application/json", new byte[65 * 1024]), 413,
                "PAYLOAD_TOO_LARGE");
        problem(server.post("/probe/lots", token, "text/plain", LOT_REQUEST), 415, "UNSUPPORTED_MEDIA_TYPE");
        problem(server.post("/probe/lots", token, null, LOT_REQUEST), 415, "UNSUPPORTED_MEDIA_TYPE");
        problem(server.post("/probe/lots", token, "application/json; charset=iso-8859-1", LOT_REQUEST), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertThat(server.post("/probe/lots", token, "application/ld+json; charset=UTF-8", LOT_REQUEST).statusCode())
                .isEqualTo(201);
        assertThat(server.gateway.calls()).hasSize(calls + 1);
    }
}
