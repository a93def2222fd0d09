// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.client.testing.InMemoryFoodChaincode;
import org.tracechain.model.identity.Role;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.http.LedgerAccess;

/**
 * The server as {@code tracechain serve} runs it, with every API area ({@link ApiAreas#all()}): its one OpenAPI
 * document is valid and describes exactly the routes served, and refusals with extension members reach the client
 * through the real problem mapping.
 */
class AllAreasApiTest {

    @TempDir
    Path home;
    TestServer server;
    String token;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(home, ApiAreas.all().toArray());
        token = server.token("farmer");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_document_is_valid_openapi_3_1_and_describes_exactly_the_routes_of_every_area() {
        final HttpResponse<String> response = server.get("/openapi.json", null);
        assertThat(response.statusCode()).isEqualTo(200);
        final SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body());
        assertThat(parsed.getMessages()).as("swagger-parser's complaints").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");

        final JsonNode document = LedgerJson.readTree(response.body());
        assertThat(OpenApiDocument.operations(document)).as("documented operations = served routes")
                .isEqualTo(server.server.routes());
        assertThat(server.server.routes()).as("one route of each area at least").contains("POST /capture",
                "GET /events", "GET /lots", "POST /lots", "GET /recalls/{recallId}", "GET /entries",
                "GET /departments/{code}", "GET /health", "GET /openapi.json");
        // Every $ref points at a component the document defines.
        final List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        for (final String ref : refs) {
            assertThat(document.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void no_path_or_component_is_defined_by_two_fragments() throws IOException {
        final Map<String, String> definedBy = new HashMap<>();
        final List<String> twice = new ArrayList<>();
        final List<String> fragments = new ArrayList<>(List.of(OpenApiDocument.CORE));
        for (final TraceChainServer.RoutesFactory area : ApiAreas.all()) {
            fragments.add(area.create(NO_ACCESS).openApiResource());
        }
        for (final String fragment : fragments) {
            // LedgerJson refuses duplicate keys, so a name written twice within one fragment fails here.
            final JsonNode json = LedgerJson.readTree(resource(fragment));
            final List<String> names = new ArrayList<>();
            json.path("paths").fieldNames().forEachRemaining(path -> names.add("path " + path));
            json.path("components").properties().forEach(section -> section.getValue().fieldNames()
                    .forEachRemaining(name -> names.add(section.getKey() + " " + name)));
            for (final String name : names) {
                final String earlier = definedBy.putIfAbsent(name, fragment);
                if (earlier != null) {
                    twice.add(name + " in " + earlier + " and " + fragment);
                }
            }
        }
        assertThat(twice).isEmpty();
        assertThat(definedBy).containsKeys("path /capture", "path /entries", "schemas Problem");
    }

    @Test
    void a_refused_capture_carries_its_per_event_errors_as_top_level_members() throws IOException {
        // The SDK reads the capturing sites from the ledger before it maps events: the real chaincode with the
        // scenario's master data answers.
        final InMemoryLedger ledger = GuangdongScenario.masterDataOnly();
        new InMemoryFoodChaincode(ledger, TestIdentities.client("ProcMSP", "packer", Role.PRODUCER, Role.PROCESSOR))
                .attach(server.gateway);
        final var before = ledger.snapshot();
        final String document = partnerCapture().replace("\"bizStep\": \"packing\"", "\"bizStep\": \"loading\"")
                .replace("\"tracechain:note\": \"forced-air cooling\"", "\"example:colour\": \"green\"");
        final HttpResponse<String> refused = server.post("/capture", token, "application/json",
                document.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        final JsonNode problem = LedgerJson.readTree(refused.body());
        assertThat(problem.path("code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(problem.path("type").asText()).isEqualTo("urn:tracechain:error:INVALID_FIELD");
        assertThat(problem.path("epcisException").asText()).isEqualTo("ValidationException");
        assertThat(problem.path("errors")).hasSize(2);
        assertThat(problem.path("errors").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(problem.has("extensions")).as("members are written beside the others, not nested").isFalse();
        assertThat(server.gateway.calls()).as("nothing was submitted").noneMatch(call -> call.transactionName()
                .endsWith("ImportEvents"));
        assertThat(ledger.snapshot()).isEqualTo(before);
    }

    @Test
    void a_refused_query_parameter_reads_the_same_in_every_area() {
        for (final String path : List.of("/events?colour=green", "/lots?holder=A&holder=B", "/entries?colour=red",
                "/entries?department=BJ-SAMR&department=BJ-MCA")) {
            final HttpResponse<String> refused = server.get(path, token);
            assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(400);
            final JsonNode problem = LedgerJson.readTree(refused.body());
            assertThat(problem.path("code").asText()).as(path).isEqualTo("UNKNOWN_PARAMETER");
            assertThat(problem.has("extensions")).as(path).isFalse();
        }
        final JsonNode epcis = LedgerJson.readTree(server.get("/events?colour=green", token).body());
        assertThat(epcis.path("epcisException").asText()).isEqualTo("QueryParameterException");
        final JsonNode directory = LedgerJson.readTree(server.get("/entries?colour=red", token).body());
        assertThat(directory.has("epcisException")).as("the directory is no EPCIS interface").isFalse();
    }

    private static final LedgerAccess NO_ACCESS = (LedgerAccess) java.lang.reflect.Proxy.newProxyInstance(
            AllAreasApiTest.class.getClassLoader(), new Class<?>[] {LedgerAccess.class}, (proxy, method, args) -> {
                throw new UnsupportedOperationException("the fragment list needs no ledger");
            });

    private static void collectRefs(final JsonNode node, final List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(member -> {
                if (member.getKey().equals("$ref") && member.getValue().isTextual()) {
                    refs.add(member.getValue().asText());
                } else {
                    collectRefs(member.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectRefs(element, refs));
        }
    }

    private static String resource(final String name) throws IOException {
        try (InputStream in = AllAreasApiTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String partnerCapture() throws IOException {
        return resource("org/tracechain/client/food/epcis/partner-capture.jsonld");
    }
}
