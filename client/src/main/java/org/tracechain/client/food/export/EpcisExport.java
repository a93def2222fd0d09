// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * Exports tracking events as a GS1 EPCIS 2.0 JSON-LD {@code EPCISDocument}: {@code schemaVersion} 2.0, the
 * {@code @context} GS1 publishes for EPCIS 2.0 plus the {@code tracechain} prefix of the extension fields, and
 * {@code creationDate} the time the export was made. The README's "EPCIS mapping" table gives each ledger
 * event's EPCIS type, action, business step, disposition, locations and parties.
 *
 * <p>Locations and organisations are described by the registered sites and parties ({@link MasterData}): a site
 * with a GLN is its GS1 Digital Link, a site without one (a market stall) {@code urn:tracechain:site:{id}}, a
 * party its party GLN or unified social credit code, never an MSP id. Event times are written at the site's UTC
 * offset. A corrected event is exported once more with the same {@code eventID} and an {@code errorDeclaration}.
 *
 * <pre>{@code
 * TraceResult trace = food.traceBack("GZ-R2");
 * Files.writeString(Path.of("trace.jsonld"), EpcisExport.toJsonLd(trace, Instant.now()));
 * }</pre>
 */
public final class EpcisExport {

    /** The EPCIS 2.0 JSON-LD context as GS1 publishes it. */
    public static final String EPCIS_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    /** Namespace of the tracechain extension fields. */
    public static final String TRACECHAIN_NAMESPACE = "https://tracechain.org/epcis/";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).nodeFactory(NODES).build();

    private EpcisExport() {}

    /** The events of a trace as an EPCIS document made now. */
    public static String toJsonLd(final TraceResult trace) {
        return toJsonLd(trace, Instant.now());
    }

    /**
     * The events of a trace as an EPCIS document.
     *
     * @param trace a TraceBack/TraceForward result (its lots, documents, sites and parties describe the events)
     * @param creationDate when the export is made (the document's {@code creationDate}, to the second)
     * @return pretty-printed JSON-LD
     */
    public static String toJsonLd(final TraceResult trace, final Instant creationDate) {
        Objects.requireNonNull(trace, "trace must not be null");
        return toJsonLd(trace.lots(), trace.events(), trace.documents(), MasterData.of(trace), creationDate);
    }

    /**
     * Events as an EPCIS document.
     *
     * @param lots lots the events refer to (their class URIs); missing lots get a URN class
     * @param events the events, in the order to export
     * @param documents recorded documents (certificate and business document URIs)
     * @param master sites and parties the events name
     * @param creationDate when the export is made
     * @return pretty-printed JSON-LD
     */
    public static String toJsonLd(final Collection<Lot> lots, final List<TrackingEvent> events,
            final Collection<DocumentRecord> documents, final MasterData master, final Instant creationDate) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document(lots, events, documents, master,
                    creationDate));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write EPCIS JSON", e);
        }
    }

    /** The document as a JSON tree (for validation). */
    public static ObjectNode document(final Collection<Lot> lots, final List<TrackingEvent> events,
            final Collection<DocumentRecord> documents, final MasterData master, final Instant creationDate) {
        Objects.requireNonNull(creationDate, "creationDate must not be null");
        final Map<String, Lot> lotsById = new HashMap<>();
        lots.forEach(lot -> lotsById.put(lot.lotId(), lot));
        final Map<String, DocumentRecord> documentsByHash = new HashMap<>();
        documents.forEach(d -> documentsByHash.put(d.hash(), d));
        final Map<String, TrackingEvent> eventsById = new HashMap<>();
        events.forEach(e -> eventsById.put(e.eventId(), e));
        final EpcisEventWriter writer = new EpcisEventWriter(lotsById, documentsByHash, master, eventsById);

        final ObjectNode document = NODES.objectNode();
        final ArrayNode contexts = document.putArray("@context");
        contexts.add(EPCIS_CONTEXT);
        contexts.addObject().put("tracechain", TRACECHAIN_NAMESPACE);
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", creationDate.truncatedTo(ChronoUnit.SECONDS).toString());
        final ArrayNode eventList = document.putObject("epcisBody").putArray("eventList");
        for (final TrackingEvent event : events) {
            if (event.body().kind() != EventKind.CORRECTION) {
                eventList.add(writer.event(event));
                continue;
            }
            final TrackingEvent corrected = eventsById.get(event.body().relatedEventId());
            if (corrected != null) {
                final ObjectNode declared = writer.event(corrected);
                final ObjectNode declaration = declared.putObject("errorDeclaration");
                declaration.put("declarationTime", EpcisEventWriter.declarationTime(event));
                declaration.put("reason", "incorrect_data");
                declaration.put("tracechain:reasonText", event.body().reason());
                declaration.put("tracechain:correctionLedgerEventID", event.eventId());
                eventList.add(declared);
            }
        }
        return document;
    }

    /** The EPCIS eventID of a ledger event: the one it was imported with, else the UUID URN of its ledger id. */
    public static String eventId(final TrackingEvent event) {
        return EpcisEventWriter.eventId(event);
    }
}
