// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;

/** DCAT-AP 3 export: golden bytes of both formats, the vocabulary mapping, what is left out, determinism. */
class DcatExporterTest {

    private static final DcatExporter EXPORTER = DcatExporter.withBaseIri("https://data.beijing.gov.cn/govdir");
    private static final String BASE = BeijingCatalog.BASE;

    @ParameterizedTest
    @EnumSource(DcatFormat.class)
    void the_beijing_catalog_exports_to_the_golden_file(final DcatFormat format) throws IOException {
        final String name = "beijing-catalog" + format.fileExtension();
        final String actual = EXPORTER.export(BeijingCatalog.snapshot(), format);

        final String golden;
        try (InputStream in = DcatExporterTest.class.getResourceAsStream(name)) {
            golden = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(golden)) {
            // Written for review; copy it over the golden file only if the change is intended.
            Files.writeString(Path.of("target", name.replace(".", ".actual.")), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(golden);
    }

    @ParameterizedTest
    @EnumSource(DcatFormat.class)
    void each_format_carries_exactly_the_model(final DcatFormat format) {
        final Model model = EXPORTER.model(BeijingCatalog.snapshot());

        final Graph read = DcatConformanceTest.parse(EXPORTER.export(BeijingCatalog.snapshot(), format), format);

        assertThat(read.isIsomorphicWith(model.getGraph())).isTrue();
        assertThat(read.find().toList()).allSatisfy(t -> {
            assertThat(t.getSubject().isBlank()).isFalse();
            assertThat(t.getObject().isBlank()).isFalse();
        });
    }

    @Test
    void sharing_types_and_update_cycles_map_onto_the_eu_vocabularies() {
        final Model model = EXPORTER.model(BeijingCatalog.snapshot());

        assertThat(datasets(model)).containsExactly("MCA-001", "MCA-002", "PSB-001", "PSB-002", "RSJ-001", "RSJ-002",
                "SAMR-001", "SAMR-002", "SAMR-003");
        assertThat(object(model, "entries/PSB-001", DCTerms.accessRights))
                .isEqualTo("http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC");
        assertThat(object(model, "entries/SAMR-001", DCTerms.accessRights))
                .isEqualTo("http://publications.europa.eu/resource/authority/access-right/PUBLIC");
        assertThat(object(model, "entries/SAMR-002", DCTerms.accessRights))
                .isEqualTo("http://publications.europa.eu/resource/authority/access-right/RESTRICTED");
        assertThat(object(model, "entries/PSB-001", DCTerms.accrualPeriodicity))
                .isEqualTo("http://publications.europa.eu/resource/authority/frequency/ANNUAL_2");
        assertThat(object(model, "entries/SAMR-001", DCTerms.accrualPeriodicity))
                .isEqualTo("http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT");
        // Each referenced vocabulary term carries the class the range shapes ask for, and its EU label.
        final Resource restricted = model.getResource(DcatVocabulary.accessRights(SharingType.CONDITIONAL));
        assertThat(restricted.hasProperty(org.apache.jena.vocabulary.RDF.type, DCTerms.RightsStatement)).isTrue();
        assertThat(restricted.getProperty(SKOS.prefLabel).getLiteral().getLexicalForm()).isEqualTo("restricted");
        for (final UpdateCycle cycle : UpdateCycle.values()) {
            final Resource frequency = model.getResource(DcatVocabulary.frequency(cycle));
            assertThat(frequency.hasProperty(org.apache.jena.vocabulary.RDF.type, DCTerms.Frequency))
                    .as("%s is exported", cycle).isTrue();
        }
    }

    @Test
    void themes_are_national_concepts_with_the_eu_data_themes_they_fall_under() {
        final Model model = EXPORTER.model(BeijingCatalog.snapshot());

        assertThat(objects(model, "entries/SAMR-001", DCAT.theme)).containsExactly(
                "http://publications.europa.eu/resource/authority/data-theme/ECON",
                "http://publications.europa.eu/resource/authority/data-theme/JUST",
                "https://tracechain.org/ns/govdir/themes/T-CREDIT",
                "https://tracechain.org/ns/govdir/themes/T-ENT");
        final Resource enterprise = model.getResource("https://tracechain.org/ns/govdir/themes/T-ENT");
        assertThat(enterprise.getProperty(SKOS.prefLabel).getString()).isEqualTo("法人单位");
        assertThat(enterprise.getPropertyResourceValue(SKOS.inScheme).getURI())
                .isEqualTo("https://tracechain.org/ns/govdir/themes");
        assertThat(enterprise.getPropertyResourceValue(SKOS.broadMatch).getURI())
                .isEqualTo("http://publications.europa.eu/resource/authority/data-theme/ECON");
        // A code outside the national scheme is a concept of the export's own local scheme.
        assertThat(objects(model, "entries/MCA-002", DCAT.theme)).contains(BASE + "themes/BJ-MARRIAGE");
        assertThat(model.getResource(BASE + "themes/BJ-MARRIAGE").getPropertyResourceValue(SKOS.inScheme).getURI())
                .isEqualTo(BASE + "themes");
        assertThat(objects(model, "catalog", DCAT.themeTaxonomy)).containsExactly(
                "http://publications.europa.eu/resource/authority/data-theme", BASE + "themes",
                "https://tracechain.org/ns/govdir/themes");
        assertThat(NationalThemes.all()).containsKeys("T-ENT", "T-POP", "T-GEO", "T-LICENSE", "T-CREDIT");
    }

    @Test
    void legal_bases_are_legal_resources_with_stable_iris() {
        final Model model = EXPORTER.model(BeijingCatalog.snapshot());
        final String idCardLaw = DcatVocabulary.legalResource(BeijingCatalog.ID_CARD_LAW);

        // Not shared: its own legal basis is listed with the duty's; no distribution.
        assertThat(objects(model, "entries/PSB-001", DcatTerms.APPLICABLE_LEGISLATION)).containsExactlyInAnyOrder(
                idCardLaw, DcatVocabulary.legalResource("《中华人民共和国户口登记条例》"));
        assertThat(objects(model, "entries/PSB-001", DCAT.distribution)).isEmpty();
        assertThat(idCardLaw).matches("https://tracechain\\.org/ns/govdir/legal/[0-9a-f]{32}");
        assertThat(DcatVocabulary.legalResource(" " + BeijingCatalog.ID_CARD_LAW + "\n")).isEqualTo(idCardLaw);
        assertThat(model.getResource(idCardLaw).hasProperty(org.apache.jena.vocabulary.RDF.type,
                DcatTerms.LEGAL_RESOURCE)).isTrue();
        assertThat(model.getResource(idCardLaw).getProperty(DCTerms.title).getString())
                .isEqualTo(BeijingCatalog.ID_CARD_LAW);
        // A legal basis that is an IRI (an ELI, a law database page) is used as it is.
        assertThat(objects(model, "entries/RSJ-001", DcatTerms.APPLICABLE_LEGISLATION)).containsExactly(
                "https://flk.npc.gov.cn/detail2.html?ZmY4MDgwODE2ZjNjYmIzYzAxNmY0MTJjYmI3YzE0ZmQ");
        assertThat(DcatVocabulary.legalResource("http://data.europa.eu/eli/reg/2016/679/oj"))
                .isEqualTo("http://data.europa.eu/eli/reg/2016/679/oj");
    }

    @Test
    void datasets_have_publishers_descriptions_distributions_schemas_and_provenance() {
        final Model model = EXPORTER.model(BeijingCatalog.snapshot());

        assertThat(object(model, "catalog", DCTerms.publisher)).isEqualTo(BASE + "publisher");
        assertThat(model.getResource(BASE + "publisher").getProperty(FOAF.name).getString())
                .isEqualTo(BeijingCatalog.PUBLISHER);
        assertThat(model.getResource(object(model, "entries/SAMR-002", DCTerms.publisher)).getProperty(FOAF.name)
                .getString()).isEqualTo("北京市市场监督管理局");
        // No 信息资源摘要: described by title and items.
        assertThat(model.getResource(BASE + "entries/MCA-002").getProperty(DCTerms.description).getString())
                .isEqualTo("婚姻登记信息（信息项：男方姓名、女方姓名、登记日期）");
        final Resource distribution = model.getResource(BASE + "entries/SAMR-002/distributions/file");
        assertThat(object(model, "entries/SAMR-002", DCAT.distribution)).isEqualTo(distribution.getURI());
        assertThat(distribution.getPropertyResourceValue(DCAT.accessURL).getURI())
                .isEqualTo(BASE + "entries/SAMR-002/access");
        assertThat(distribution.getPropertyResourceValue(DCTerms.rights).getProperty(RDFS.label).getString())
                .isEqualTo("仅用于监管执法与信用评价");
        final Resource schema = model.getResource(BASE + "entries/SAMR-001/versions/3/schema");
        assertThat(object(model, "entries/SAMR-001", DCTerms.conformsTo)).isEqualTo(schema.getURI());
        assertThat(objects(model, "entries/SAMR-001/versions/3/schema", DcatTerms.DATA_ITEM_OF)).containsExactly(
                BASE + "entries/SAMR-001/versions/3/schema/items/001", BASE + "entries/SAMR-001/versions/3/schema/items/002",
                BASE + "entries/SAMR-001/versions/3/schema/items/003", BASE + "entries/SAMR-001/versions/3/schema/items/004");
        assertThat(model.getResource(BASE + "entries/SAMR-001/versions/3/schema/items/001").getProperty(DcatTerms.NAME)
                .getString()).isEqualTo(BeijingCatalog.USCC);
        assertThat(object(model, "entries/SAMR-001", DcatTerms.PREVIOUS_VERSION))
                .isEqualTo(BASE + "entries/SAMR-001/versions/2");
        assertThat(model.getResource(BASE + "entries/SAMR-001").getProperty(DcatTerms.VERSION).getString()).isEqualTo("3");
        assertThat(object(model, "entries/SAMR-001", DcatTerms.WAS_GENERATED_BY)).isEqualTo("urn:tracechain:tx:tx-SAMR-001-v3");
    }

    @Test
    void a_department_export_holds_only_its_published_entries_and_names_it_publisher() {
        final Model model = EXPORTER.model(BeijingCatalog.snapshot(BeijingCatalog.entries().stream()
                .filter(e -> e.departmentCode().equals(BeijingCatalog.MARKET)).toList(), BeijingCatalog.MARKET));

        assertThat(object(model, "departments/BJ-SAMR/catalog", DCTerms.publisher)).isEqualTo(BASE + "departments/BJ-SAMR");
        assertThat(objects(model, "departments/BJ-SAMR/catalog", DCAT.dataset)).containsExactly(
                BASE + "entries/SAMR-001", BASE + "entries/SAMR-002", BASE + "entries/SAMR-003");
    }

    @ParameterizedTest
    @EnumSource(DcatFormat.class)
    void the_export_does_not_depend_on_input_order(final DcatFormat format) {
        final List<EntryVersion> shuffled = new ArrayList<>(BeijingCatalog.entries());
        Collections.reverse(shuffled);

        assertThat(EXPORTER.export(BeijingCatalog.snapshot(shuffled, null), format))
                .isEqualTo(EXPORTER.export(BeijingCatalog.snapshot(), format));
    }

    @Test
    void the_base_iri_must_be_absolute_and_the_format_known() {
        assertThatThrownBy(() -> DcatExporter.withBaseIri("govdir/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DcatExporter.withBaseIri("https://x/a b")).isInstanceOf(IllegalArgumentException.class);
        assertThat(EXPORTER.export(BeijingCatalog.snapshot(List.of(), null)))
                .contains("\"@id\": \"https://data.beijing.gov.cn/govdir/catalog\"");
        assertThat(DcatFormat.parse("Turtle")).isEqualTo(DcatFormat.TURTLE);
        assertThat(DcatFormat.parse("jsonld")).isEqualTo(DcatFormat.JSONLD);
        assertThatThrownBy(() -> DcatFormat.parse("rdfxml")).hasMessage("unknown format 'rdfxml', expected one of jsonld, turtle");
    }

    @Test
    void a_whole_catalog_needs_a_publisher() {
        assertThatThrownBy(() -> new CatalogSnapshot("t", null, null, null, List.of(), java.util.Map.of(), java.util.Map.of()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("publisherName");
        assertThat(new CatalogSnapshot("t", null, null, List.of(), java.util.Map.of(), java.util.Map.of()).publisherName())
                .isEqualTo(CatalogSnapshot.DEFAULT_PUBLISHER);
    }

    private static Set<String> datasets(final Model model) {
        return objects(model, "catalog", DCAT.dataset).stream().map(iri -> iri.substring((BASE + "entries/").length()))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    private static String object(final Model model, final String path, final org.apache.jena.rdf.model.Property p) {
        final List<String> values = objects(model, path, p);
        assertThat(values).as("%s %s", path, p).hasSize(1);
        return values.get(0);
    }

    private static List<String> objects(final Model model, final String path, final org.apache.jena.rdf.model.Property p) {
        return model.getResource(BASE + path).listProperties(p).toList().stream().map(Statement::getObject)
                .map(RDFNode::asResource).map(Resource::getURI).sorted().toList();
    }
}
