// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * Exports the published catalog as DCAT-AP 3.0.1: one {@code dcat:Catalog} with a {@code dcat:Dataset} per
 * published entry, as JSON-LD or Turtle. The export conforms to the official DCAT-AP 3.0.1 SHACL shapes (both
 * {@code dcat-ap-SHACL.ttl} and {@code ranges.ttl}). Every node has a stable IRI (no blank nodes) and the text is
 * canonical (subjects, properties and values sorted, {@code \n} line ends), so the same ledger state always
 * exports to the same bytes.
 *
 * <pre>{@code
 * DcatExporter exporter = DcatExporter.withBaseIri("https://data.example.gov.cn/govdir/");
 * CatalogSnapshot snapshot = CatalogReader.read(directory, "北京市政务数据目录", null);
 * String jsonLd = exporter.export(snapshot);                       // JSON-LD
 * String turtle = exporter.export(snapshot, DcatFormat.TURTLE);    // the same graph as Turtle
 * Model model = exporter.model(snapshot);                          // or as a Jena model, to query or merge
 * }</pre>
 *
 * <p>Mapping (the README's DCAT-AP section has the table): code → {@code dct:identifier}; title, description →
 * {@code dct:title}, {@code dct:description} (generated from title and data items when the entry has none); owner
 * department → {@code dct:publisher} ({@code foaf:Agent}); the whole catalog's publisher →
 * {@code dct:publisher} of the catalog; theme codes → {@code dcat:theme} concepts of the project's national theme
 * scheme and the EU data themes they fall under (other codes: a local scheme); sharing type →
 * {@code dct:accessRights} (EU access-right PUBLIC / RESTRICTED / NON_PUBLIC, {@code dct:RightsStatement}); update
 * cycle → {@code dct:accrualPeriodicity} (EU frequency, {@code dct:Frequency}); sharing method → one
 * {@code dcat:Distribution} whose access URL is the entry's request page (data is obtained by a sharing request,
 * not downloaded); the duties' legal bases and the entry's own → {@code dcatap:applicableLegislation}
 * ({@code eli:LegalResource}, an IRI per legal text); data items → a {@code dct:Standard} schema in
 * {@code dct:conformsTo} listing {@code tracechain:DataItem}s; version → {@code dcat:version},
 * {@code adms:versionNotes}, {@code dcat:previousVersion}; the ledger transaction → {@code prov:wasGeneratedBy}.
 *
 * <p>Jena is loaded by the first export, not before: the command line uses this class only in
 * {@code dir export-dcat}.
 */
public final class DcatExporter {

    private final String base;

    private DcatExporter(final String base) {
        this.base = base;
    }

    /**
     * An exporter minting IRIs under {@code baseIri} ({@code <base>entries/<code>}, {@code <base>departments/<code>},
     * ...).
     *
     * @param baseIri absolute IRI; a trailing slash is added if missing
     * @return the exporter
     */
    public static DcatExporter withBaseIri(final String baseIri) {
        Objects.requireNonNull(baseIri, "baseIri must not be null");
        if (!baseIri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$")) {
            throw new IllegalArgumentException("base IRI must be absolute, got '" + baseIri + "'");
        }
        return new DcatExporter(baseIri.endsWith("/") ? baseIri : baseIri + "/");
    }

    /**
     * The JSON-LD document.
     *
     * @param snapshot what to export; entries that are not PUBLISHED are left out
     * @return canonical JSON-LD text ending with a newline
     */
    public String export(final CatalogSnapshot snapshot) {
        return export(snapshot, DcatFormat.JSONLD);
    }

    /**
     * The export in a format.
     *
     * @param snapshot what to export; entries that are not PUBLISHED are left out
     * @param format JSON-LD or Turtle
     * @return canonical text ending with a newline
     */
    public String export(final CatalogSnapshot snapshot, final DcatFormat format) {
        Objects.requireNonNull(format, "format must not be null");
        return SortedRdfWriter.write(new SortedGraph(model(snapshot).getGraph()), format);
    }

    /**
     * The export as a new Jena model with the export's prefixes.
     *
     * @param snapshot what to export; entries that are not PUBLISHED are left out
     * @return the catalog graph
     */
    public Model model(final CatalogSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        return CatalogGraph.build(base, snapshot);
    }
}
