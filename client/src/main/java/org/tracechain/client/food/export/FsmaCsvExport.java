// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * The FSMA 204 "electronic sortable spreadsheet" (21 CFR 1.1455): one CSV row per critical tracking event
 * with its key data elements. Pure and deterministic: rows sorted by date, lot code, event type and event id;
 * RFC 4180 quoting; CRLF line ends; UTF-8 (no BOM).
 *
 * <p>Critical tracking events: REGISTER → {@code harvesting} (a lot without parents; its origin is the TLC
 * source), SHIP → {@code shipping}, RECEIVE → {@code receiving}, TRANSFORM → {@code transformation} (one row
 * per output lot, with the input lot codes). Other events (inspection, sensor, sale, recall) are not CTEs and
 * are left out. The reference document is the event's first recorded document ({@code type} and hash),
 * else the ledger transaction.
 *
 * <pre>{@code
 * String csv = FsmaCsvExport.toCsv(food.traceBack("GZ-R2"));
 * }</pre>
 */
public final class FsmaCsvExport {

    /** The header row's column names. */
    public static final List<String> COLUMNS = List.of("Traceability Lot Code", "Product Description", "Quantity",
            "Unit of Measure", "Event Type", "Event Date", "Event Time (UTC)", "Location", "Immediate Previous Source",
            "Immediate Subsequent Recipient", "Input Traceability Lot Codes", "Reference Document Type",
            "Reference Document Number", "Traceability Lot Code Source", "Event ID");

    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private FsmaCsvExport() {}

    /**
     * The CTE rows of a trace.
     *
     * @param trace a TraceBack/TraceForward result
     * @return the CSV text, header first
     */
    public static String toCsv(final TraceResult trace) {
        Objects.requireNonNull(trace, "trace must not be null");
        return toCsv(trace.lots(), trace.events(), trace.documents());
    }

    /**
     * The CTE rows of events (e.g. of every lot registered in a date range).
     *
     * @param lots the lots the events refer to (product description, unit, TLC source)
     * @param events the events (duplicates by id are exported once)
     * @param documents recorded documents (reference document types)
     * @return the CSV text, header first
     */
    public static String toCsv(final Collection<Lot> lots, final Collection<TrackingEvent> events,
            final Collection<DocumentRecord> documents) {
        final StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS);
        rows(lots, events, documents).forEach(row -> line(csv, row.cells()));
        return csv.toString();
    }

    /** One CSV row. */
    record Row(String lotCode, String date, String eventType, String eventId, List<String> cells) {}

    static List<Row> rows(final Collection<Lot> lots, final Collection<TrackingEvent> events,
            final Collection<DocumentRecord> documents) {
        final Map<String, Lot> lotsById = new HashMap<>();
        lots.forEach(lot -> lotsById.put(lot.lotId(), lot));
        final Map<String, DocumentRecord> documentsByHash = new HashMap<>();
        documents.forEach(d -> documentsByHash.put(d.hash(), d));
        final Set<String> seen = new LinkedHashSet<>();
        final List<Row> rows = new ArrayList<>();
        for (final TrackingEvent event : events) {
            if (!seen.add(event.eventId())) {
                continue;
            }
            final EventBody body = event.body();
            switch (body.kind()) {
                case REGISTER -> body.lotIds().forEach(lotId -> rows.add(row(event, "harvesting", lotId,
                        body.quantity(), body.unit(), null, null, List.of(), lotsById, documentsByHash)));
                case SHIP -> body.lotIds().forEach(lotId -> rows.add(row(event, "shipping", lotId, body.quantity(),
                        body.unit(), null, body.shipment().toMspId(), List.of(), lotsById, documentsByHash)));
                case RECEIVE -> body.lotIds().forEach(lotId -> rows.add(row(event, "receiving", lotId,
                        body.quantity(), body.unit(), body.shipment().fromMspId(), null, List.of(), lotsById,
                        documentsByHash)));
                case TRANSFORM -> {
                    final List<String> inputs = body.transformation().inputs().stream().map(LotQuantity::lotId)
                            .toList();
                    for (final LotQuantity output : body.transformation().outputs()) {
                        rows.add(row(event, "transformation", output.lotId(), output.quantity(), output.unit(), null,
                                null, inputs, lotsById, documentsByHash));
                    }
                }
                default -> {
                    // not a critical tracking event
                }
            }
        }
        rows.sort(Comparator.comparing(Row::date).thenComparing(Row::lotCode).thenComparing(Row::eventType)
                .thenComparing(Row::eventId));
        return rows;
    }

    private static Row row(final TrackingEvent event, final String eventType, final String lotId,
            final BigDecimal quantity, final String unit, final String previousSource, final String recipient,
            final List<String> inputs, final Map<String, Lot> lots, final Map<String, DocumentRecord> documents) {
        final EventBody body = event.body();
        final Lot lot = lots.get(lotId);
        final String date = body.eventTime().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        final String time = TIME.format(body.eventTime().atOffset(ZoneOffset.UTC));
        final String location = body.site() != null ? body.site() : body.actorMspId();
        final String referenceType;
        final String referenceNumber;
        if (body.documentHashes().isEmpty()) {
            referenceType = "ledger transaction";
            referenceNumber = event.txId() == null ? "" : event.txId();
        } else {
            final String hash = body.documentHashes().get(0);
            final DocumentRecord document = documents.get(hash);
            referenceType = document == null ? "document" : document.type();
            referenceNumber = hash;
        }
        final String unitOfMeasure = unit != null ? unit : lot == null ? "" : lot.unit();
        final List<String> cells = List.of(lotId, lot == null ? "" : lot.productName(),
                quantity == null ? "" : quantity.toPlainString(), unitOfMeasure, eventType, date, time, location,
                previousSource == null ? "" : previousSource, recipient == null ? "" : recipient,
                String.join(" ", inputs), referenceType, referenceNumber, lotCodeSource(lot, event, eventType),
                event.eventId());
        return new Row(lotId, date + "T" + time, eventType, event.eventId(), cells);
    }

    /** Where the lot code was assigned: the farm for harvested lots, the transformation site for new lots. */
    private static String lotCodeSource(final Lot lot, final TrackingEvent event, final String eventType) {
        if (lot != null && lot.origin() != null && lot.parentLotIds().isEmpty()) {
            final LotOrigin origin = lot.origin();
            return List.of(nullToEmpty(origin.producer()), nullToEmpty(origin.site()), nullToEmpty(origin.regionCode()))
                    .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
        }
        if ("transformation".equals(eventType)) {
            return event.body().site() != null ? event.body().site() + ", " + event.body().actorMspId()
                    : event.body().actorMspId();
        }
        return lot == null ? "" : lot.registeredBy() == null ? lot.holderMspId() : lotSourceOf(lot);
    }

    private static String lotSourceOf(final Lot lot) {
        return lot.parentLotIds().isEmpty() ? lot.holderMspId() : "transformation of " + String.join(" ",
                lot.parentLotIds());
    }

    private static String nullToEmpty(final String value) {
        return value == null ? "" : value;
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
