// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.model.json.LedgerJson;

/** /openapi.json describes exactly the routes served, and is a valid OpenAPI 3.1 document. */
class OpenApiDocumentTest {

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
    void every_route_is_documented_and_every_documented_operation_is_served() {
        final HttpResponse<String> response = server.get("/openapi.json", null);
        assertThat(response.statusCode()).isEqualTo(200);
        final JsonNode document = LedgerJson.readTree(response.body());
        assertThat(OpenApiDocument.operations(document)).isEqualTo(server.server.routes());
        assertThat(server.server.routes()).contains("GET /health", "GET /metrics", "GET /openapi.json",
                "GET /docs", "GET /transactions/{txId}", "GET /probe/lots/{lotId}", "POST /probe/lots");
    }

    @Test
    void the_document_is_valid_openapi_3_1_with_a_bearer_scheme_and_the_problem_schema() {
        final String json = server.get("/openapi.json", null).body();
        final SwaggerParseResult result = new OpenAPIV3Parser().readContents(json);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getComponents().getSecuritySchemes().get("bearerAuth").getScheme())
                .isEqualTo("bearer");
        assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKeys("Problem", "WriteResult");
        // Public routes say so; everything else inherits the global bearer requirement.
        assertThat(result.getOpenAPI().getPaths().get("/health").getGet().getSecurity()).isEmpty();
        assertThat(result.getOpenAPI().getPaths().get("/metrics").getGet().getSecurity()).isNull();
        // Either a bearer token or (served with --client-ca) a wallet identity's client certificate.
        assertThat(result.getOpenAPI().getSecurity()).hasSize(2);
        assertThat(result.getOpenAPI().getComponents().getSecuritySchemes().get("mutualTLS").getType())
                .hasToString("mutualTLS");
    }

    @Test
    void public_routes_in_the_document_are_those_the_server_leaves_open() {
        final JsonNode document = LedgerJson.readTree(server.get("/openapi.json", null).body());
        for (final String operation : OpenApiDocument.operations(document)) {
            final String[] parts = operation.split(" ", 2);
            final JsonNode security = document.path("paths").path(parts[1]).path(parts[0].toLowerCase(
                    java.util.Locale.ROOT)).path("security");
            final boolean open = security.isArray() && security.isEmpty();
            assertThat(open).as(operation).isEqualTo(TraceChainServerImpl.PUBLIC.contains(operation));
        }
    }

    @Test
    void a_fragment_defining_a_path_twice_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpenApiDocument.merge(java.util.List.of(
                "org/tracechain/server/openapi/probe.json", "org/tracechain/server/openapi/probe.json")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("defined twice");
    }

    @Test
    void every_area_merges_into_one_document_and_shared_components_appear_once() {
        // The food fragments each define FoodProblem, FoodWriteResult and EpcisCaptureError, identically.
        final List<String> fragments = List.of("org/tracechain/server/openapi/epcis.json",
                "org/tracechain/server/openapi/lots.json", "org/tracechain/server/openapi/lot-events.json",
                "org/tracechain/server/openapi/recalls.json", "org/tracechain/server/openapi/directory.json");
        final JsonNode merged = OpenApiDocument.merge(fragments);
        assertThat(merged.path("components").path("schemas").has("FoodProblem")).isTrue();
        assertThat(OpenApiDocument.operations(merged)).contains("POST /capture", "GET /lots/{lotId}/trace",
                "POST /lots/{lotId}/inspect", "GET /recalls/{recallId}", "GET /catalog");
    }

    @Test
    void a_component_defined_twice_differently_is_refused() {
        // probe-conflict.json defines Problem, which core.json defines otherwise.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OpenApiDocument.merge(List.of(
                "org/tracechain/server/openapi/probe-conflict.json"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Problem is defined twice");
    }
}
