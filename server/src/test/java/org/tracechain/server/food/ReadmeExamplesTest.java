// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.model.json.LedgerJson;

/**
 * The README's HTTP examples, as written there, against the API on the real chaincode: the lot registration body
 * and the capture document (read from the README itself; its demo site replaced by a site of the scenario's farm).
 */
class ReadmeExamplesTest {

    @TempDir
    Path home;

    private FoodApiServer api;

    @BeforeEach
    void start() throws Exception {
        final var ledger = GuangdongScenario.masterDataOnly();
        ledger.setClock(Instant.parse("2026-01-07T02:00:00Z"));
        api = new FoodApiServer(ledger, GuangdongScenario.FARM1, home);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static String readme() throws Exception {
        return Files.readString(Path.of(System.getProperty("tracechain.project.root", ".."), "README.md"),
                StandardCharsets.UTF_8);
    }

    @Test
    void the_readme_lot_registration_and_capture_document_are_accepted() throws Exception {
        final String readme = readme();
        final Matcher register = Pattern.compile("-X POST \"\\$TRACECHAIN_URL/lots\" \\\\\\n  -d '([^']+)'")
                .matcher(readme);
        assertThat(register.find()).as("the README's POST /lots example").isTrue();
        final HttpResponse<String> registered = api.postJson("/lots", register.group(1));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(registered.headers().firstValue("Location")).contains("/lots/HTTP-1");

        final Matcher capture = Pattern.compile("cat > capture.jsonld <<'JSON'\\n(.+?)\\nJSON", Pattern.DOTALL)
                .matcher(readme);
        assertThat(capture.find()).as("the README's capture document").isTrue();
        final String document = capture.group(1).replace("DEMO-FARM", "FARM1-PLOT7");
        final HttpResponse<String> captured = api.post("/capture", "application/ld+json",
                document.getBytes(StandardCharsets.UTF_8));
        assertThat(captured.statusCode()).as(captured.body()).isEqualTo(202);
        final JsonNode body = LedgerJson.readTree(captured.body());
        assertThat(api.get("/capture/" + body.path("transactionId").asText(), null).statusCode()).isEqualTo(200);
        assertThat(api.food.lot("CAP-1").quantity()).isEqualByComparingTo("50");
        assertThat(api.get("/lots/HTTP-1/trace?direction=back", "image/svg+xml").statusCode()).isEqualTo(200);
        assertThat(api.get("/lots/HTTP-1/fsma?direction=back", null).statusCode()).isEqualTo(200);
    }
}
