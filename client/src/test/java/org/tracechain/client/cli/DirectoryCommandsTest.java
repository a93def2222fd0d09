// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.client.testing.FakeGateway.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.directory.DirectoryRecords;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PartySide;
import org.tracechain.model.directory.RequestState;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.json.LedgerJson;
import picocli.CommandLine;

/** The {@code dir} commands against the in-process gateway: arguments sent, tables and JSON printed, exit codes. */
class DirectoryCommandsTest {

    @TempDir
    Path home;

    private FakeGateway gateway;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start_gateway() {
        gateway = FakeGateway.start();
    }

    @AfterEach
    void stop_gateway() {
        gateway.close();
    }

    private int run(final String... args) {
        final LedgerClientFactory factory = (clientHome, organization, user) -> LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, organization, user, "RegulatorMSP"))
                .connection(gateway.channel())
                .connect();
        final CommandLine commandLine = TraceChainCli.newCommandLine(factory, Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        final String[] all = new String[args.length + 4];
        System.arraycopy(new String[] {"--org", "regulator", "--user", "cataloger"}, 0, all, 0, 4);
        System.arraycopy(args, 0, all, 4, args.length);
        return commandLine.execute(all);
    }

    private String lastArgument() {
        return gateway.lastCall().arguments().get(0);
    }

    @Test
    void entry_create_reads_the_metadata_file_applies_flags_and_prints_the_transaction() throws Exception {
        final EntryVersion penalties = DirectoryRecords.penalties();
        final Path file = home.resolve("entry.json");
        Files.writeString(file, LedgerJson.toJson(penalties.metadata()), StandardCharsets.UTF_8);
        gateway.respond("CreateEntry", call -> utf8(LedgerJson.toJson(penalties)));

        final int exit = run("dir", "entry", "create", "--code", "SAMR-002", "--department", "BJ-SAMR", "--file",
                file.toString(), "--title", "企业行政处罚信息（2026）", "--sharing-type", "CONDITIONAL");

        assertThat(exit).as(err.toString()).isZero();
        final CreateEntryRequest sent = LedgerJson.fromJson(lastArgument(), CreateEntryRequest.class);
        assertThat(sent.metadata().title()).isEqualTo("企业行政处罚信息（2026）");
        assertThat(sent.metadata().items()).isEqualTo(penalties.metadata().items());
        assertThat(out.toString()).contains("CreateEntry committed: tx " + gateway.lastCall().transactionId());
    }

    @Test
    void a_malformed_metadata_file_is_a_usage_error() throws Exception {
        final Path file = home.resolve("bad.json");
        Files.writeString(file, "{\"title\":\"x\",\"colour\":\"red\"}");

        assertThat(run("dir", "entry", "create", "--code", "E", "--department", "D", "--file", file.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("bad.json");
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void entry_revise_without_a_file_starts_from_the_latest_version() {
        final EntryVersion penalties = DirectoryRecords.penalties();
        gateway.respond("GetEntry", call -> utf8(LedgerJson.toJson(penalties)));
        gateway.respond("ReviseEntry", call -> utf8(LedgerJson.toJson(penalties)));

        final int exit = run("dir", "entry", "revise", "SAMR-002", "--conditions", "仅用于监管执法、信用评价与信用修复",
                "--note", "增加信用修复用途", "--expected-version", "2");

        assertThat(exit).as(err.toString()).isZero();
        final ReviseEntryRequest sent = LedgerJson.fromJson(lastArgument(), ReviseEntryRequest.class);
        assertThat(sent.metadata().sharingConditions()).isEqualTo("仅用于监管执法、信用评价与信用修复");
        assertThat(sent.metadata().title()).isEqualTo(penalties.metadata().title());
        assertThat(sent.expectedVersion()).isEqualTo(2);
    }

    @Test
    void search_by_item_prints_a_cjk_aligned_table_and_the_next_bookmark() {
        gateway.respond("EntriesByItemName", call -> utf8(LedgerJson.toJson(
                new DirectoryPage<>(List.of(DirectoryRecords.penalties()), "B2"))));

        final int exit = run("dir", "search", "--item", "统一社会信用代码", "--page-size", "1");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(LedgerJson.fromJson(lastArgument(), EntryQuery.class)).isEqualTo(new EntryQuery("统一社会信用代码", 1, null));
        final List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("Code      Ver  State      Department  Title             Sharing");
        assertThat(lines.get(2)).startsWith("SAMR-002  2    PUBLISHED  BJ-SAMR     企业行政处罚信息  CONDITIONAL");
        assertThat(lines).last().isEqualTo("more: --bookmark B2");
    }

    @Test
    void search_needs_exactly_one_criterion() {
        assertThat(run("dir", "search")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("dir", "search", "--theme", "T", "--duty", "D")).isEqualTo(ExitCodes.USAGE);
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void request_submit_and_approve_send_the_model_records_and_print_json_with_the_transaction() {
        gateway.respond("SubmitRequest", call -> utf8(LedgerJson.toJson(
                DirectoryRecords.request("REQ-1", RequestState.SUBMITTED, null))));
        gateway.respond("ApproveRequest", call -> utf8(LedgerJson.toJson(
                DirectoryRecords.request("REQ-1", RequestState.APPROVED, "同意"))));

        assertThat(run("dir", "request", "submit", "--id", "REQ-1", "--department", "BJ-MCA", "--entry", "SAMR-002",
                "--item", "统一社会信用代码", "--item", "处罚内容", "--purpose", "年检", "--legal-basis", "条例")).isZero();
        assertThat(LedgerJson.fromJson(lastArgument(), SubmitSharingRequest.class).items())
                .containsExactly("统一社会信用代码", "处罚内容");
        out.getBuffer().setLength(0);

        assertThat(run("--json", "dir", "request", "approve", "REQ-1", "--valid-from", "2026-03-02T00:00:00Z",
                "--days", "30", "--note", "同意")).as(err.toString()).isZero();
        final ApproveSharingRequest approval = LedgerJson.fromJson(lastArgument(), ApproveSharingRequest.class);
        assertThat(approval.validFrom()).isEqualTo("2026-03-02T00:00:00Z");
        assertThat(approval.validDays()).isEqualTo(30);
        assertThat(approval.validUntil()).isNull();
        final JsonNode json = LedgerJson.readTree(out.toString());
        assertThat(json.get("transactionId").asText()).isEqualTo(gateway.lastCall().transactionId());
        assertThat(json.get("result").get("state").asText()).isEqualTo("APPROVED");
    }

    @Test
    void a_refused_access_log_exits_1_with_the_code_and_transaction() {
        gateway.respond("LogAccess", call -> {
            throw FakeGateway.endorseRefusal("[GRANT_REVOKED] grant G1 was revoked");
        });

        final int exit = run("dir", "access", "log", "--grant", "G1", "--item", "统一社会信用代码", "--purpose", "核验");

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("[GRANT_REVOKED] grant G1 was revoked (tx " + gateway.lastCall().transactionId() + ")");
    }

    @Test
    void auditor_lists_grants_requests_and_access_logs() {
        gateway.respond("GrantsByDepartment", call -> utf8(LedgerJson.toJson(
                new DirectoryPage<>(List.of(DirectoryRecords.grant("REQ-1", true)), ""))));
        gateway.respond("PendingRequests", call -> utf8(LedgerJson.toJson(
                new DirectoryPage<>(List.of(DirectoryRecords.request("REQ-2", RequestState.SUBMITTED, null)), ""))));
        gateway.respond("AccessLogsByDepartment", call -> utf8(LedgerJson.toJson(
                new DirectoryPage<>(List.of(DirectoryRecords.accessLog("tx-log-1", "REQ-1")), ""))));

        assertThat(run("dir", "grants", "--department", "BJ-MCA", "--side", "REQUESTER", "--wide")).isZero();
        assertThat(LedgerJson.fromJson(lastArgument(), PartyQuery.class)).isEqualTo(
                new PartyQuery("BJ-MCA", PartySide.REQUESTER, null, null));
        assertThat(out.toString()).contains("核查发现超出申请用途使用");
        assertThat(run("dir", "requests", "pending", "--department", "BJ-SAMR")).isZero();
        assertThat(out.toString()).contains("REQ-2").contains("SUBMITTED");
        assertThat(run("dir", "audit-log", "--department", "BJ-SAMR", "--from", "2026-03-01T00:00:00Z", "--until",
                "2026-04-01T00:00:00Z")).isZero();
        assertThat(LedgerJson.fromJson(lastArgument(), AccessLogQuery.class).from()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(out.toString()).contains("tx-log-1").contains("年检核验");
        assertThat(run("dir", "audit-log", "--grant", "G", "--from", "2026-03-01T00:00:00Z")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void export_dcat_writes_the_department_catalog_to_a_file() throws Exception {
        respondWithMarketCatalog();
        final Path file = home.resolve("out/samr.jsonld");

        final int exit = run("dir", "export-dcat", "--department", "BJ-SAMR", "--out", file.toString());

        assertThat(exit).as(err.toString()).isZero();
        final JsonNode document = LedgerJson.readTree(Files.readString(file));
        assertThat(document.get("@context").get("dcat").asText()).isEqualTo("http://www.w3.org/ns/dcat#");
        final Map<String, JsonNode> nodes = new TreeMap<>();
        document.get("@graph").forEach(node -> nodes.put(node.get("@id").asText(), node));
        final JsonNode catalog = nodes.get("https://tracechain.org/govdir/departments/BJ-SAMR/catalog");
        assertThat(catalog.get("@type").asText()).isEqualTo("dcat:Catalog");
        assertThat(catalog.get("dct:publisher").get("@id").asText()).isEqualTo("https://tracechain.org/govdir/departments/BJ-SAMR");
        final JsonNode dataset = nodes.get(catalog.get("dcat:dataset").get("@id").asText());
        assertThat(dataset.get("dct:identifier").asText()).isEqualTo("SAMR-002");
        assertThat(nodes.get(dataset.get("dcatap:applicableLegislation").get("@id").asText()).get("dct:title").asText())
                .isEqualTo("《中华人民共和国市场主体登记管理条例》");
        assertThat(out.toString()).contains("wrote " + file);
    }

    @Test
    void export_dcat_writes_turtle_to_standard_output_and_refuses_unknown_formats() {
        respondWithMarketCatalog();

        assertThat(run("dir", "export-dcat", "--format", "turtle", "--publisher", "北京市经济和信息化局")).as(err.toString())
                .isZero();
        assertThat(out.toString()).startsWith("PREFIX adms:").contains("<https://tracechain.org/govdir/catalog>\n"
                + "        a                   dcat:Catalog;").contains("<https://tracechain.org/govdir/publisher>").contains("\"北京市经济和信息化局\"");

        final int calls = gateway.calls().size();
        assertThat(run("dir", "export-dcat", "--format", "rdfxml")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--format: unknown format 'rdfxml', expected one of jsonld, turtle");
        assertThat(gateway.calls()).as("nothing is sent for a usage error").hasSize(calls);
    }

    private void respondWithMarketCatalog() {
        final EntryVersion penalties = DirectoryRecords.penalties();
        final String page = LedgerJson.toJson(new DirectoryPage<>(List.of(penalties), ""));
        gateway.respond("EntriesByDepartment", call -> utf8(page));
        gateway.respond("EntriesBySharingType", call -> utf8(call.arguments().get(0).contains("\"value\":\"CONDITIONAL\"") ? page
                : LedgerJson.toJson(new DirectoryPage<>(List.of(), ""))));
        gateway.respond("GetDepartment", call -> utf8(LedgerJson.toJson(
                DirectoryRecords.department("BJ-SAMR", "北京市市场监督管理局", "RegulatorMSP"))));
        gateway.respond("GetDuty", call -> utf8(LedgerJson.toJson(
                DirectoryRecords.duty("SAMR-D01", "BJ-SAMR", "市场主体登记注册", "《中华人民共和国市场主体登记管理条例》"))));
    }

    @Test
    void duty_and_entry_history_commands_print_their_records() {
        gateway.respond("GetDuty", call -> utf8(LedgerJson.toJson(
                DirectoryRecords.duty("SAMR-D01", "BJ-SAMR", "市场主体登记注册", "《条例》"))));
        gateway.respond("EntryHistory", call -> utf8(LedgerJson.toJson(List.of(DirectoryRecords.penalties()))));

        assertThat(run("dir", "duty", "get", "SAMR-D01")).isZero();
        assertThat(out.toString()).contains("市场主体登记注册");
        assertThat(run("dir", "entry", "history", "SAMR-002")).isZero();
        assertThat(out.toString()).contains("tx-SAMR-002-v2").contains("PUBLISHED");
        assertThat(SharingType.valueOf("CONDITIONAL")).isNotNull();
    }
}
