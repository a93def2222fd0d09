// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.directory.CatalogEntriesTest.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracechain.client.directory.dcat.CatalogReader;
import org.tracechain.client.directory.dcat.DcatApShapes;
import org.tracechain.client.directory.dcat.DcatFormat;
import org.tracechain.model.directory.ReviseEntryRequest;

/**
 * {@code GET /catalog}: DCAT-AP 3.0.1 in Turtle or JSON-LD by content negotiation, validated against the official
 * SHACL shapes ({@code ../shared/standards/dcat-ap-3.0.1}, checksummed), and the same bytes the SDK's exporter
 * writes for the same ledger state.
 */
class CatalogDcatTest {

    @TempDir
    static Path home;

    private static DirectoryServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new DirectoryServer(home);
        DirectorySetUp.catalog(server);
        // A second version, so the export carries dcat:previousVersion and version notes.
        server.directory().user("market-admin").directory().reviseEntry(new ReviseEntryRequest("SAMR-002",
                Beijing.metadata("企业行政处罚信息", org.tracechain.model.directory.SharingType.CONDITIONAL,
                        "仅用于监管执法、信用评价与联合惩戒", null, Beijing.MARKET_DUTY, List.of("T-ENT", "T-CREDIT"),
                        Beijing.item(Beijing.USCC, "string"), Beijing.item("处罚内容", "string")),
                "修订共享条件说明", null));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD"})
    void the_published_catalog_conforms_to_dcat_ap_3_in_either_format(final String accept, final DcatFormat format)
            throws Exception {
        final HttpResponse<String> response = server.get("civil-clerk", "/catalog", accept);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(format.mediaType()));
        assertThat(response.headers().allValues("Vary")).contains("Accept");
        final ValidationReport report = DcatApShapes.validate(parse(response.body(), format));
        assertThat(report.conforms()).as("DCAT-AP 3.0.1 violations:%n%s", DcatApShapes.text(report)).isTrue();
        assertThat(response.body()).contains("SAMR-001", "SAMR-002").doesNotContain("PSB-001/distributions");
        // Exactly what the SDK's exporter writes for the same ledger state (canonical bytes).
        assertThat(response.body()).isEqualTo(CatalogSettings.DEFAULTS.exporter().export(CatalogReader.read(
                server.directory().user("civil-clerk").directory(), CatalogSettings.DEFAULTS.title(),
                CatalogSettings.DEFAULTS.publisherName(), null), format));
    }

    @Test
    void both_formats_carry_the_same_graph_and_a_department_part_conforms_too() throws Exception {
        final Graph turtle = parse(server.get("auditor", "/catalog", "text/turtle").body(), DcatFormat.TURTLE);
        final Graph jsonLd = parse(server.get("auditor", "/catalog", "application/ld+json").body(), DcatFormat.JSONLD);
        assertThat(turtle.isIsomorphicWith(jsonLd)).isTrue();

        final HttpResponse<String> market = server.get("auditor", "/catalog?department=BJ-SAMR", "text/turtle");
        assertThat(market.statusCode()).as(market.body()).isEqualTo(200);
        final ValidationReport report = DcatApShapes.validate(parse(market.body(), DcatFormat.TURTLE));
        assertThat(report.conforms()).as(DcatApShapes.text(report)).isTrue();
        assertThat(market.body()).contains("departments/BJ-SAMR/catalog").doesNotContain("PSB-001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/turtle;q=0.5, application/ld+json;q=0.9 | JSONLD",
        "application/ld+json;q=0.1, text/turtle | TURTLE",
        "text/html, text/* | TURTLE",
        "*/* | JSONLD",
        "application/json;q=1, application/* ;q=0.2 | JSONLD",
        "TEXT/TURTLE | TURTLE"})
    void the_format_follows_the_accept_header_qualities(final String accept, final DcatFormat format)
            throws Exception {
        final HttpResponse<String> response = server.get("civil-clerk", "/catalog", accept);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.mediaType());
    }

    @Test
    void no_accept_header_gets_json_ld() {
        assertThat(CatalogEndpoint.negotiate(Collections.emptyEnumeration())).isEqualTo(DcatFormat.JSONLD);
        assertThat(CatalogEndpoint.negotiate(null)).isEqualTo(DcatFormat.JSONLD);
        assertThat(CatalogEndpoint.negotiate(Collections.enumeration(List.of("text/csv", "text/turtle;q=0.3"))))
                .isEqualTo(DcatFormat.TURTLE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"application/json", "text/html, application/xml", "text/turtle;q=0",
        "application/rdf+xml"})
    void a_request_accepting_neither_format_is_refused_with_406_before_the_ledger_is_read(final String accept)
            throws Exception {
        final int calls = server.directory().gatewayCalls();
        final HttpResponse<String> response = server.get("civil-clerk", "/catalog", accept);
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(json(response).get("code").asText()).isEqualTo("NOT_ACCEPTABLE");
        assertThat(server.directory().gatewayCalls()).isEqualTo(calls);
    }

    @Test
    void an_unknown_department_or_parameter_is_refused() throws Exception {
        final HttpResponse<String> unknown = server.get("civil-clerk", "/catalog?department=BJ-NONE", "text/turtle");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("code").asText()).isEqualTo("DEPARTMENT_NOT_FOUND");
        final HttpResponse<String> format = server.get("civil-clerk", "/catalog?format=turtle", "text/turtle");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(json(format).get("code").asText()).isEqualTo("UNKNOWN_PARAMETER");
    }

    private static Graph parse(final String text, final DcatFormat format) {
        final Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, format == DcatFormat.TURTLE ? Lang.TURTLE : Lang.JSONLD11).parse(graph);
        return graph;
    }
}
