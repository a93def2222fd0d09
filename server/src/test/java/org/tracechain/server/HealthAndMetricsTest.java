// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.model.json.LedgerJson;

class HealthAndMetricsTest {

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

    @Test
    void health_is_degraded_without_a_store_and_down_without_the_gateway() {
        final HttpResponse<String> degraded = server.get("/health", null);
        assertThat(degraded.statusCode()).isEqualTo(200);
        final JsonNode body = LedgerJson.readTree(degraded.body());
        assertThat(body.path("status").asText()).isEqualTo("DEGRADED");
        assertThat(body.path("organization").asText()).isEqualTo("producer");
        assertThat(body.path("gateway").path("reachable").asBoolean()).isTrue();
        assertThat(body.path("store").path("foodtrace").asText()).isEqualTo("unavailable");

        server.gatewayReachable.set(false);
        final HttpResponse<String> down = server.get("/health", null);
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(LedgerJson.readTree(down.body()).path("status").asText()).isEqualTo("DOWN");
    }

    @Test
    void metrics_count_requests_by_route_template_and_status_and_gateway_errors_by_code() {
        final String token = server.token("farmer");
        server.gateway.respond("GetLot", call -> {
            throw FakeGateway.evaluateRefusal("[LOT_NOT_FOUND] lot does not exist");
        });
        server.get("/probe/lots/L1", token);
        server.get("/probe/lots/L2", token);
        server.gateway.respond("GetLot", call -> {
            throw FakeGateway.error(Status.Code.UNAVAILABLE, "connection refused");
        });
        server.get("/probe/lots/L3", token);

        final HttpResponse<String> metrics = server.get("/metrics", token);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
        final String text = metrics.body();
        assertThat(text).contains("http_server_requests_seconds_count{method=\"GET\",route=\"/probe/lots/{lotId}\","
                + "status=\"404\"} 2");
        assertThat(text).contains("route=\"/probe/lots/{lotId}\",status=\"503\"} 1");
        assertThat(text).contains("tracechain_gateway_errors_total{code=\"LOT_NOT_FOUND\"} 2");
        assertThat(text).contains("tracechain_gateway_errors_total{code=\"LEDGER_UNAVAILABLE\"} 1");
        assertThat(text).doesNotContain("/probe/lots/L1").doesNotContain(token);
    }
}
