// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracechain.client.food.export.EpcisExport;
import org.tracechain.client.food.export.MasterData;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;

/**
 * The EPCIS 2.0 event object of one ledger event, written by the project's EPCIS export ({@link EpcisExport}) from
 * what the store holds when the event is projected: the lots, documents, sites and parties it names, the shipment a
 * receipt follows and the event a correction or alert refers to. A correction is the corrected event once more with
 * the same eventID and an {@code errorDeclaration}, as the export writes it.
 */
final class EpcisProjection {

    /** A fixed creation date: only the events are kept, never the document around them. */
    private static final Instant CREATION = Instant.EPOCH;

    private EpcisProjection() {}

    static ObjectNode event(final Connection db, final TrackingEvent event, final MasterData master)
            throws SQLException {
        final EventBody body = event.body();
        final Set<String> lotIds = new LinkedHashSet<>(body.lotIds());
        if (body.transformation() != null) {
            body.transformation().inputs().stream().map(LotQuantity::lotId).forEach(lotIds::add);
            body.transformation().outputs().stream().map(LotQuantity::lotId).forEach(lotIds::add);
        }
        final List<TrackingEvent> events = new ArrayList<>();
        if (body.relatedEventId() != null) {
            records(db, "SELECT record FROM events WHERE ledger_event_id = ?", List.of(body.relatedEventId()),
                    TrackingEvent.class).forEach(events::add);
        }
        if (body.kind() == EventKind.RECEIVE && !body.lotIds().isEmpty()) {
            // The export names where a received lot came from: the latest shipment of the lot before the receipt.
            events.addAll(records(db, "SELECT e.record FROM events e JOIN event_lots l USING (ledger_event_id) "
                    + "WHERE l.lot_id = ? AND e.kind = 'SHIP' ORDER BY e.block_number, e.tx_index, e.event_index",
                    List.of(body.lotIds().get(0)), TrackingEvent.class));
        }
        events.add(event);
        final Set<String> hashes = new LinkedHashSet<>(body.documentHashes());
        if (body.inspection() != null && body.inspection().certificateHash() != null) {
            hashes.add(body.inspection().certificateHash());
        }
        final List<Lot> lots = new ArrayList<>();
        for (final TrackingEvent e : events) {
            for (final String lotId : e.body().lotIds()) {
                lotIds.add(lotId);
            }
        }
        for (final String lotId : lotIds) {
            lots.addAll(records(db, "SELECT record FROM lots WHERE lot_id = ?", List.of(lotId), Lot.class));
        }
        final List<DocumentRecord> documents = new ArrayList<>();
        for (final String hash : hashes) {
            documents.addAll(records(db, "SELECT record FROM documents WHERE hash = ?", List.of(hash),
                    DocumentRecord.class));
        }
        final ObjectNode document = EpcisExport.document(lots, dedupe(events), documents, master, CREATION);
        for (final JsonNode written : document.path("epcisBody").path("eventList")) {
            if (matches(written, event)) {
                return (ObjectNode) written;
            }
        }
        throw new IllegalStateException("the EPCIS export wrote no event for ledger event " + event.eventId());
    }

    /** Every registered site and party, as the store holds them now. */
    static MasterData masterData(final Connection db) throws SQLException {
        return MasterData.of(records(db, "SELECT record FROM sites ORDER BY site_id", List.of(), SiteRecord.class),
                records(db, "SELECT record FROM parties ORDER BY msp_id", List.of(), PartyRecord.class));
    }

    private static boolean matches(final JsonNode written, final TrackingEvent event) {
        if (event.body().kind() == EventKind.CORRECTION) {
            return event.eventId().equals(written.path("errorDeclaration")
                    .path("tracechain:correctionLedgerEventID").asText(null));
        }
        return !written.has("errorDeclaration")
                && event.eventId().equals(written.path("tracechain:ledgerEventID").asText(null));
    }

    private static List<TrackingEvent> dedupe(final List<TrackingEvent> events) {
        final Map<String, TrackingEvent> byId = new LinkedHashMap<>();
        events.forEach(e -> byId.putIfAbsent(e.eventId(), e));
        return List.copyOf(byId.values());
    }

    static <T> List<T> records(final Connection db, final String sql, final Collection<?> parameters,
            final Class<T> type) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            int i = 1;
            for (final Object parameter : parameters) {
                statement.setObject(i++, parameter);
            }
            final List<T> out = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(LedgerJson.fromJson(rows.getString(1), type));
                }
            }
            return out;
        }
    }
}
