// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * The FSMA 204 "electronic sortable spreadsheet" (21 CFR 1.1455(c)(3)(ii)): one CSV row per critical tracking
 * event (harvesting, cooling, initial packing, first land-based receiving, shipping, receiving, transformation)
 * with the key data elements 21 CFR 1.1325-1.1350 list for it ({@link FsmaColumn}). Locations are described by
 * the registered sites, parties by their registered identifiers, dates are ISO 8601 with the location's UTC
 * offset. Pure and deterministic: rows sorted by event time, lot code and event; RFC 4180 quoting; CRLF line
 * ends; UTF-8 without BOM.
 *
 * <pre>{@code
 * String csv = FsmaCsvExport.toCsv(food.traceBack("GZ-R2"));
 * }</pre>
 */
public final class FsmaCsvExport {

    /** The header row's column names. */
    public static final List<String> COLUMNS = Arrays.stream(FsmaColumn.values()).map(FsmaColumn::header).toList();

    private static final String CRLF = "\r\n";

    private FsmaCsvExport() {}

    /** The critical tracking events of a trace. */
    public static String toCsv(final TraceResult trace) {
        Objects.requireNonNull(trace, "trace must not be null");
        return toCsv(trace.lots(), trace.events(), trace.documents(), MasterData.of(trace));
    }

    /**
     * The critical tracking events among {@code events} (e.g. of every lot registered in a date range).
     *
     * @param lots the lots the events refer to (product description, GTIN, origin, TLC source)
     * @param events the events (duplicates by id are exported once)
     * @param documents recorded documents (reference document types)
     * @param master the sites and parties the events name
     * @return the CSV text, header first
     */
    public static String toCsv(final Collection<Lot> lots, final Collection<TrackingEvent> events,
            final Collection<DocumentRecord> documents, final MasterData master) {
        final StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS);
        new FsmaRows(lots, events, documents, master).rows().forEach(row -> line(csv, row.line()));
        return csv.toString();
    }

    private static void line(final StringBuilder csv, final List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells.get(i)));
        }
        csv.append(CRLF);
    }

    /** RFC 4180: quote cells with commas, quotes or line breaks; also cells a spreadsheet would run as a formula. */
    static String quote(final String cell) {
        String value = cell;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
