// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.Endpoint;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.InputStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.http.ApiRoutes;

/**
 * Each food area's OpenAPI 3.1 fragment describes exactly the endpoints the area registers (method and path), and
 * every {@code $ref} in it resolves inside the fragment.
 */
class OpenApiFragmentTest {

    @TempDir
    Path home;

    private FoodApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = new FoodApiServer(GuangdongScenario.masterDataOnly(), GuangdongScenario.REGULATOR, home);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** The endpoints an area registers, as {@code "get /lots/{lotId}"}. */
    private static TreeSet<String> registered(final ApiRoutes area) {
        final List<String> endpoints = new ArrayList<>();
        final InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("addEndpoint")) {
                final Endpoint endpoint = (Endpoint) args[0];
                endpoints.add(endpoint.method.name().toLowerCase(Locale.ROOT) + " " + endpoint.path);
                return proxy;
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            throw new AssertionError("an area registers endpoints only, not " + method.getName());
        };
        area.register((JavalinDefaultRoutingApi) Proxy.newProxyInstance(OpenApiFragmentTest.class.getClassLoader(),
                new Class<?>[] {JavalinDefaultRoutingApi.class}, handler));
        return new TreeSet<>(endpoints);
    }

    private static JsonNode fragment(final ApiRoutes area) throws Exception {
        try (InputStream in = OpenApiFragmentTest.class.getClassLoader().getResourceAsStream(area.openApiResource())) {
            assertThat(in).as(area.openApiResource()).isNotNull();
            return LedgerJson.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void every_registered_endpoint_is_described_and_every_described_one_registered() throws Exception {
        final TreeSet<String> all = new TreeSet<>();
        for (final ApiRoutes area : api.areas) {
            final JsonNode fragment = fragment(area);
            assertThat(fragment.path("openapi").asText()).isEqualTo("3.1.0");
            final TreeSet<String> described = new TreeSet<>();
            fragment.path("paths").properties().forEach(path -> path.getValue().properties()
                    .forEach(method -> described.add(method.getKey() + " " + path.getKey())));
            assertThat(described).as(area.openApiResource()).isEqualTo(registered(area));
            described.forEach(endpoint -> assertThat(all.add(endpoint)).as("described once: " + endpoint).isTrue());
        }
        assertThat(all).hasSize(24);
    }

    @Test
    void every_reference_resolves_and_every_operation_has_an_id_and_answers() throws Exception {
        final Pattern ref = Pattern.compile("\"\\$ref\":\"#/components/schemas/([A-Za-z0-9]+)\"");
        // The food areas are served together (ApiAreas.all()) in one document, where a schema may be defined
        // once only: the shared ones (FoodProblem, FoodWriteResult, EpcisCaptureError) live in epcis.json.
        final Set<String> schemas = new HashSet<>();
        for (final ApiRoutes area : api.areas) {
            fragment(area).path("components").path("schemas").fieldNames().forEachRemaining(name -> assertThat(
                    schemas.add(name)).as("schema " + name + " is defined by one food fragment only").isTrue());
        }
        for (final ApiRoutes area : api.areas) {
            final JsonNode fragment = fragment(area);
            final Matcher refs = ref.matcher(LedgerJson.toJson(fragment));
            while (refs.find()) {
                assertThat(schemas).as(area.openApiResource() + " refers to " + refs.group(1))
                        .contains(refs.group(1));
            }
            fragment.path("paths").forEach(path -> path.forEach(operation -> {
                assertThat(operation.path("operationId").asText()).isNotBlank();
                assertThat(operation.path("responses").size()).isPositive();
            }));
        }
    }
}
