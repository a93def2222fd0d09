// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tracechain.client.directory.DirectoryRecords.CIVIL;
import static org.tracechain.client.directory.DirectoryRecords.MARKET;
import static org.tracechain.client.directory.DirectoryRecords.POLICE;
import static org.tracechain.client.directory.DirectoryRecords.USCC;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracechain.client.directory.DirectoryRecords;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;
import org.tracechain.model.json.LedgerJson;

/** DCAT-AP 3 JSON-LD export: golden bytes, vocabulary mapping, what is left out, determinism. */
class DcatExporterTest {

    private static final String GOLDEN = "/org/tracechain/client/directory/dcat/beijing-catalog.jsonld";
    private static final DcatExporter EXPORTER = DcatExporter.withBaseIri("https://data.beijing.gov.cn/govdir");

    private static List<EntryVersion> entries() {
        return List.of(
                DirectoryRecords.version("SAMR-001", MARKET, 2, PublicationState.PUBLISHED,
                        DirectoryRecords.metadata("企业登记信息", SharingType.UNCONDITIONAL, null, null, "SAMR-D01",
                                UpdateCycle.REAL_TIME, new DataItem(USCC, "string", "18 位代码"),
                                new DataItem("企业名称", "string", null))),
                DirectoryRecords.penalties(),
                DirectoryRecords.version("PSB-001", POLICE, 2, PublicationState.PUBLISHED,
                        DirectoryRecords.metadata("人口户籍信息", SharingType.NOT_SHARED, null, "《中华人民共和国居民身份证法》第十九条",
                                "PSB-D01", UpdateCycle.SEMI_ANNUAL, new DataItem("公民身份号码", "string", null))),
                DirectoryRecords.version("MCA-001", CIVIL, 1, PublicationState.DRAFT,
                        DirectoryRecords.metadata("社会组织登记信息", SharingType.CONDITIONAL, "仅限政务服务", null, "MCA-D01",
                                UpdateCycle.MONTHLY, new DataItem("社会组织名称", "string", null))),
                DirectoryRecords.version("SAMR-009", MARKET, 3, PublicationState.RETIRED,
                        DirectoryRecords.metadata("旧目录", SharingType.UNCONDITIONAL, null, null, "SAMR-D01",
                                UpdateCycle.ANNUAL, new DataItem("x", "string", null))));
    }

    private static CatalogSnapshot snapshot(final List<EntryVersion> entries, final String department) {
        return new CatalogSnapshot("北京市政务数据资源目录", "目录链导出", department, entries,
                Map.of(MARKET, DirectoryRecords.department(MARKET, "北京市市场监督管理局", "RegulatorMSP"),
                        POLICE, DirectoryRecords.department(POLICE, "北京市公安局", "PublicSecurityMSP"),
                        CIVIL, DirectoryRecords.department(CIVIL, "北京市民政局", "CivilAffairsMSP")),
                Map.of("SAMR-D01", DirectoryRecords.duty("SAMR-D01", MARKET, "市场主体登记注册", "《中华人民共和国市场主体登记管理条例》"),
                        "PSB-D01", DirectoryRecords.duty("PSB-D01", POLICE, "户籍管理", "《中华人民共和国户口登记条例》")));
    }

    @Test
    void the_published_catalog_exports_to_the_golden_json_ld() throws IOException {
        final String actual = EXPORTER.export(snapshot(entries(), null));

        final String golden;
        try (InputStream in = DcatExporterTest.class.getResourceAsStream(GOLDEN)) {
            golden = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(golden)) {
            // Written for review; copy it over the golden file only if the change is intended.
            Files.writeString(Path.of("target", "beijing-catalog.actual.jsonld"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(golden);
    }

    @Test
    void sharing_types_and_update_cycles_map_onto_the_eu_vocabularies() {
        final JsonNode catalog = LedgerJson.readTree(EXPORTER.export(snapshot(entries(), null)));
        final JsonNode datasets = catalog.get("dcat:dataset");

        assertThat(datasets).extracting(d -> d.get("dct:identifier").asText())
                .containsExactly("PSB-001", "SAMR-001", "SAMR-002");
        assertThat(datasets).extracting(d -> d.get("dct:accessRights").get("@id").asText()).containsExactly(
                "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC",
                "http://publications.europa.eu/resource/authority/access-right/PUBLIC",
                "http://publications.europa.eu/resource/authority/access-right/RESTRICTED");
        assertThat(datasets).extracting(d -> d.get("dct:accrualPeriodicity").get("@id").asText()).containsExactly(
                "http://publications.europa.eu/resource/authority/frequency/ANNUAL_2",
                "http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT",
                "http://publications.europa.eu/resource/authority/frequency/DAILY");
        // Not shared: no distribution, and its own legal basis is listed with the duty's.
        assertThat(datasets.get(0).has("dcat:distribution")).isFalse();
        assertThat(datasets.get(1).get("dcat:distribution").get(0).get("tracechain:sharingMethod").asText()).isEqualTo("API");
        assertThat(datasets.get(0).get("dcatap:applicableLegislation")).extracting(l -> l.get("dct:title").asText())
                .containsExactly("《中华人民共和国居民身份证法》第十九条", "《中华人民共和国户口登记条例》");
        assertThat(datasets.get(2).get("prov:wasGeneratedBy").get("dct:identifier").asText()).isEqualTo("tx-SAMR-002-v2");
        assertThat(datasets.get(2).get("dct:conformsTo").get("tracechain:dataItem")).extracting(
                i -> i.get("tracechain:name").asText()).containsExactly(USCC, "处罚内容");
        for (final UpdateCycle cycle : UpdateCycle.values()) {
            assertThat(DcatVocabulary.frequency(cycle)).startsWith(DcatVocabulary.FREQUENCY);
        }
    }

    @Test
    void a_department_export_holds_only_its_published_entries_and_names_it_publisher() {
        final JsonNode catalog = LedgerJson.readTree(EXPORTER.export(snapshot(
                entries().stream().filter(e -> e.departmentCode().equals(MARKET)).toList(), MARKET)));

        assertThat(catalog.get("@id").asText()).isEqualTo("https://data.beijing.gov.cn/govdir/departments/BJ-SAMR/catalog");
        assertThat(catalog.get("dct:publisher").get("foaf:name").asText()).isEqualTo("北京市市场监督管理局");
        assertThat(catalog.get("dcat:dataset")).extracting(d -> d.get("dct:identifier").asText())
                .containsExactly("SAMR-001", "SAMR-002");
    }

    @Test
    void the_export_does_not_depend_on_input_order() {
        final List<EntryVersion> shuffled = new ArrayList<>(entries());
        Collections.reverse(shuffled);

        assertThat(EXPORTER.export(snapshot(shuffled, null))).isEqualTo(EXPORTER.export(snapshot(entries(), null)));
    }

    @Test
    void the_base_iri_must_be_absolute() {
        assertThatThrownBy(() -> DcatExporter.withBaseIri("govdir/")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EXPORTER.export(snapshot(List.of(), null))).contains("\"@id\" : \"https://data.beijing.gov.cn/govdir/catalog\"");
    }
}
