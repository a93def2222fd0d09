// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Inspection;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.SensorData;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * Exports tracking events as a GS1 EPCIS 2.0 JSON-LD {@code EPCISDocument}. Pure and deterministic: the same
 * input gives the same bytes (fields in a fixed order, events in the input order, the document's
 * {@code creationDate} is the latest record time, never the clock).
 *
 * <p>Mapping: REGISTER → ObjectEvent ADD (with {@code ilmd} origin); INSPECT → ObjectEvent OBSERVE with
 * {@code certificationInfo}; SHIP/RECEIVE → ObjectEvent OBSERVE with owning-party source/destination; SELL,
 * RECALL, HOLD, RELEASE → ObjectEvent OBSERVE; SENSOR/ALERT → ObjectEvent OBSERVE with {@code sensorElementList}
 * (excursions flagged {@code ALARM_CONDITION}); TRANSFORM → TransformationEvent; AGGREGATE/DISAGGREGATE →
 * AggregationEvent ADD/DELETE; CORRECTION → the corrected event again, same {@code eventID}, with an
 * {@code errorDeclaration}. What is a lot's class: its GS1 Digital Link (LGTIN) in {@code quantityList.epcClass}.
 * {@code eventID} is {@code ni:///sha-256;<chaincode event id>?ver=CBV2.0}. Fields without an EPCIS home use the
 * {@code tracechain:} namespace.
 *
 * <pre>{@code
 * TraceResult trace = food.traceBack("GZ-R2");
 * Files.writeString(Path.of("trace.jsonld"), EpcisExport.toJsonLd(trace));
 * }</pre>
 */
public final class EpcisExport {

    /** The EPCIS 2.0 JSON-LD context. */
    public static final String EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/epcis-context.jsonld";
    /** Namespace of the tracechain extension fields. */
    public static final String TRACECHAIN_NAMESPACE = "https://tracechain.org/epcis/";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).nodeFactory(NODES).build();
    private static final Map<String, String> UNIT_CODES = Map.ofEntries(Map.entry("kg", "KGM"),
            Map.entry("g", "GRM"), Map.entry("t", "TNE"), Map.entry("l", "LTR"), Map.entry("ml", "MLT"),
            Map.entry("cel", "CEL"), Map.entry("mg/kg", "NA"), Map.entry("pcs", "H87"), Map.entry("ea", "H87"),
            Map.entry("box", "BX"), Map.entry("case", "CS"));
    private static final Map<String, String> MEASUREMENTS = Map.of("temperature", "gs1:Temperature",
            "humidity", "gs1:RelativeHumidity");

    private EpcisExport() {}

    /**
     * The events of a trace as an EPCIS document (lots and documents of the trace resolve classes and
     * certificate URIs).
     *
     * @param trace a TraceBack/TraceForward result
     * @return pretty-printed JSON-LD
     */
    public static String toJsonLd(final TraceResult trace) {
        Objects.requireNonNull(trace, "trace must not be null");
        return toJsonLd(trace.lots(), trace.events(), trace.documents());
    }

    /**
     * Events as an EPCIS document.
     *
     * @param lots lots the events refer to (for their Digital Link class); missing lots get a URN class
     * @param events the events, in the order to export
     * @param documents recorded documents (for certificate URIs)
     * @return pretty-printed JSON-LD
     */
    public static String toJsonLd(final Collection<Lot> lots, final List<TrackingEvent> events,
            final Collection<DocumentRecord> documents) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document(lots, events, documents));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write EPCIS JSON", e);
        }
    }

    static ObjectNode document(final Collection<Lot> lots, final List<TrackingEvent> events,
            final Collection<DocumentRecord> documents) {
        final Map<String, Lot> lotsById = new HashMap<>();
        lots.forEach(lot -> lotsById.put(lot.lotId(), lot));
        final Map<String, DocumentRecord> documentsByHash = new HashMap<>();
        documents.forEach(d -> documentsByHash.put(d.hash(), d));
        final Map<String, TrackingEvent> eventsById = new HashMap<>();
        events.forEach(e -> eventsById.put(e.eventId(), e));
        final Context context = new Context(lotsById, documentsByHash);

        final ObjectNode document = NODES.objectNode();
        final ArrayNode contexts = document.putArray("@context");
        contexts.add(EPCIS_CONTEXT);
        contexts.addObject().put("tracechain", TRACECHAIN_NAMESPACE);
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", events.stream().map(TrackingEvent::recordTime).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH).toString());
        final ArrayNode eventList = document.putObject("epcisBody").putArray("eventList");
        for (final TrackingEvent event : events) {
            if (event.body().kind() == EventKind.CORRECTION) {
                final TrackingEvent corrected = eventsById.get(event.body().relatedEventId());
                if (corrected != null) {
                    final ObjectNode declared = context.event(corrected);
                    final ObjectNode declaration = declared.putObject("errorDeclaration");
                    declaration.put("declarationTime", event.recordTime().toString());
                    declaration.put("reason", "incorrect_data");
                    declaration.put("tracechain:reasonText", event.body().reason());
                    declaration.put("tracechain:correctionEventID", eventId(event.eventId()));
                    eventList.add(declared);
                }
                continue;
            }
            eventList.add(context.event(event));
        }
        return document;
    }

    /** The EPCIS eventID of a chaincode event id (hex SHA-256 of its canonical body). */
    public static String eventId(final String chaincodeEventId) {
        return "ni:///sha-256;" + chaincodeEventId + "?ver=CBV2.0";
    }

    /** A site as a location URI: a 13-digit GLN as Digital Link, a URI as is, anything else as a URN. */
    static String locationUri(final String site) {
        if (site.matches("\\d{13}")) {
            return "https://id.gs1.org/414/" + site;
        }
        if (site.matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+")) {
            return site;
        }
        return "urn:tracechain:site:" + encode(site);
    }

    static String partyUri(final String mspId) {
        return "urn:tracechain:org:" + encode(mspId);
    }

    private static String encode(final String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The lookups one export needs. */
    private record Context(Map<String, Lot> lots, Map<String, DocumentRecord> documents) {

        ObjectNode event(final TrackingEvent event) {
            final EventBody body = event.body();
            final ObjectNode node = NODES.objectNode();
            node.put("type", switch (body.kind()) {
                case TRANSFORM -> "TransformationEvent";
                case AGGREGATE, DISAGGREGATE -> "AggregationEvent";
                default -> "ObjectEvent";
            });
            node.put("eventTime", body.eventTime().toString());
            node.put("eventTimeZoneOffset", "+00:00");
            if (event.recordTime() != null) {
                node.put("recordTime", event.recordTime().toString());
            }
            node.put("eventID", eventId(event.eventId()));
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
                node.putObject("readPoint").put("id", locationUri(body.site()));
                node.putObject("bizLocation").put("id", locationUri(body.site()));
            }
            if (!body.documentHashes().isEmpty()) {
                final ArrayNode transactions = node.putArray("bizTransactionList");
                body.documentHashes().forEach(hash -> transactions.addObject().put("bizTransaction", documentUri(hash)));
            }
            if (body.shipment() != null) {
                node.putArray("sourceList").addObject().put("type", "owning_party")
                        .put("source", partyUri(body.shipment().fromMspId()));
                node.putArray("destinationList").addObject().put("type", "owning_party")
                        .put("destination", partyUri(body.shipment().toMspId()));
            }
            if (body.sensor() != null) {
                node.set("sensorElementList", NODES.arrayNode().add(sensorElement(body.sensor(),
                        body.kind() == EventKind.ALERT)));
            }
            if (body.inspection() != null) {
                inspection(node, body.inspection());
            }
            if (body.kind() == EventKind.REGISTER) {
                ilmd(node, body);
            }
            extensions(node, event);
            return node;
        }

        private void object(final ObjectNode node, final EventBody body) {
            node.put("action", body.kind() == EventKind.REGISTER ? "ADD" : "OBSERVE");
            node.putArray("epcList");
            final ArrayNode quantities = node.putArray("quantityList");
            for (final String lotId : body.lotIds()) {
                quantity(quantities, lotId, body.lotIds().size() == 1 ? body.quantity() : null, body.unit());
            }
        }

        private void transformation(final ObjectNode node, final TrackingEvent event) {
            final ArrayNode inputs = node.putArray("inputQuantityList");
            event.body().transformation().inputs().forEach(q -> quantity(inputs, q));
            final ArrayNode outputs = node.putArray("outputQuantityList");
            event.body().transformation().outputs().forEach(q -> quantity(outputs, q));
            node.put("transformationID", "urn:tracechain:transformation:" + event.eventId());
            node.put("tracechain:transformKind", event.body().transformation().kind().name());
        }

        private void aggregation(final ObjectNode node, final EventBody body) {
            node.put("action", body.kind() == EventKind.AGGREGATE ? "ADD" : "DELETE");
            node.put("parentID", containerUri(body.containerId()));
            final ArrayNode children = node.putArray("childQuantityList");
            body.lotIds().forEach(lotId -> quantity(children, lotId, null, null));
        }

        private void quantity(final ArrayNode list, final LotQuantity quantity) {
            quantity(list, quantity.lotId(), quantity.quantity(), quantity.unit());
        }

        private void quantity(final ArrayNode list, final String lotId, final BigDecimal amount, final String unit) {
            final ObjectNode element = list.addObject().put("epcClass", epcClass(lotId));
            final Lot lot = lots.get(lotId);
            final String effectiveUnit = unit != null ? unit : lot == null ? null : lot.unit();
            if (amount != null) {
                element.put("quantity", amount);
                final String code = effectiveUnit == null ? null : UNIT_CODES.get(effectiveUnit.toLowerCase(Locale.ROOT));
                if (code != null && !"NA".equals(code)) {
                    element.put("uom", code);
                } else if (effectiveUnit != null) {
                    element.put("tracechain:unit", effectiveUnit);
                }
            }
        }

        private String epcClass(final String lotId) {
            final Lot lot = lots.get(lotId);
            return lot != null && lot.digitalLink() != null ? lot.digitalLink() : "urn:tracechain:lot:" + encode(lotId);
        }

        private String documentUri(final String hash) {
            final DocumentRecord document = documents.get(hash);
            return document != null && document.uri() != null ? document.uri() : "urn:tracechain:document:" + hash;
        }

        private static String containerUri(final String containerId) {
            return containerId.matches("\\d{18}") ? "https://id.gs1.org/00/" + containerId
                    : "urn:tracechain:container:" + encode(containerId);
        }

        private static ObjectNode sensorElement(final SensorData sensor, final boolean alert) {
            final ObjectNode element = NODES.objectNode();
            element.putObject("sensorMetadata").put("deviceID", "urn:tracechain:device:" + encode(sensor.deviceId()));
            final ArrayNode reports = element.putArray("sensorReport");
            final String type = MEASUREMENTS.getOrDefault(sensor.measurement().toLowerCase(Locale.ROOT),
                    "tracechain:" + sensor.measurement());
            final String unit = sensor.unit() == null ? null
                    : UNIT_CODES.getOrDefault(sensor.unit().toLowerCase(Locale.ROOT), sensor.unit());
            for (final SensorReading reading : sensor.readings()) {
                final ObjectNode report = reports.addObject().put("type", type).put("time", reading.time().toString())
                        .put("value", reading.value());
                if (unit != null) {
                    report.put("uom", unit);
                }
                if (alert || outside(sensor, reading.value())) {
                    report.put("exception", "ALARM_CONDITION");
                }
            }
            if (sensor.minAllowed() != null) {
                element.put("tracechain:minAllowed", sensor.minAllowed());
            }
            if (sensor.maxAllowed() != null) {
                element.put("tracechain:maxAllowed", sensor.maxAllowed());
            }
            return element;
        }

        private static boolean outside(final SensorData sensor, final BigDecimal value) {
            return sensor.minAllowed() != null && value.compareTo(sensor.minAllowed()) < 0
                    || sensor.maxAllowed() != null && value.compareTo(sensor.maxAllowed()) > 0;
        }

        private void inspection(final ObjectNode node, final Inspection inspection) {
            if (inspection.certificateHash() != null) {
                node.put("certificationInfo", documentUri(inspection.certificateHash()));
            }
            final ObjectNode result = node.putObject("tracechain:inspection");
            result.put("analyte", inspection.analyte());
            result.put("result", inspection.result());
            if (inspection.limit() != null) {
                result.put("limit", inspection.limit());
            }
            result.put("unit", inspection.unit());
            result.put("passed", inspection.passed());
            if (inspection.method() != null) {
                result.put("method", inspection.method());
            }
            if (inspection.laboratory() != null) {
                result.put("laboratory", inspection.laboratory());
            }
        }

        private void ilmd(final ObjectNode node, final EventBody body) {
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
            if (lot.origin() != null) {
                if (lot.origin().producer() != null) {
                    ilmd.put("tracechain:producer", lot.origin().producer());
                }
                if (lot.origin().regionCode() != null) {
                    ilmd.put("tracechain:regionCode", lot.origin().regionCode());
                }
                if (lot.origin().producedOn() != null) {
                    ilmd.put("tracechain:producedOn", lot.origin().producedOn().toString());
                }
            }
        }

        private static void extensions(final ObjectNode node, final TrackingEvent event) {
            final EventBody body = event.body();
            node.put("tracechain:kind", body.kind().name());
            node.put("tracechain:actor", partyUri(body.actorMspId()));
            if (event.txId() != null) {
                node.put("tracechain:txId", event.txId());
            }
            if (body.recallId() != null) {
                node.put("tracechain:recallId", body.recallId());
            }
            if (body.reason() != null) {
                node.put("tracechain:reason", body.reason());
            }
            if (body.relatedEventId() != null) {
                node.put("tracechain:relatedEventID", eventId(body.relatedEventId()));
            }
            if (body.shipment() != null && body.shipment().termsHash() != null) {
                node.put("tracechain:termsHash", body.shipment().termsHash());
            }
            if (body.note() != null) {
                node.put("tracechain:note", body.note());
            }
        }
    }
}
