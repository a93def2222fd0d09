// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.ReferenceDocument;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TransformKind;

/**
 * Builds one row per critical tracking event with the key data elements its section of 21 CFR Part 1 Subpart S
 * requires: harvesting and first land-based receiving from lot registrations (by origin event), cooling, initial
 * packing and transformation (one row per new traceability lot), shipping and receiving. Data the rule asks for
 * that lives in other events (where a shipment went, where a received lot came from, the harvest and cooling of
 * a packed commodity) is looked up among the exported events.
 */
final class FsmaRows {

    /** A row: its cells by column, and what it sorts by. */
    record Row(Map<FsmaColumn, String> cells, java.time.Instant when, String lotCode, int cteOrder, String eventId) {

        List<String> line() {
            final List<String> out = new ArrayList<>();
            for (final FsmaColumn column : FsmaColumn.values()) {
                out.add(cells.getOrDefault(column, ""));
            }
            return out;
        }
    }

    private final Map<String, Lot> lots;
    private final Map<String, DocumentRecord> documents;
    private final List<TrackingEvent> events;
    private final FsmaDescriptions describe;

    FsmaRows(final Collection<Lot> lots, final Collection<TrackingEvent> events,
            final Collection<DocumentRecord> documents, final MasterData master) {
        this.lots = lots.stream().collect(Collectors.toMap(Lot::lotId, Function.identity(), (a, b) -> a));
        this.documents = documents.stream().collect(Collectors.toMap(DocumentRecord::hash, Function.identity(),
                (a, b) -> a));
        final Map<String, TrackingEvent> distinct = new LinkedHashMap<>();
        events.forEach(e -> distinct.putIfAbsent(e.eventId(), e));
        this.events = distinct.values().stream().sorted(Comparator.comparing((TrackingEvent e) -> e.body().eventTime())
                .thenComparing(TrackingEvent::eventId)).toList();
        this.describe = new FsmaDescriptions(master);
    }

    List<Row> rows() {
        final List<Row> rows = new ArrayList<>();
        for (final TrackingEvent event : events) {
            final EventBody body = event.body();
            switch (body.kind()) {
                case REGISTER -> registration(event).ifPresent(rows::add);
                case COOL -> rows.add(cooling(event));
                case SHIP -> rows.add(shipping(event));
                case RECEIVE -> rows.add(receiving(event));
                case TRANSFORM -> body.transformation().outputs().forEach(output -> rows.add(transformation(event,
                        output)));
                default -> {
                    // not a critical tracking event
                }
            }
        }
        rows.sort(Comparator.comparing(Row::when).thenComparing(Row::lotCode).thenComparingInt(Row::cteOrder)
                .thenComparing(Row::eventId));
        return rows;
    }

    // ---- the seven critical tracking events ----

    /** A registered lot: harvesting (1.1325(a)) or first land-based receiving (1.1335); other origins are no CTE. */
    private Optional<Row> registration(final TrackingEvent event) {
        final String lotId = event.body().lotIds().get(0);
        final Lot lot = lots.get(lotId);
        final LotOrigin origin = lot == null ? null : lot.origin();
        final OriginEvent kind = origin == null || origin.event() == null ? OriginEvent.HARVESTING : origin.event();
        if (kind == OriginEvent.OTHER || (lot != null && !lot.parentLotIds().isEmpty())) {
            return Optional.empty();
        }
        final String site = event.body().site();
        if (kind == OriginEvent.FIRST_LAND_BASED_RECEIVING) {
            final Map<FsmaColumn, String> cells = common(event, "First Land-Based Receiving", lotId,
                    event.body().quantity(), event.body().unit(), site);
            cells.put(FsmaColumn.TLC_SOURCE, describe.location(site));
            cells.put(FsmaColumn.TLC_SOURCE_REFERENCE, describe.tlcSourceReference(site));
            cells.put(FsmaColumn.HARVEST_DATE_RANGE, origin.harvestedFrom() + "/" + origin.harvestedTo());
            cells.put(FsmaColumn.CATCH_AREAS, String.join("; ", origin.catchAreas() == null ? List.of()
                    : origin.catchAreas()));
            return Optional.of(row(cells, event, lotId, 3));
        }
        final Map<FsmaColumn, String> cells = common(event, "Harvesting", lotId, event.body().quantity(),
                event.body().unit(), site);
        cells.put(FsmaColumn.IMMEDIATE_SUBSEQUENT_RECIPIENT, nextRecipient(lotId, event));
        harvestData(cells, lot);
        return Optional.of(row(cells, event, lotId, 0));
    }

