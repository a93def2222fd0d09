// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.UpdateDutyRequest;
import org.tracechain.model.json.LedgerJson;

/** Department → duty → entry → publication → revision → version history → retirement, all through HTTP. */
class CatalogEntriesTest {

    @TempDir
    Path home;

    private DirectoryServer server;

    @BeforeEach
    void start() throws Exception {
        server = new DirectoryServer(home);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_department_registers_its_duty_and_publishes_and_revises_an_entry_with_every_version_kept() throws Exception {
        final HttpResponse<String> department = server.post("market-admin", "/departments", Beijing.market());
        assertThat(department.statusCode()).as(department.body()).isEqualTo(201);
        assertThat(department.headers().firstValue("Location")).hasValue("/departments/BJ-SAMR");
        final JsonNode written = json(department);
        assertThat(written.get("validationCode").asText()).isEqualTo("VALID");
        assertThat(written.get("blockNumber").asLong()).isPositive();
        assertThat(written.get("channel").asText()).as("whose blocks blockNumber counts").isEqualTo("govdir");
        assertThat(department.headers().firstValue("Tracechain-Transaction-Id"))
                .hasValue(written.get("transactionId").asText());
        assertThat(written.at("/record/name").asText()).isEqualTo("北京市市场监督管理局");
        assertThat(written.at("/record/mspId").asText()).isEqualTo("MarketMSP");

        final HttpResponse<String> read = server.get("civil-clerk", "/departments/BJ-SAMR");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read)).isEqualTo(written.get("record"));

        final HttpResponse<String> duty = server.post("market-admin", "/departments/BJ-SAMR/duties", Beijing.marketDuty());
        assertThat(duty.statusCode()).as(duty.body()).isEqualTo(201);
        assertThat(duty.headers().firstValue("Location")).hasValue("/duties/SAMR-D01");
        final HttpResponse<String> updated = server.put("market-admin", "/duties/SAMR-D01", new UpdateDutyRequest(
                "SAMR-D01", "市场主体登记注册与信用监管", "《中华人民共和国市场主体登记管理条例》", "含企业信用信息公示"));
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(json(updated).at("/record/version").asInt()).isEqualTo(2);
        assertThat(json(server.get("auditor", "/duties/SAMR-D01")).get("title").asText()).isEqualTo("市场主体登记注册与信用监管");
        final JsonNode duties = json(server.get("civil-clerk", "/departments/BJ-SAMR/duties?pageSize=10"));
        assertThat(duties.get("items")).extracting(d -> d.get("dutyId").asText()).containsExactly("SAMR-D01");

        final HttpResponse<String> created = server.post("market-admin", "/entries",
                Beijing.entry("SAMR-002", Beijing.MARKET, Beijing.penalties()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/entries/SAMR-002");
        assertThat(json(created).at("/record/state").asText()).isEqualTo("DRAFT");

        final HttpResponse<String> published = server.post("market-admin", "/entries/SAMR-002/publication",
                new PublishEntryRequest("SAMR-002", "首次发布", 1));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        assertThat(published.headers().firstValue("Location")).hasValue("/entries/SAMR-002/versions/2");
        assertThat(json(published).at("/record/state").asText()).isEqualTo("PUBLISHED");

        final EntryMetadata revised = withItem(Beijing.penalties(), new DataItem("处罚日期", "date", "决定日期"));
        final HttpResponse<String> revision = server.post("market-admin", "/entries/SAMR-002/revisions",
                new ReviseEntryRequest("SAMR-002", revised, "增加处罚日期", 2));
        assertThat(revision.statusCode()).as(revision.body()).isEqualTo(201);
        assertThat(revision.headers().firstValue("Location")).hasValue("/entries/SAMR-002/versions/3");

        final JsonNode history = json(server.get("civil-clerk", "/entries/SAMR-002/versions"));
        assertThat(history).extracting(v -> v.get("version").asInt(), v -> v.get("state").asText())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "DRAFT"),
                        org.assertj.core.groups.Tuple.tuple(2, "PUBLISHED"),
                        org.assertj.core.groups.Tuple.tuple(3, "PUBLISHED"));
        assertThat(history.get(0).at("/metadata/items")).hasSize(3);
        assertThat(history.get(2).at("/metadata/items")).extracting(i -> i.get("name").asText())
                .containsExactly(Beijing.USCC, "处罚决定书文号", "处罚内容", "处罚日期");
        assertThat(history.get(2).get("changeNote").asText()).isEqualTo("增加处罚日期");
        assertThat(json(server.get("civil-clerk", "/entries/SAMR-002/versions/2"))).isEqualTo(history.get(1));
        assertThat(json(server.get("civil-clerk", "/entries/SAMR-002"))).isEqualTo(history.get(2));
        assertThat(json(server.get("civil-clerk", "/entries/SAMR-002/items"))).isEqualTo(history.get(2).at("/metadata/items"));
        final HttpResponse<String> noSuchVersion = server.get("civil-clerk", "/entries/SAMR-002/versions/4");
        assertThat(noSuchVersion.statusCode()).isEqualTo(404);
        assertThat(json(noSuchVersion).get("code").asText()).isEqualTo("NOT_FOUND");

