// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracechain.client.food.epcis.EpcisUris;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Inspection;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.ReferenceDocument;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TrackingEvent;

/**
 * One ledger event as one EPCIS 2.0 event, following the mapping table in the README ("EPCIS mapping"): event
 * type and action by kind, CBV business step and disposition as recorded, the site as read point and, where the
 * objects stay there, as business location, parties and ship-to/ship-from sites as source and destination.
 */
final class EpcisEventWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, Lot> lots;
    private final Map<String, DocumentRecord> documents;
    private final MasterData master;
    private final Map<String, TrackingEvent> events;
    private final List<TrackingEvent> shipments;

    EpcisEventWriter(final Map<String, Lot> lots, final Map<String, DocumentRecord> documents, final MasterData master,
            final Map<String, TrackingEvent> events) {
        this.lots = lots;
        this.documents = documents;
        this.master = master;
        this.events = events;
        this.shipments = events.values().stream().filter(e -> e.body().kind() == EventKind.SHIP)
                .sorted(Comparator.comparing(e -> e.body().eventTime())).toList();
    }

    /** The EPCIS eventID of a ledger event: the one it was imported with, else the UUID of its ledger id. */
    static String eventId(final TrackingEvent event) {
        return event.body().epcisEventId() != null ? event.body().epcisEventId() : EpcisUris.eventId(event.eventId());
    }

    ObjectNode event(final TrackingEvent event) {
        final EventBody body = event.body();
        final ObjectNode node = NODES.objectNode();
        node.put("type", switch (body.kind()) {
            case TRANSFORM -> "TransformationEvent";
            case AGGREGATE, DISAGGREGATE -> "AggregationEvent";
            default -> "ObjectEvent";
        });
        final ZoneOffset offset = offset(body.site());
        node.put("eventTime", OffsetDateTime.ofInstant(body.eventTime(), offset)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        node.put("eventTimeZoneOffset", offset.getId().equals("Z") ? "+00:00" : offset.getId());
        if (event.recordTime() != null) {
            node.put("recordTime", event.recordTime().toString());
        }
        node.put("eventID", eventId(event));
        switch (body.kind()) {
            case TRANSFORM -> transformation(node, event);
            case AGGREGATE, DISAGGREGATE -> aggregation(node, body);
            default -> object(node, body);
        }
        if (body.bizStep() != null) {
            node.put("bizStep", body.bizStep());
        }
        if (body.disposition() != null) {
            node.put("disposition", body.disposition());
        }
        if (body.site() != null) {
            node.putObject("readPoint").put("id", siteUri(body.site()));
            if (objectsStay(body.kind())) {
                node.putObject("bizLocation").put("id", siteUri(body.site()));
            }
        }
        businessTransactions(node, body);
        if (body.shipment() != null) {
            sourcesAndDestinations(node, event);
        }
        if (body.sensor() != null) {
            node.set("sensorElementList", body.kind() == EventKind.ALERT ? EpcisSensors.excursion(body.sensor())
                    : EpcisSensors.readings(body.sensor()));
        }
        if (body.inspection() != null) {
            inspection(node, body.inspection());
        }
        if (body.kind() == EventKind.REGISTER) {
            registrationIlmd(node, body);
        }
        extensions(node, event);
        return node;
    }

    /** Events after which the objects are at the site: they get the site as business location too. */
    private static boolean objectsStay(final EventKind kind) {
        return switch (kind) {
            case REGISTER, RECEIVE, TRANSFORM, AGGREGATE, DISAGGREGATE, COOL -> true;
            default -> false;
        };
    }

    private ZoneOffset offset(final String siteId) {
        return master.site(siteId).map(s -> ZoneOffset.of(s.utcOffset())).orElse(ZoneOffset.UTC);
    }

    String siteUri(final String siteId) {
        return master.site(siteId).map(EpcisUris::site).orElseGet(() -> EpcisUris.unregisteredSite(siteId));
    }

    String partyUri(final String mspId) {
        return master.party(mspId).map(EpcisUris::party).orElseGet(() -> EpcisUris.unregisteredOrganisation(mspId));
    }

    private void object(final ObjectNode node, final EventBody body) {
        node.put("action", body.kind() == EventKind.REGISTER ? "ADD" : "OBSERVE");
        final ArrayNode quantities = node.putArray("quantityList");
        for (final String lotId : body.lotIds()) {
            quantity(node, quantities, lotId, body.lotIds().size() == 1 ? body.quantity() : null, body.unit());
        }
    }

    private void transformation(final ObjectNode node, final TrackingEvent event) {
        final var transformation = event.body().transformation();
        final ArrayNode inputs = node.putArray("inputQuantityList");
        transformation.inputs().forEach(q -> quantity(node, inputs, q.lotId(), q.quantity(), q.unit()));
        final ArrayNode outputs = node.putArray("outputQuantityList");
        transformation.outputs().forEach(q -> quantity(node, outputs, q.lotId(), q.quantity(), q.unit()));
        final ArrayNode products = node.putObject("ilmd").putArray("tracechain:outputs");
        for (final LotQuantity output : transformation.outputs()) {
            final Lot lot = lots.get(output.lotId());
            final ObjectNode product = products.addObject().put("epcClass", epcClass(output.lotId()));
            if (lot != null) {
                product.put("productCode", lot.productCode()).put("productName", lot.productName());
                if (lot.category() != null) {
                    product.put("category", lot.category());
                }
            }
        }
    }

    private void aggregation(final ObjectNode node, final EventBody body) {
        node.put("action", body.kind() == EventKind.AGGREGATE ? "ADD" : "DELETE");
        node.put("parentID", EpcisUris.container(body.containerId()));
        final ArrayNode children = node.putArray("childQuantityList");
        body.lotIds().forEach(lotId -> children.addObject().put("epcClass", epcClass(lotId)));
    }

    /**
     * A quantity element: the lot's class with the amount and its Rec 20 unit code. A unit without a code cannot
     * go into the element (EPCIS allows codes only, and an amount without a unit would read as a count), so the
     * amount and unit are listed in {@code tracechain:quantityList} instead.
     */
    private void quantity(final ObjectNode event, final ArrayNode list, final String lotId, final BigDecimal amount,
            final String unit) {
        final ObjectNode element = list.addObject().put("epcClass", epcClass(lotId));
        if (amount == null) {
            return;
        }
        final Lot lot = lots.get(lotId);
        final String effectiveUnit = unit != null ? unit : lot == null ? null : lot.unit();
        final Optional<String> code = EpcisVocabulary.unitCode(effectiveUnit);
        if (code.isPresent()) {
            element.put("quantity", amount).put("uom", code.get());
            return;
        }
        final ArrayNode uncoded = event.has("tracechain:quantityList") ? (ArrayNode) event.get("tracechain:quantityList")
                : event.putArray("tracechain:quantityList");
        final ObjectNode entry = uncoded.addObject().put("epcClass", epcClass(lotId)).put("quantity", amount);
        if (effectiveUnit != null) {
            entry.put("unit", effectiveUnit);
        }
    }

    String epcClass(final String lotId) {
        final Lot lot = lots.get(lotId);
        return lot != null && lot.digitalLink() != null ? lot.digitalLink()
                : "urn:tracechain:lot:" + org.tracechain.model.identifier.Gs1DigitalLink.percentEncode(lotId);
    }

    private void businessTransactions(final ObjectNode node, final EventBody body) {
        if (body.references() == null && body.documentHashes().isEmpty()) {
            return;
        }
        final ArrayNode list = node.putArray("bizTransactionList");
        final String recorderPgln = master.party(body.actorMspId()).map(PartyRecord::pgln).orElse(null);
        if (body.references() != null) {
            for (final ReferenceDocument reference : body.references()) {
                list.addObject().put("type", reference.type()).put("bizTransaction",
                        EpcisVocabulary.businessTransaction(reference.type(), reference.number(), recorderPgln));
            }
        }
        for (final String hash : body.documentHashes()) {
            final DocumentRecord document = documents.get(hash);
            final ObjectNode entry = list.addObject();
            if (document != null) {
                EpcisVocabulary.documentType(document.type()).ifPresent(type -> entry.put("type", type));
            }
            entry.put("bizTransaction", documentUri(hash));
        }
    }

    private String documentUri(final String hash) {
        final DocumentRecord document = documents.get(hash);
        return document != null && document.uri() != null ? document.uri() : "urn:tracechain:document:" + hash;
    }

    /** Owning parties always; the ship-from and ship-to locations where the ledger knows them. */
    private void sourcesAndDestinations(final ObjectNode node, final TrackingEvent event) {
        final EventBody body = event.body();
        final var shipment = body.shipment();
        final ArrayNode sources = node.putArray("sourceList");
        sources.addObject().put("type", "owning_party").put("source", partyUri(shipment.fromMspId()));
        final ArrayNode destinations = node.putArray("destinationList");
        destinations.addObject().put("type", "owning_party").put("destination", partyUri(shipment.toMspId()));
        if (body.kind() == EventKind.SHIP) {
            sources.addObject().put("type", "location").put("source", siteUri(body.site()));
            if (shipment.toSiteId() != null) {
                destinations.addObject().put("type", "location").put("destination", siteUri(shipment.toSiteId()));
            }
        } else {
            shipmentBefore(event).ifPresent(ship -> sources.addObject().put("type", "location")
                    .put("source", siteUri(ship.body().site())));
            destinations.addObject().put("type", "location").put("destination", siteUri(body.site()));
        }
    }

    /** The latest SHIP of the same lot before a RECEIVE: where the lot came from. */
    Optional<TrackingEvent> shipmentBefore(final TrackingEvent receive) {
        final String lotId = receive.body().lotIds().get(0);
        return shipments.stream().filter(s -> s.body().lotIds().contains(lotId)
                && !s.body().eventTime().isAfter(receive.body().eventTime()) && s.body().site() != null)
                .reduce((first, second) -> second);
    }

    private void inspection(final ObjectNode node, final Inspection inspection) {
        if (inspection.certificateHash() != null) {
            node.put("certificationInfo", documentUri(inspection.certificateHash()));
        }
        final ObjectNode result = node.putObject("tracechain:inspection");
        result.put("analyte", inspection.analyte()).put("result", inspection.result());
        if (inspection.limit() != null) {
            result.put("limit", inspection.limit());
        }
        result.put("unit", inspection.unit()).put("passed", inspection.passed());
        if (inspection.method() != null) {
            result.put("method", inspection.method());
        }
        if (inspection.laboratory() != null) {
            result.put("laboratory", inspection.laboratory());
        }
    }

    private void registrationIlmd(final ObjectNode node, final EventBody body) {
        final Lot lot = body.lotIds().isEmpty() ? null : lots.get(body.lotIds().get(0));
        if (lot == null) {
            return;
        }
        final ObjectNode ilmd = node.putObject("ilmd");
        ilmd.put("tracechain:productCode", lot.productCode());
        ilmd.put("tracechain:productName", lot.productName());
        if (lot.category() != null) {
            ilmd.put("tracechain:category", lot.category());
        }
        final LotOrigin origin = lot.origin();
        if (origin == null) {
            return;
        }
        putIfPresent(ilmd, "tracechain:originEvent", origin.event() == null ? null : origin.event().name());
        putIfPresent(ilmd, "tracechain:producer", origin.producer());
        putIfPresent(ilmd, "tracechain:regionCode", origin.regionCode());
        putIfPresent(ilmd, "tracechain:producedOn", origin.producedOn() == null ? null : origin.producedOn().toString());
        putIfPresent(ilmd, "tracechain:fieldName", origin.fieldName());
        putIfPresent(ilmd, "tracechain:harvestedFrom",
                origin.harvestedFrom() == null ? null : origin.harvestedFrom().toString());
        putIfPresent(ilmd, "tracechain:harvestedTo", origin.harvestedTo() == null ? null : origin.harvestedTo().toString());
        if (origin.catchAreas() != null) {
            final ArrayNode areas = ilmd.putArray("tracechain:catchAreas");
            origin.catchAreas().forEach(areas::add);
        }
    }

    private void extensions(final ObjectNode node, final TrackingEvent event) {
        final EventBody body = event.body();
        node.put("tracechain:kind", body.kind().name());
        node.put("tracechain:ledgerEventID", event.eventId());
        if (event.txId() != null) {
            node.put("tracechain:txId", event.txId());
        }
        node.put("tracechain:actor", partyUri(body.actorMspId()));
        if (body.transformation() != null) {
            node.put("tracechain:transformKind", body.transformation().kind().name());
        }
        putIfPresent(node, "tracechain:recallId", body.recallId());
        putIfPresent(node, "tracechain:reason", body.reason());
        if (body.relatedEventId() != null) {
            final TrackingEvent related = events.get(body.relatedEventId());
            node.put("tracechain:relatedEventID", related != null ? eventId(related)
                    : EpcisUris.eventId(body.relatedEventId()));
        }
        if (body.shipment() != null) {
            putIfPresent(node, "tracechain:termsHash", body.shipment().termsHash());
        }
        putIfPresent(node, "tracechain:note", body.note());
    }

    private static void putIfPresent(final ObjectNode node, final String field, final String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** The site record of an id, when registered (for callers formatting times). */
    Optional<SiteRecord> site(final String siteId) {
        return master.site(siteId);
    }

    /** The record time a correction is declared at. */
    static String declarationTime(final TrackingEvent correction) {
        final Instant time = correction.recordTime() != null ? correction.recordTime() : correction.body().eventTime();
        return time.toString();
    }
}