    /** 1.1325(b): cooling before initial packing. */
    private Row cooling(final TrackingEvent event) {
        final String lotId = event.body().lotIds().get(0);
        final Map<FsmaColumn, String> cells = common(event, "Cooling", lotId, event.body().quantity(),
                event.body().unit(), event.body().site());
        cells.put(FsmaColumn.IMMEDIATE_SUBSEQUENT_RECIPIENT, nextRecipient(lotId, event));
        cells.put(FsmaColumn.COOLING_DATE, describe.dateTime(event.body().eventTime(), event.body().site()));
        cells.put(FsmaColumn.COOLING_LOCATION, describe.location(event.body().site()));
        final Lot lot = lots.get(lotId);
        if (lot != null && lot.origin() != null) {
            cells.put(FsmaColumn.HARVEST_LOCATION, describe.location(lot.origin().site()));
        }
        return row(cells, event, lotId, 1);
    }

    /** 1.1340: shipping. */
    private Row shipping(final TrackingEvent event) {
        final EventBody body = event.body();
        final String lotId = body.lotIds().get(0);
        final Map<FsmaColumn, String> cells = common(event, "Shipping", lotId, body.quantity(), body.unit(),
                body.site());
        cells.put(FsmaColumn.IMMEDIATE_SUBSEQUENT_RECIPIENT, describe.partyAt(body.shipment().toMspId(),
                body.shipment().toSiteId()));
        tlcSource(cells, lotId);
        return row(cells, event, lotId, 4);
    }

    /** 1.1345: receiving. */
    private Row receiving(final TrackingEvent event) {
        final EventBody body = event.body();
        final String lotId = body.lotIds().get(0);
        final Map<FsmaColumn, String> cells = common(event, "Receiving", lotId, body.quantity(), body.unit(),
                body.site());
        final String shippedFrom = latestBefore(EventKind.SHIP, lotId, event).map(s -> s.body().site()).orElse(null);
        cells.put(FsmaColumn.IMMEDIATE_PREVIOUS_SOURCE, describe.partyAt(body.shipment().fromMspId(), shippedFrom));
        tlcSource(cells, lotId);
        return row(cells, event, lotId, 5);
    }

    /** 1.1330 (initial packing of harvested lots) or 1.1350 (transformation): one row per new lot. */
    private Row transformation(final TrackingEvent event, final LotQuantity output) {
        final EventBody body = event.body();
        final boolean initialPacking = body.transformation().kind() == TransformKind.INITIAL_PACK;
        final Map<FsmaColumn, String> cells = common(event, initialPacking ? "Initial Packing" : "Transformation",
                output.lotId(), output.quantity(), output.unit(), body.site());
        tlcSource(cells, output.lotId());
        final List<String> inputs = new ArrayList<>();
        for (final LotQuantity input : body.transformation().inputs()) {
            final Lot lot = lots.get(input.lotId());
            inputs.add(input.lotId() + ": " + input.quantity().toPlainString() + " " + input.unit()
                    + (lot == null ? "" : ", " + lot.productName()));
        }
        cells.put(FsmaColumn.INPUT_TLCS, String.join("; ", inputs));
        if (initialPacking) {
            packedCommodityData(cells, event);
        }
        return row(cells, event, output.lotId(), initialPacking ? 2 : 6);
    }

    // ---- key data elements from other events ----

    /** 1.1330(a)(1)-(10): what the packer knows of each commodity it packed, prefixed by its lot when several. */
    private void packedCommodityData(final Map<FsmaColumn, String> cells, final TrackingEvent packing) {
        final List<LotQuantity> inputs = packing.body().transformation().inputs();
        final Map<FsmaColumn, List<String>> values = new EnumMap<>(FsmaColumn.class);
        for (final LotQuantity input : inputs) {
            final Lot lot = lots.get(input.lotId());
            final String prefix = inputs.size() > 1 ? input.lotId() + ": " : "";
            final Map<FsmaColumn, String> harvest = new EnumMap<>(FsmaColumn.class);
            harvestData(harvest, lot);
            registrationOf(input.lotId()).ifPresent(r -> harvest.put(FsmaColumn.HARVESTER,
                    describe.nameAndPhone(r.body().actorMspId())));
            latestBefore(EventKind.COOL, input.lotId(), packing).ifPresent(cool -> {
                harvest.put(FsmaColumn.COOLING_DATE, describe.dateTime(cool.body().eventTime(), cool.body().site()));
                harvest.put(FsmaColumn.COOLING_LOCATION, describe.location(cool.body().site()));
            });
            latestBefore(EventKind.RECEIVE, input.lotId(), packing).ifPresent(receive -> harvest.put(
                    FsmaColumn.DATE_RECEIVED, describe.dateTime(receive.body().eventTime(), receive.body().site())));
            harvest.forEach((column, value) -> {
                if (!value.isEmpty()) {
                    values.computeIfAbsent(column, c -> new ArrayList<>()).add(prefix + value);
                }
            });
        }
        values.forEach((column, list) -> cells.put(column, String.join("; ", list)));
    }

