// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.model.json.LedgerJson;

/** {@code /console} (public files, a strict content security policy) and {@code GET /me} (authenticated). */
class ConsoleRoutesTest {

    private static final Pattern PAGE_REFERENCE = Pattern.compile("(?:src|href)=\"(/console/[^\"]+)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("from '\\./([a-z0-9-]+\\.js)'");

    @TempDir
    Path home;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(home);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void me_answers_the_token_s_caller_and_the_organisation_s_channels() {
        final HttpResponse<String> answer = server.get("/me", server.token("farmer"));
        assertThat(answer.statusCode()).isEqualTo(200);
        final JsonNode me = LedgerJson.readTree(answer.body());
        assertThat(me.path("organization").asText()).isEqualTo("producer");
        assertThat(me.path("user").asText()).isEqualTo("farmer");
        assertThat(me.path("mspId").asText()).isEqualTo("ProducerMSP");
        // The role is the certificate's attribute, as the chaincode reads it; this fixture's certificates carry none
        // (the wallet's "roles" list is not what counts). ConsoleIT sees the live network's roles in the header.
        assertThat(me.has("role")).isTrue();
        assertThat(me.path("role").asText()).isEmpty();
        assertThat(me.path("channels").toString()).isEqualTo("[\"foodtrace\"]");
        assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(LedgerJson.readTree(server.get("/me", server.token("processor")).body()).path("user").asText())
                .isEqualTo("processor");
    }

    @Test
    void me_needs_a_token_and_takes_no_parameter() {
        assertThat(server.get("/me", null).statusCode()).isEqualTo(401);
        final HttpResponse<String> withParameter = server.get("/me?user=admin", server.token("farmer"));
        assertThat(withParameter.statusCode()).isEqualTo(400);
        assertThat(LedgerJson.readTree(withParameter.body()).path("code").asText()).isEqualTo("UNKNOWN_PARAMETER");
    }

    @Test
    void the_page_and_every_file_it_loads_are_served_without_a_token() {
        final HttpResponse<String> page = server.get("/console", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self';").contains("connect-src 'self'").contains("form-action 'none'")
                .doesNotContain("unsafe-eval"));
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");

        final Set<String> files = new LinkedHashSet<>();
        final Deque<String> pending = new ArrayDeque<>();
        final Matcher references = PAGE_REFERENCE.matcher(page.body());
        while (references.find()) {
            pending.add(references.group(1));
        }
        while (!pending.isEmpty()) {
            final String path = pending.poll();
            if (!files.add(path)) {
                continue;
            }
            final HttpResponse<String> file = server.get(path, null);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            final String type = file.headers().firstValue("Content-Type").orElse("");
            assertThat(type).as(path).startsWith(path.endsWith(".css") ? "text/css" : "text/javascript");
            if (path.endsWith(".js") && !path.startsWith("/console/lib/")) {
                final Matcher imports = MODULE_IMPORT.matcher(file.body());
                while (imports.find()) {
                    pending.add("/console/" + imports.group(1));
                }
            }
        }
        assertThat(files).contains("/console/console.css", "/console/app.js", "/console/lib/cytoscape.min.js",
                "/console/api.js", "/console/trace.js", "/console/recall.js", "/console/messages.js");
        assertThat(server.get("/console/lib/cytoscape.min.js", null).body()).contains("cytoscape");
        // The chart library is loaded by the lot page only when it has readings to draw (lot-chart.js).
        final HttpResponse<String> echarts = server.get("/console/lib/echarts.min.js", null);
        assertThat(echarts.statusCode()).isEqualTo(200);
        assertThat(echarts.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/javascript"));
        assertThat(echarts.body()).contains("echarts");
        assertThat(server.get("/console/lot-chart.js", null).body()).contains("/console/lib/echarts.min.js");
    }

    @Test
    void only_the_console_s_own_files_are_served() {
        for (final String path : new String[] {"/console/missing.js", "/console/console.html", "/console/App.js",
            "/console/x.json", "/console/lib/jquery.js", "/console/lib/dist", "/console/.js"}) {
            final HttpResponse<String> answer = server.get(path, null);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(LedgerJson.readTree(answer.body()).path("code").asText()).as(path).isEqualTo("NOT_FOUND");
        }
        // An encoded separator never reaches a file: Jetty refuses the path, or no route matches it.
        for (final String path : new String[] {"/console/..%2Fpom.xml", "/console/lib/..%2F..%2Fcytoscape.min.js"}) {
            assertThat(server.get(path, null).statusCode()).as(path).isIn(400, 404);
        }
    }

    @Test
    void the_console_s_scripts_never_put_the_token_anywhere_but_the_authorization_header() {
        final String api = server.get("/console/api.js", null).body();
        assertThat(api).contains("headers.Authorization = `Bearer ${token}`")
                .contains("credentials: token === null ? 'same-origin' : 'omit'")
                .contains("sessionStorage");
        // The token's only reader is api.js; no other script touches the storage key or builds a URL from it.
        for (final String module : new String[] {"app.js", "lots.js", "lot.js", "trace.js", "recall.js",
            "register.js", "custody.js", "sign-in.js", "directory.js", "department.js", "entry.js", "entry-diff.js",
            "request-form.js", "sharing.js", "sharing-tables.js", "decision.js", "chain.js", "recall-live.js"}) {
            final String source = server.get("/console/" + module, null).body();
            assertThat(source).as(module).doesNotContain("tracechain.token").doesNotContain("localStorage")
                    .doesNotContain("session.token()");
        }
    }
}
