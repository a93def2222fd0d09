// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.auth.IssuedToken;
import org.tracechain.server.auth.TokenStore;

/** No anonymous access: every route but the public ones needs a valid bearer token of the server's store. */
class AuthenticationTest {

    @TempDir
    Path home;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(home, (TraceChainServer.RoutesFactory) ProbeRoutes::new);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static JsonNode problem(final HttpResponse<String> response, final int status, final String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        final JsonNode body = LedgerJson.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("type").asText()).isEqualTo("urn:tracechain:error:" + code);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
        return body;
    }

    @Test
    void a_request_without_a_token_is_401_with_a_bearer_challenge() {
        final HttpResponse<String> response = server.get("/probe/whoami", null);
        problem(response, 401, "UNAUTHENTICATED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
    }

    @Test
    void an_unknown_or_malformed_token_is_401() {
        final String valid = server.token("farmer");
        final String forged = valid.substring(0, valid.length() - 2) + (valid.endsWith("AA") ? "BB" : "AA");
        problem(server.get("/probe/whoami", forged), 401, "UNAUTHENTICATED");
        problem(server.get("/probe/whoami", "tct_nonsense"), 401, "UNAUTHENTICATED");
        problem(server.get("/metrics", "tct_0000000000000000_" + "A".repeat(43)), 401, "UNAUTHENTICATED");
        final HttpResponse<String> basic = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/probe/whoami"))
                .header("Authorization", "Basic dXNlcjpwYXNz").build());
        problem(basic, 401, "UNAUTHENTICATED");
    }

    @Test
    void a_revoked_token_is_401() throws Exception {
        final TokenStore tokens = TokenStore.open(home, TestServer.ORG);
        final IssuedToken issued = tokens.create("farmer", Optional.empty());
        assertThat(server.get("/probe/whoami", issued.token()).statusCode()).isEqualTo(200);
        // Revoked by another process (the CLI) while the server runs: seen on the next request.
        TokenStore.open(home, TestServer.ORG).revoke(issued.record().id());
        final JsonNode body = problem(server.get("/probe/whoami", issued.token()), 401, "UNAUTHENTICATED");
        assertThat(body.path("detail").asText()).contains("revoked");
    }

    @Test
    void an_expired_token_is_401() throws Exception {
        final IssuedToken issued = TokenStore.open(home, TestServer.ORG).create("farmer",
                Optional.of(Duration.ofMillis(1)));
        Thread.sleep(5); // the token's whole life; nothing to wait for but the clock
        final JsonNode body = problem(server.get("/probe/whoami", issued.token()), 401, "UNAUTHENTICATED");
        assertThat(body.path("detail").asText()).contains("expired");
    }

    @Test
    void a_valid_token_acts_as_its_wallet_identity() {
        final HttpResponse<String> response = server.get("/probe/whoami", server.token("processor"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        final JsonNode caller = LedgerJson.readTree(response.body());
        assertThat(caller.path("organization").asText()).isEqualTo("producer");
        assertThat(caller.path("user").asText()).isEqualTo("processor");
        assertThat(caller.path("mspId").asText()).isEqualTo("ProducerMSP");
        assertThat(server.server.openClientsForTest()).isEqualTo(1);
    }

    @Test
    void the_scheme_is_case_insensitive() {
        final HttpResponse<String> response = server.send(java.net.http.HttpRequest.newBuilder(
                server.uri("/probe/whoami")).header("Authorization", "bearer " + server.token("farmer")).build());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void an_identity_removed_from_the_wallet_is_403_unknown_identity() throws Exception {
        final String token = server.token("processor");
        assertThat(server.get("/probe/whoami", token).statusCode()).isEqualTo(200);
        try (var files = Files.walk(home.resolve("wallet/producer/processor"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        problem(server.get("/probe/whoami", token), 403, "UNKNOWN_IDENTITY");
        assertThat(server.server.openClientsForTest()).isZero();
    }

    @Test
    void a_user_revoked_on_the_network_is_403_unknown_identity_and_its_client_closed() {
        final String token = server.token("processor");
        assertThat(server.get("/probe/whoami", token).statusCode()).isEqualTo(200);
        new org.tracechain.network.users.UserRegistry(java.util.List.of(), java.util.List.of(
                new org.tracechain.network.users.UserRegistry.Revocation("producer", "processor", "1f", 1,
                        "2026-12-03T15:00:00Z"))).write(home);
        final JsonNode body = problem(server.get("/probe/whoami", token), 403, "UNKNOWN_IDENTITY");
        assertThat(body.path("detail").asText()).contains("revoked");
        assertThat(server.server.openClientsForTest()).isZero();
        assertThat(server.get("/probe/whoami", server.token("farmer")).statusCode()).isEqualTo(200);
    }

    @Test
    void public_routes_need_no_token() {
        assertThat(server.get("/health", null).statusCode()).isEqualTo(200);
        assertThat(server.get("/openapi.json", null).statusCode()).isEqualTo(200);
        assertThat(server.get("/docs", null).statusCode()).isEqualTo(200);
        assertThat(server.get("/docs/swagger-ui-bundle.js", null).statusCode()).isEqualTo(200);
        problem(server.get("/metrics", null), 401, "UNAUTHENTICATED");
        problem(server.get("/transactions/" + "a".repeat(64), null), 401, "UNAUTHENTICATED");
    }
}