        final HttpResponse<String> retired = server.post("market-admin", "/entries/SAMR-002/retirement",
                new RetireEntryRequest("SAMR-002", "数据源停用", 3));
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(201);
        assertThat(retired.headers().firstValue("Location")).hasValue("/entries/SAMR-002/versions/4");
        assertThat(json(server.get("auditor", "/entries/SAMR-002")).get("state").asText()).isEqualTo("RETIRED");
    }

    @Test
    void the_catalog_searches_answer_one_page_each_with_a_bookmark_for_the_next() throws Exception {
        catalog();
        final JsonNode byItem = json(server.get("civil-clerk",
                "/entries?item=" + URLEncoder.encode(Beijing.USCC, StandardCharsets.UTF_8)));
        assertThat(byItem.get("items")).extracting(e -> e.get("code").asText()).containsExactly("SAMR-001", "SAMR-002");
        assertThat(json(server.get("civil-clerk", "/entries?sharingType=CONDITIONAL")).get("items"))
                .extracting(e -> e.get("code").asText()).containsExactly("SAMR-002");
        assertThat(json(server.get("civil-clerk", "/entries?theme=T-POP")).get("items"))
                .extracting(e -> e.get("code").asText()).containsExactly("PSB-001");
        assertThat(json(server.get("civil-clerk", "/entries?duty=SAMR-D01")).get("items")).hasSize(2);
        assertThat(json(server.get("civil-clerk", "/entries?updateCycle=DAILY")).get("items")).hasSize(3);

        final JsonNode first = json(server.get("civil-clerk", "/entries?department=BJ-SAMR&pageSize=1"));
        assertThat(first.get("items")).extracting(e -> e.get("code").asText()).containsExactly("SAMR-001");
        final String bookmark = first.get("bookmark").asText();
        assertThat(bookmark).isNotEmpty();
        final JsonNode second = json(server.get("civil-clerk", "/entries?department=BJ-SAMR&pageSize=1&bookmark="
                + URLEncoder.encode(bookmark, StandardCharsets.UTF_8)));
        assertThat(second.get("items")).extracting(e -> e.get("code").asText()).containsExactly("SAMR-002");
    }

    @Test
    void only_the_owners_catalog_administrator_changes_an_entry_and_a_refusal_leaves_the_ledger_unchanged()
            throws Exception {
        catalog();
        final var before = server.directory().ledger().snapshot();
        for (final String who : List.of("civil-clerk", "civil-admin", "market-clerk", "auditor", "civil-visitor")) {
            final HttpResponse<String> refused = server.post(who, "/entries/SAMR-002/retirement",
                    new RetireEntryRequest("SAMR-002", "不再维护", null));
            assertThat(refused.statusCode()).as(who + ": " + refused.body()).isEqualTo(403);
            assertThat(json(refused).get("code").asText()).isEqualTo("ACCESS_DENIED");
            final HttpResponse<String> create = server.post(who, "/entries",
                    Beijing.entry("SAMR-009", Beijing.MARKET, Beijing.registrations()));
            assertThat(create.statusCode()).as(who + ": " + create.body()).isEqualTo(403);
            assertThat(json(create).get("code").asText()).isEqualTo("ACCESS_DENIED");
        }
        final HttpResponse<String> otherDepartment = server.post("market-admin", "/departments/BJ-PSB/duties",
                new org.tracechain.model.directory.RegisterDutyRequest("PSB-D09", Beijing.POLICE, "出入境管理", "《出境入境管理法》", null));
        assertThat(otherDepartment.statusCode()).as(otherDepartment.body()).isEqualTo(403);
        assertThat(json(otherDepartment).get("code").asText()).isEqualTo("ACCESS_DENIED");
        assertThat(server.directory().ledger().snapshot()).isEqualTo(before);
    }

    @Test
    void a_chaincode_refusal_keeps_its_own_code() throws Exception {
        catalog();
        final HttpResponse<String> taken = server.post("market-admin", "/entries",
                Beijing.entry("SAMR-002", Beijing.MARKET, Beijing.penalties()));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(json(taken).get("code").asText()).isEqualTo("ENTRY_ALREADY_EXISTS");
        final HttpResponse<String> stale = server.post("market-admin", "/entries/SAMR-002/retirement",
                new RetireEntryRequest("SAMR-002", "停用", 1));
        assertThat(json(stale).get("code").asText()).isEqualTo("VERSION_CONFLICT");
        final HttpResponse<String> missing = server.get("civil-clerk", "/departments/BJ-NONE");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("code").asText()).isEqualTo("DEPARTMENT_NOT_FOUND");
    }

    /** Three departments, two duties, three published entries (one of each sharing type). */
    private void catalog() throws Exception {
        DirectorySetUp.catalog(server);
    }

    private static EntryMetadata withItem(final EntryMetadata m, final DataItem extra) {
        final List<DataItem> items = new java.util.ArrayList<>(m.items());
        items.add(extra);
        return new EntryMetadata(m.title(), m.description(), m.dutyIds(), m.themeCodes(), m.classificationCode(), items,
                m.sharingType(), m.sharingConditions(), m.legalBasis(), m.sharingMethod(), m.openAttribute(),
                m.updateCycle(), m.sourceSystem());
    }

    static JsonNode json(final HttpResponse<String> response) {
        return LedgerJson.readTree(response.body());
    }
}
