// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The export of the Beijing catalog, in each format, read back by Jena and validated with Jena SHACL against the
 * union of the official DCAT-AP 3.0.1 shapes ({@code dcat-ap-SHACL.ttl} + {@code ranges.ttl}): no violation, and
 * a broken export is reported, so the validation cannot pass by checking nothing.
 */
class DcatConformanceTest {

    private static final DcatExporter EXPORTER = DcatExporter.withBaseIri(BeijingCatalog.BASE);
    private static final Node CATALOG = NodeFactory.createURI(BeijingCatalog.BASE + "catalog");

    @ParameterizedTest
    @EnumSource(DcatFormat.class)
    void the_whole_catalog_conforms_to_dcat_ap_3(final DcatFormat format) throws IOException {
        final Graph graph = parse(EXPORTER.export(BeijingCatalog.snapshot(), format), format);

        final ValidationReport report = DcatApShapes.validate(graph);

        assertThat(report.conforms()).as("DCAT-AP 3.0.1 violations in the %s export:%n%s", format,
                DcatApShapes.text(report)).isTrue();
        assertThat(report.getEntries()).isEmpty();
        // What was validated: the catalog and its nine published datasets.
        assertThat(graph.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(DcatVocabulary.DCAT + "Dataset"))
                .toList()).hasSize(9);
    }

    @ParameterizedTest
    @EnumSource(DcatFormat.class)
    void a_department_catalog_conforms_to_dcat_ap_3(final DcatFormat format) throws IOException {
        final CatalogSnapshot civil = BeijingCatalog.snapshot(BeijingCatalog.entries().stream()
                .filter(e -> e.departmentCode().equals(BeijingCatalog.CIVIL)).toList(), BeijingCatalog.CIVIL);

        final ValidationReport report = DcatApShapes.validate(parse(EXPORTER.export(civil, format), format));

        assertThat(report.conforms()).as("violations in the %s export:%n%s", format, DcatApShapes.text(report)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DcatFormat.class)
    void an_export_without_the_catalog_publisher_is_reported(final DcatFormat format) throws IOException {
        final Graph graph = parse(EXPORTER.export(BeijingCatalog.snapshot(), format), format);
        final List<Triple> publisher = graph.find(CATALOG, DCTerms.publisher.asNode(), Node.ANY).toList();
        assertThat(publisher).hasSize(1);
        publisher.forEach(graph::delete);

        final ValidationReport report = DcatApShapes.validate(graph);

        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries()).extracting(ReportEntry::focusNode, e -> e.resultPath().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CATALOG, "<" + DCTerms.publisher.getURI() + ">"));
    }

    @ParameterizedTest
    @EnumSource(DcatFormat.class)
    void an_untyped_frequency_and_a_missing_description_are_reported(final DcatFormat format) throws IOException {
        final Graph graph = parse(EXPORTER.export(BeijingCatalog.snapshot(), format), format);
        final Node daily = NodeFactory.createURI(DcatVocabulary.FREQUENCY + "DAILY");
        final Node dataset = NodeFactory.createURI(BeijingCatalog.BASE + "entries/SAMR-002");
        graph.delete(Triple.create(daily, RDF.type.asNode(), DCTerms.Frequency.asNode()));
        graph.find(dataset, DCTerms.description.asNode(), Node.ANY).toList().forEach(graph::delete);

        final ValidationReport report = DcatApShapes.validate(graph);

        assertThat(report.getEntries()).extracting(ReportEntry::focusNode).containsOnly(dataset);
        assertThat(report.getEntries()).extracting(e -> e.resultPath().toString()).containsExactlyInAnyOrder(
                "<" + DCTerms.accrualPeriodicity.getURI() + ">", "<" + DCTerms.description.getURI() + ">");
    }

    /** Reads the export back with Jena's own parsers: Turtle, and JSON-LD 1.1 (Titanium). */
    static Graph parse(final String text, final DcatFormat format) {
        final Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, format == DcatFormat.TURTLE ? Lang.TURTLE : Lang.JSONLD11).parse(graph);
        return graph;
    }
}
