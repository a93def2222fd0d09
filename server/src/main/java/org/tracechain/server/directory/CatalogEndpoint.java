// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Locale;
import org.eclipse.jetty.http.QuotedQualityCSV;
import org.tracechain.client.LedgerException;
import org.tracechain.client.directory.dcat.CatalogReader;
import org.tracechain.client.directory.dcat.CatalogSnapshot;
import org.tracechain.client.directory.dcat.DcatExporter;
import org.tracechain.client.directory.dcat.DcatFormat;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.QueryParameters;

/**
 * {@code GET /catalog}: the published catalog (or one department's part, {@code ?department=}) as DCAT-AP 3.0.1,
 * Turtle or JSON-LD by content negotiation. The media type is chosen before the ledger is read, so a request
 * that accepts neither costs nothing.
 */
final class CatalogEndpoint {

    private final LedgerAccess access;
    private final CatalogSettings settings;
    private final DcatExporter exporter;

    CatalogEndpoint(final LedgerAccess access, final CatalogSettings settings) {
        this.access = access;
        this.settings = settings;
        this.exporter = settings.exporter();
    }

    void register(final JavalinDefaultRoutingApi routes) {
        routes.get("/catalog", this::catalog);
    }

    private void catalog(final Context ctx) throws LedgerException {
        final QueryParameters query = QueryParameters.of(ctx, "department");
        final String department = query.identifier("department").orElse(null);
        ctx.header("Vary", "Accept");
        final DcatFormat format = negotiate(ctx.req().getHeaders("Accept"));
        final CatalogSnapshot snapshot = CatalogReader.read(access.directory(ctx), settings.title(),
                settings.publisherName(), department);
        ctx.contentType(format.mediaType() + "; charset=utf-8");
        ctx.result(exporter.export(snapshot, format));
    }

    /**
     * The format for the {@code Accept} header(s): the acceptable media type of highest quality that is Turtle or
     * JSON-LD ({@code text/*} means Turtle, {@code application/*} and {@code *}{@code /*} JSON-LD, the export's
     * default); no header at all accepts anything, hence JSON-LD.
     */
    static DcatFormat negotiate(final java.util.Enumeration<String> headers) {
        if (headers == null || !headers.hasMoreElements()) {
            return DcatFormat.JSONLD;
        }
        final QuotedQualityCSV accepted = new QuotedQualityCSV();
        while (headers.hasMoreElements()) {
            accepted.addValue(headers.nextElement());
        }
        // Values come sorted by quality, highest first, with q=0 removed; parameters other than q are kept.
        for (final String value : accepted.getValues()) {
            final int semicolon = value.indexOf(';');
            final String type = (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
            switch (type) {
                case "text/turtle", "text/*" -> {
                    return DcatFormat.TURTLE;
                }
                case "application/ld+json", "application/*", "*/*" -> {
                    return DcatFormat.JSONLD;
                }
                default -> {
                    // not one of ours; try the next
                }
            }
        }
        throw DirectoryProblems.notAcceptable();
    }
}
