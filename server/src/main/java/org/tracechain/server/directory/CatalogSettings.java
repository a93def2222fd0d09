// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import java.util.Objects;
import org.tracechain.client.directory.dcat.CatalogSnapshot;
import org.tracechain.client.directory.dcat.DcatExporter;

/**
 * How {@code GET /catalog} describes the catalog: where its IRIs live, its title, and who publishes the whole
 * catalog (a department's part is published by the department). The base IRI is configuration, never taken from
 * the request's {@code Host} header, so the same ledger state exports to the same bytes whoever asks.
 *
 * <pre>{@code
 * CatalogSettings settings = new CatalogSettings("https://data.beijing.gov.cn/govdir/", "北京市政务数据资源目录",
 *         "北京市经济和信息化局");
 * }</pre>
 *
 * @param baseIri absolute IRI under which the export mints its IRIs
 * @param title the catalog's {@code dct:title}
 * @param publisherName the whole catalog's {@code dct:publisher}
 */
public record CatalogSettings(String baseIri, String title, String publisherName) {

    /** The command line's defaults ({@code dir export-dcat}). */
    public static final CatalogSettings DEFAULTS = new CatalogSettings("https://tracechain.org/govdir/",
            "政务数据资源目录", CatalogSnapshot.DEFAULT_PUBLISHER);

    /** Checks the values; a base IRI the exporter would refuse is refused here, at start-up. */
    public CatalogSettings {
        Objects.requireNonNull(baseIri, "baseIri must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(publisherName, "publisherName must not be null");
        DcatExporter.withBaseIri(baseIri);
    }

    DcatExporter exporter() {
        return DcatExporter.withBaseIri(baseIri);
    }
}