    private void harvestData(final Map<FsmaColumn, String> cells, final Lot lot) {
        if (lot == null || lot.origin() == null) {
            return;
        }
        final LotOrigin origin = lot.origin();
        cells.put(FsmaColumn.HARVEST_DATE, origin.producedOn() == null ? "" : origin.producedOn().toString());
        cells.put(FsmaColumn.HARVEST_LOCATION, describe.location(origin.site()));
        cells.put(FsmaColumn.FIELD_OR_GROWING_AREA, origin.fieldName() == null ? "" : origin.fieldName());
    }

    /** Where a lot's traceability lot code was assigned: the site of its registration or transformation. */
    private void tlcSource(final Map<FsmaColumn, String> cells, final String lotId) {
        final Lot lot = lots.get(lotId);
        final String site = lot == null || lot.origin() == null ? null : lot.origin().site();
        cells.put(FsmaColumn.TLC_SOURCE, site == null ? "" : describe.location(site));
        cells.put(FsmaColumn.TLC_SOURCE_REFERENCE, site == null ? "" : describe.tlcSourceReference(site));
    }

    /** The recipient of the lot's first shipment after {@code event}, if it was exported. */
    private String nextRecipient(final String lotId, final TrackingEvent event) {
        return events.stream().filter(e -> e.body().kind() == EventKind.SHIP && e.body().lotIds().contains(lotId)
                && !e.body().eventTime().isBefore(event.body().eventTime())).findFirst()
                .map(ship -> describe.partyAt(ship.body().shipment().toMspId(), ship.body().shipment().toSiteId()))
                .orElse("");
    }

    private Optional<TrackingEvent> latestBefore(final EventKind kind, final String lotId, final TrackingEvent event) {
        return events.stream().filter(e -> e.body().kind() == kind && e.body().lotIds().contains(lotId)
                && !e.body().eventTime().isAfter(event.body().eventTime()) && e != event)
                .reduce((first, second) -> second);
    }

    private Optional<TrackingEvent> registrationOf(final String lotId) {
        return events.stream().filter(e -> e.body().kind() == EventKind.REGISTER && e.body().lotIds().contains(lotId))
                .findFirst();
    }

    // ---- cells every row has ----

    private Map<FsmaColumn, String> common(final TrackingEvent event, final String cte, final String lotId,
            final BigDecimal quantity, final String unit, final String site) {
        final Map<FsmaColumn, String> cells = new EnumMap<>(FsmaColumn.class);
        final Lot lot = lots.get(lotId);
        cells.put(FsmaColumn.CRITICAL_TRACKING_EVENT, cte);
        cells.put(FsmaColumn.TRACEABILITY_LOT_CODE, lotId);
        cells.put(FsmaColumn.PRODUCT_DESCRIPTION, lot == null ? "" : productDescription(lot));
        cells.put(FsmaColumn.GTIN, lot == null || lot.gtin() == null ? "" : lot.gtin());
        cells.put(FsmaColumn.QUANTITY, quantity == null ? "" : quantity.toPlainString());
        cells.put(FsmaColumn.UNIT_OF_MEASURE, unit != null ? unit : lot == null ? "" : lot.unit());
        cells.put(FsmaColumn.EVENT_DATE, describe.dateTime(event.body().eventTime(), site));
        cells.put(FsmaColumn.LOCATION_DESCRIPTION, describe.location(site));
        cells.put(FsmaColumn.LOCATION_IDENTIFIER, describe.locationIdentifier(site));
        references(cells, event.body());
        cells.put(FsmaColumn.LEDGER_EVENT_ID, event.eventId());
        cells.put(FsmaColumn.LEDGER_TRANSACTION_ID, event.txId() == null ? "" : event.txId());
        return cells;
    }

    private static String productDescription(final Lot lot) {
        return lot.category() == null ? lot.productName() : lot.productName() + " (" + lot.category() + ")";
    }

    /**
     * Reference documents by type and number; without any, the recorded documents the event cites (their type and
     * SHA-256 on the ledger). An event without either has none, and the cells stay empty.
     */
    private void references(final Map<FsmaColumn, String> cells, final EventBody body) {
        final List<String> types = new ArrayList<>();
        final List<String> numbers = new ArrayList<>();
        if (body.references() != null) {
            for (final ReferenceDocument reference : body.references()) {
                types.add(FsmaDescriptions.referenceType(reference.type()));
                numbers.add(reference.number());
            }
        }
        for (final String hash : body.documentHashes()) {
            final DocumentRecord document = documents.get(hash);
            types.add(document == null ? "recorded document" : document.type());
            numbers.add("sha256:" + hash);
        }
        cells.put(FsmaColumn.REFERENCE_DOCUMENT_TYPE, String.join("; ", types));
        cells.put(FsmaColumn.REFERENCE_DOCUMENT_NUMBER, String.join("; ", numbers));
    }

    private static Row row(final Map<FsmaColumn, String> cells, final TrackingEvent event, final String lotCode,
            final int cteOrder) {
        return new Row(cells, event.body().eventTime(), lotCode, cteOrder, event.eventId());
    }
}
