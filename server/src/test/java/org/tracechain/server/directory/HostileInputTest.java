// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.directory.CatalogEntriesTest.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile and ill-formed input is refused with a specific code before anything reaches the Gateway, and the ledger
 * stays as it was: unknown, repeated, empty or ill-formed query parameters, ids outside the identifier alphabet,
 * invalid percent escapes and UTF-8, bodies with duplicate keys, unknown fields, wrong types or invalid UTF-8.
 */
class HostileInputTest {

    private static final String LONG_ID = "A".repeat(129);

    @TempDir
    static Path home;

    private static DirectoryServer server;
    private int callsBefore;
    private Object ledgerBefore;

    @BeforeAll
    static void start() throws Exception {
        server = new DirectoryServer(home);
        DirectorySetUp.catalog(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void remember() {
        callsBefore = server.directory().gatewayCalls();
        ledgerBefore = server.directory().ledger().snapshot();
    }

    @ParameterizedTest(name = "GET {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "/entries?department=BJ-SAMR&colour=red | UNKNOWN_PARAMETER",
        "/entries?department=BJ-SAMR&department=BJ-MCA | UNKNOWN_PARAMETER",
        "/entries?Department=BJ-SAMR | UNKNOWN_PARAMETER",
        "/entries | INVALID_FIELD",
        "/entries?department=BJ-SAMR&theme=T-ENT | INVALID_FIELD",
        "/entries?department= | INVALID_FIELD",
        "/entries?department | INVALID_FIELD",
        "/entries?&department=BJ-SAMR | INVALID_FIELD",
        "/entries?department=BJ-SAMR& | INVALID_FIELD",
        "/entries?department=BJ-SAMR&pageSize=0 | INVALID_FIELD",
        "/entries?department=BJ-SAMR&pageSize=201 | INVALID_FIELD",
        "/entries?department=BJ-SAMR&pageSize=05 | INVALID_FIELD",
        "/entries?department=BJ-SAMR&pageSize=-1 | INVALID_FIELD",
        "/entries?department=BJ-SAMR&pageSize=%2B5 | INVALID_FIELD",
        "/entries?department=BJ-SAMR&pageSize=1e2 | INVALID_FIELD",
        "/entries?department=BJ-SAMR&pageSize=10.0 | INVALID_FIELD",
        "/entries?department=BJ-SAMR&pageSize=99999999999999999999 | INVALID_FIELD",
        "/entries?department=BJ-SAMR&pageSize=%EF%BC%91 | INVALID_FIELD",
        "/entries?item=%FF | INVALID_ENCODING",
        "/entries?item=%E7%BB | INVALID_ENCODING",
        "/entries?item=%ED%A0%80 | INVALID_ENCODING",
        "/entries?item=a%00b | INVALID_FIELD",
        "/entries?department=BJ-SAMR&department=BJ-SAMR | UNKNOWN_PARAMETER",
        "/entries?sharingType=conditional | INVALID_FIELD",
        "/entries?updateCycle=HOURLY | INVALID_FIELD",
        "/entries?department=BJ%20SAMR | INVALID_FIELD",
        "/entries?department=%E2%80%AEBJ | INVALID_FIELD",
        "/entries?department=-BJ | INVALID_FIELD",
        "/sharing-requests?side=owner | INVALID_FIELD",
        "/sharing-requests?department=BJ-SAMR | INVALID_FIELD",
        "/sharing-requests?department=BJ-SAMR&side=OWNER | INVALID_FIELD",
        "/sharing-requests?department=BJ-SAMR&side=owner&state=pending | INVALID_FIELD",
        "/sharing-requests?department=BJ-SAMR&state=late | INVALID_FIELD",
        "/grants?department=BJ-SAMR | INVALID_FIELD",
        "/grants?department=BJ-SAMR&side=both | INVALID_FIELD",
        "/access-logs | INVALID_FIELD",
        "/access-logs?grant=G1&department=BJ-MCA | INVALID_FIELD",
        "/access-logs?grant=G1&from=2026-01-01T00:00:00Z | INVALID_FIELD",
        "/access-logs?grant=G1&from=2026-01-01&until=2026-02-01 | INVALID_FIELD",
        "/access-logs?grant=G1&from=2026-01-01T00:00:00Z&until=2026-02-01T00:00 | INVALID_FIELD",
        "/departments/BJ-SAMR?verbose=1 | UNKNOWN_PARAMETER",
        "/departments/%E2%80%AEBJ | INVALID_FIELD",
        "/departments/BJ%20SAMR | INVALID_FIELD",
        "/entries/SAMR-002/versions/0 | INVALID_FIELD",
        "/entries/SAMR-002/versions/01 | INVALID_FIELD",
        "/entries/SAMR-002/versions/two | INVALID_FIELD",
        "/entries/SAMR-002/versions/99999999999 | INVALID_FIELD",
        "/catalog?department=BJ-SAMR&department=BJ-PSB | UNKNOWN_PARAMETER"})
    void an_ill_formed_query_is_refused_before_the_gateway(final String path, final String code) throws Exception {
        final HttpResponse<String> response = server.get("auditor", path, "text/turtle");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).as(response.body()).isEqualTo(code);
        assertUntouched();
    }

