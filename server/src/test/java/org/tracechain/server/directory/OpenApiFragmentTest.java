// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.directory.CatalogEntriesTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.javalin.router.Endpoint;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.WriteResult;

/**
 * The OpenAPI fragment describes exactly the registered endpoints, its schemas have exactly the model records'
 * fields (request schemas closed, as the strict codec is), every reference resolves, and real answers validate
 * against the response schemas (JSON Schema 2020-12, as OpenAPI 3.1 uses).
 */
class OpenApiFragmentTest {

    private static final String MODEL = "org.tracechain.model.directory.";

    @TempDir
    Path home;

    @Test
    void the_fragment_lists_exactly_the_registered_endpoints() throws IOException {
        final Set<String> registered = new TreeSet<>();
        final InvocationHandler recorder = (proxy, method, args) -> {
            if (method.getName().equals("addEndpoint")) {
                final Endpoint endpoint = (Endpoint) args[0];
                registered.add(endpoint.method.name().toLowerCase(Locale.ROOT) + " " + endpoint.path);
                return proxy;
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new UnsupportedOperationException(method.getName());
        };
        final JavalinDefaultRoutingApi routes = (JavalinDefaultRoutingApi) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {JavalinDefaultRoutingApi.class}, recorder);
        final DirectoryRoutes directory = new DirectoryRoutes((LedgerAccess) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {LedgerAccess.class}, (p, m, a) -> {
                    throw new UnsupportedOperationException();
                }));
        directory.register(routes);

        final Set<String> described = new TreeSet<>();
        fragment().get("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method + " " + path.getKey())));
        assertThat(registered).hasSize(28);
        assertThat(described).isEqualTo(registered);
        assertThat(directory.openApiResource()).isEqualTo(DirectoryRoutes.OPENAPI_RESOURCE);
    }

    @Test
    void each_schema_has_exactly_its_records_fields_and_request_schemas_are_closed() throws Exception {
        final JsonNode schemas = fragment().at("/components/schemas");
        final List<String> checked = new ArrayList<>();
        for (final Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
            final String name = names.next();
            final Class<?> type = name.equals("DirectoryWriteResult") ? WriteResult.class : modelClass(name);
            if (name.equals("DirectoryProblem")) {
                // The problem body is the server's (core); its fields are checked there.
                continue;
            }
            if (type == null) {
                assertThat(name).endsWith("Page");
                assertThat(names(schemas.get(name).get("properties"))).containsExactly("items", "bookmark");
                continue;
            }
            final List<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
            assertThat(names(schemas.get(name).get("properties"))).as(name).containsExactlyElementsOf(fields);
            if (name.equals("EntryMetadata") || name.equals("DataItem")) {
                assertThat(schemas.get(name).get("additionalProperties").asBoolean(true)).as(name).isFalse();
            }
            checked.add(name);
        }
        assertThat(checked).contains("RegisterDepartmentRequest", "SubmitSharingRequest", "EntryVersion", "Grant",
                "AccessLog", "DirectoryWriteResult");
        for (final JsonNode body : fragment().findValues("requestBody")) {
            final String ref = body.at("/content/application~1json/schema/$ref").asText();
            assertThat(schemas.at("/" + ref.substring(ref.lastIndexOf('/') + 1) + "/additionalProperties").asBoolean(true))
                    .as(ref).isFalse();
        }
    }

    @Test
    void every_reference_resolves() throws IOException {
        final JsonNode fragment = fragment();
        for (final JsonNode ref : fragment.findValues("$ref")) {
            assertThat(ref.asText()).startsWith("#/components/schemas/");
            assertThat(fragment.at(ref.asText().substring(1)).isMissingNode()).as(ref.asText()).isFalse();
        }
    }

    @Test
    void real_answers_validate_against_the_response_schemas() throws Exception {
        try (DirectoryServer server = new DirectoryServer(home)) {
            DirectorySetUp.catalog(server);
            final HttpResponse<String> submitted = server.post("civil-clerk", "/sharing-requests",
                    Beijing.request("REQ-1", "SAMR-002"));
            final HttpResponse<String> approved = server.post("market-admin", "/sharing-requests/REQ-1/approval",
                    new ApproveSharingRequest("REQ-1", null, null, 30, "同意"));
            final HttpResponse<String> logged = server.post("civil-clerk", "/access-logs",
                    new LogAccessRequest("REQ-1", List.of(Beijing.USCC), "年检核验"));
            final Map<String, HttpResponse<String>> answers = Map.ofEntries(
                    Map.entry("Department", server.get("auditor", "/departments/BJ-SAMR")),
                    Map.entry("Duty", server.get("auditor", "/duties/SAMR-D01")),
                    Map.entry("DutyPage", server.get("auditor", "/departments/BJ-SAMR/duties")),
                    Map.entry("EntryVersion", server.get("auditor", "/entries/SAMR-002")),
                    Map.entry("EntryVersionPage", server.get("auditor", "/entries?department=BJ-SAMR&pageSize=1")),
                    Map.entry("SharingRequest", server.get("auditor", "/sharing-requests/REQ-1")),
                    Map.entry("SharingRequestPage", server.get("auditor", "/sharing-requests?department=BJ-MCA&side=requester")),
                    Map.entry("Grant", server.get("auditor", "/grants/REQ-1")),
                    Map.entry("GrantPage", server.get("auditor", "/grants?department=BJ-SAMR&side=owner")),
                    Map.entry("AccessLogPage", server.get("auditor", "/access-logs?grant=REQ-1")),
                    Map.entry("DirectoryWriteResult", submitted));
            for (final Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
                assertThat(answer.getValue().statusCode()).as(answer.getKey()).isIn(200, 201);
                assertThat(validate(answer.getKey(), json(answer.getValue()))).as(answer.getKey()).isEmpty();
            }
            assertThat(validate("SharingRequest", json(approved).get("record"))).isEmpty();
            assertThat(validate("AccessLog", json(logged).get("record"))).isEmpty();
            // The schemas can fail: an unknown field in a request, a missing required field in a record.
            assertThat(validate("RegisterDepartmentRequest",
                    LedgerJson.readTree("{\"code\":\"BJ-X\",\"name\":\"x\",\"admin\":true}"))).isNotEmpty();
            assertThat(validate("Department", LedgerJson.readTree("{\"code\":\"BJ-X\"}"))).isNotEmpty();
        }
    }

    private static Set<ValidationMessage> validate(final String schema, final JsonNode value) throws IOException {
        final ObjectNode root = (ObjectNode) fragment();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + schema);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root.toString()).validate(value);
    }

    private static Class<?> modelClass(final String name) {
        try {
            return Class.forName(MODEL + name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static List<String> names(final JsonNode node) {
        final List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode fragment() throws IOException {
        try (InputStream in = OpenApiFragmentTest.class.getClassLoader().getResourceAsStream(DirectoryRoutes.OPENAPI_RESOURCE)) {
            assertThat(in).as(DirectoryRoutes.OPENAPI_RESOURCE).isNotNull();
            return LedgerJson.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