    @Test
    void an_over_long_id_is_refused_as_too_long() throws Exception {
        for (final String path : new String[] {"/departments/" + LONG_ID, "/entries?department=" + LONG_ID,
            "/grants/" + LONG_ID}) {
            final HttpResponse<String> response = server.get("auditor", path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(json(response).get("code").asText()).isEqualTo("FIELD_TOO_LONG");
        }
        assertUntouched();
    }

    /** Malformed escapes cannot even be written as a java.net.URI, so these go over a plain socket. */
    @ParameterizedTest
    @CsvSource({"/entries?item=%ZZ", "/entries?item=%4", "/entries?item=%", "/entries?department=BJ%2"})
    void a_malformed_percent_escape_is_refused(final String path) throws Exception {
        final String answer = server.raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer auditor\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertUntouched();
    }

    @Test
    void a_path_id_with_bytes_that_are_not_utf8_never_reaches_the_gateway() throws Exception {
        final HttpResponse<String> response = server.get("auditor", "/departments/BJ%FF");
        assertThat(response.statusCode()).isEqualTo(400);
        assertUntouched();
    }

    @ParameterizedTest(name = "POST /departments {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"code\":\"BJ-X\",\"code\":\"BJ-Y\",\"name\":\"重复\"} | MALFORMED_JSON",
        "{\"code\":\"BJ-X\",\"name\":\"多余\",\"admin\":true} | MALFORMED_JSON",
        "{\"code\":5,\"name\":\"类型\"} | MALFORMED_JSON",
        "{\"code\":\"BJ-X\",\"name\":\"尾随\"} {} | MALFORMED_JSON",
        "[{\"code\":\"BJ-X\",\"name\":\"数组\"}] | MALFORMED_JSON",
        "null | MALFORMED_JSON",
        "` ` | MALFORMED_JSON",
        "{\"code\":\"BJ-X\",\"name\":\"\\ud800\"} | INVALID_ENCODING"})
    void a_body_that_is_not_exactly_the_request_record_is_refused(final String body, final String code)
            throws Exception {
        final HttpResponse<String> response = server.post("civil-admin", "/departments", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).as(response.body()).isEqualTo(code);
        assertUntouched();
    }

    @Test
    void a_body_that_is_not_utf8_is_refused_as_such() throws Exception {
        final byte[] latin1 = "{\"code\":\"BJ-X\",\"name\":\"Département\"}".getBytes(StandardCharsets.ISO_8859_1);
        final HttpResponse<String> response = server.send("civil-admin", "POST", "/departments", latin1,
                Map.of("Content-Type", "application/json"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("INVALID_ENCODING");
        final HttpResponse<String> empty = server.send("civil-admin", "POST", "/departments", new byte[0],
                Map.of("Content-Type", "application/json"));
        assertThat(json(empty).get("code").asText()).isEqualTo("MALFORMED_JSON");
        assertUntouched();
    }

    @Test
    void a_write_with_query_parameters_is_refused() throws Exception {
        final HttpResponse<String> response = server.post("civil-admin", "/departments?dryRun=true", Beijing.civil());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("UNKNOWN_PARAMETER");
        assertUntouched();
    }

    @Test
    void text_the_chaincode_refuses_is_refused_with_its_code_and_the_ledger_unchanged() throws Exception {
        final HttpResponse<String> control = server.post("civil-admin", "/departments/BJ-MCA/duties",
                "{\"departmentCode\":\"BJ-MCA\",\"dutyId\":\"MCA-D01\",\"legalBasis\":\"条例\",\"title\":\"登记\\u0007\"}");
        assertThat(json(control).get("code").asText()).isEqualTo("INVALID_FIELD");
        final HttpResponse<String> blank = server.post("civil-admin", "/departments/BJ-MCA/duties",
                "{\"departmentCode\":\"BJ-MCA\",\"dutyId\":\"MCA-D01\",\"legalBasis\":\" \",\"title\":\"登记\"}");
        assertThat(json(blank).get("code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(server.directory().ledger().snapshot()).isEqualTo(ledgerBefore);
    }

    private void assertUntouched() {
        assertThat(server.directory().gatewayCalls()).as("calls that reached the gateway").isEqualTo(callsBefore);
        assertThat(server.directory().ledger().snapshot()).isEqualTo(ledgerBefore);
    }
}
