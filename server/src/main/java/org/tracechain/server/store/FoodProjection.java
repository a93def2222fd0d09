// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracechain.client.BlockTransaction;
import org.tracechain.client.KvWrite;
import org.tracechain.client.food.export.MasterData;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotRegulation;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.RecallAcknowledgement;
import org.tracechain.model.food.RecallAffectedLot;
import org.tracechain.model.food.RecallRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;

/**
 * Projects the foodtrace chaincode's writes (key layout of its {@code FoodKeys}) into the store's tables. Index keys,
 * lookups, queues and private-data hashes are the chaincode's own means of querying and are not projected: the
 * tables and their indexes replace them, except the trace's own indexes ({@link TraceIndexProjection}), which the
 * store's trace must walk exactly as the chaincode does. Within a transaction, records are projected before events,
 * so that an event's EPCIS object can describe the lots the same transaction made (a transformation's outputs);
 * events are taken in event-time order, so that a receipt imported with its shipment names where the lot came from.
 */
final class FoodProjection implements ChaincodeProjection {

    private MasterData master;

    @Override
    public String namespace() {
        return "foodtrace";
    }

    @Override
    public List<String> tables() {
        final List<String> tables = new ArrayList<>(List.of("custody", "event_lots", "event_epcs", "events",
                "recall_acks", "recall_lots", "recalls", "documents", "lot_regulations", "lots", "parties", "sites"));
        tables.addAll(TraceIndexProjection.TABLES);
        return List.copyOf(tables);
    }

    @Override
    public void beginBlock() {
        master = null;
    }

    @Override
    public void project(final Connection db, final long block, final BlockTransaction transaction,
            final List<KvWrite> writes) throws SQLException {
        final List<TrackingEvent> events = new ArrayList<>();
        final Set<String> deletedEvents = new LinkedHashSet<>();
        final List<TraceIndexProjection.IndexWrite> traceIndex = new ArrayList<>();
        for (final KvWrite write : writes) {
            final LedgerKey key = LedgerKey.parse(write.key()).orElse(null);
            if (key == null) {
                continue;
            }
            if (TraceIndexProjection.handles(key)) {
                traceIndex.add(new TraceIndexProjection.IndexWrite(key, write.isDelete()));
                continue;
            }
            if ("event".equals(key.type())) {
                if (write.isDelete()) {
                    deletedEvents.add(key.id());
                } else {
                    events.add(LedgerJson.fromJson(write.valueText(), TrackingEvent.class));
                }
                continue;
            }
            record(db, transaction.transactionId(), key, write);
        }
        for (final String eventId : deletedEvents) {
            Sql.update(db, "DELETE FROM events WHERE ledger_event_id = ?", eventId);
        }
        events.sort(Comparator.comparing((TrackingEvent e) -> e.body().eventTime()).thenComparing(TrackingEvent::eventId));
        for (int index = 0; index < events.size(); index++) {
            event(db, block, transaction, index, events.get(index));
        }
        TraceIndexProjection.project(db, block, transaction, traceIndex, events);
    }

    private void record(final Connection db, final String txId, final LedgerKey key, final KvWrite write)
            throws SQLException {
        final String json = write.valueText();
        switch (key.type()) {
            case "lot" -> {
                if (write.isDelete()) {
                    Sql.update(db, "DELETE FROM lots WHERE lot_id = ?", key.id());
                    return;
                }
                final Lot lot = LedgerJson.fromJson(json, Lot.class);
                Sql.update(db, "INSERT INTO lots (lot_id, trace_code, gtin, product_code, product_name, holder_msp_id, "
                        + "status, registered_at, record, tx_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (lot_id) DO "
                        + "UPDATE SET trace_code = EXCLUDED.trace_code, gtin = EXCLUDED.gtin, product_code = "
                        + "EXCLUDED.product_code, product_name = EXCLUDED.product_name, holder_msp_id = "
                        + "EXCLUDED.holder_msp_id, status = EXCLUDED.status, registered_at = EXCLUDED.registered_at, "
                        + "record = EXCLUDED.record, tx_id = EXCLUDED.tx_id", lot.lotId(), lot.traceCode(), lot.gtin(),
                        lot.productCode(), lot.productName(), lot.holderMspId(), lot.status().name(),
                        lot.registeredAt(), json, txId);
            }
            case "regulation" -> {
                if (write.isDelete()) {
                    Sql.update(db, "DELETE FROM lot_regulations WHERE lot_id = ?", key.id());
                    return;
                }
                final LotRegulation regulation = LedgerJson.fromJson(json, LotRegulation.class);
                Sql.upsert(db, "lot_regulations", List.of("lot_id"), List.of("status", "record", "tx_id"), key.id(),
                        regulation.status().name(), json, txId);
            }
            case "doc" -> {
                if (write.isDelete()) {
                    Sql.update(db, "DELETE FROM documents WHERE hash = ?", key.id());
                    return;
                }
                final DocumentRecord document = LedgerJson.fromJson(json, DocumentRecord.class);
                Sql.upsert(db, "documents", List.of("hash"), List.of("type", "record"), key.id(), document.type(), json);
            }
            case "site" -> {
                master = null;
                if (write.isDelete()) {
                    Sql.update(db, "DELETE FROM sites WHERE site_id = ?", key.id());
                    return;
                }
                final SiteRecord site = LedgerJson.fromJson(json, SiteRecord.class);
                Sql.upsert(db, "sites", List.of("site_id"), List.of("owner_msp_id", "gln", "gln_extension", "record"),
                        key.id(), site.ownerMspId(), site.gln(), site.glnExtension(), json);
            }
            case "party" -> {
                master = null;
                if (write.isDelete()) {
                    Sql.update(db, "DELETE FROM parties WHERE msp_id = ?", key.id());
                    return;
                }
                final PartyRecord party = LedgerJson.fromJson(json, PartyRecord.class);
                Sql.upsert(db, "parties", List.of("msp_id"), List.of("pgln", "uscc", "record"), key.id(),
                        party.pgln(), party.uscc(), json);
            }
            case "recall" -> {
                if (write.isDelete()) {
                    Sql.update(db, "DELETE FROM recalls WHERE recall_id = ?", key.id());
                    return;
                }
                final RecallRecord recall = LedgerJson.fromJson(json, RecallRecord.class);
                Sql.upsert(db, "recalls", List.of("recall_id"), List.of("root_lot_id", "complete", "issued_at",
                        "record"), key.id(), recall.rootLotId(), recall.complete(), recall.issuedAt(), json);
            }
            case "recall~lot" -> {
                if (write.isDelete()) {
                    Sql.update(db, "DELETE FROM recall_lots WHERE recall_id = ? AND lot_id = ?",
                            key.attributes().get(0), key.attributes().get(1));
                    return;
                }
                final RecallAffectedLot affected = LedgerJson.fromJson(json, RecallAffectedLot.class);
                Sql.upsert(db, "recall_lots", List.of("recall_id", "lot_id"), List.of("holder_msp_id", "record"),
                        key.attributes().get(0), key.attributes().get(1), affected.holderMspId(), json);
            }
            case "recall~ack" -> {
                if (write.isDelete()) {
                    Sql.update(db, "DELETE FROM recall_acks WHERE recall_id = ? AND msp_id = ?",
                            key.attributes().get(0), key.attributes().get(1));
                    return;
                }
                LedgerJson.fromJson(json, RecallAcknowledgement.class);     // refuses a record the model cannot read
                Sql.upsert(db, "recall_acks", List.of("recall_id", "msp_id"), List.of("record"),
                        key.attributes().get(0), key.attributes().get(1), json);
            }
            default -> {
                // indexes, lookups, queues, configuration, serials, alerts: not projected
            }
        }
    }

    private void event(final Connection db, final long block, final BlockTransaction transaction, final int index,
            final TrackingEvent event) throws SQLException {
        if (master == null) {
            master = EpcisProjection.masterData(db);
        }
        final ObjectNode epcis = EpcisProjection.event(db, event, master);
        // An event record is written once (its id is the hash of its body); a rewrite replaces the row.
        Sql.update(db, "DELETE FROM events WHERE ledger_event_id = ?", event.eventId());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO events (ledger_event_id, epcis_event_id, "
                + "event_type, kind, action, event_time, record_time, biz_step, disposition, read_point, biz_location, "
                + "block_number, tx_index, event_index, tx_id, record, epcis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?::json)")) {
            insert.setString(1, event.eventId());
            insert.setString(2, epcis.path("eventID").asText());
            insert.setString(3, epcis.path("type").asText());
            insert.setString(4, event.body().kind().name());
            insert.setString(5, text(epcis.get("action")));
            insert.setTimestamp(6, Timestamp.from(event.body().eventTime()));
            if (event.recordTime() != null) {
                insert.setTimestamp(7, Timestamp.from(event.recordTime()));
            } else {
                insert.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            insert.setString(8, Vocabulary.bizStep(text(epcis.get("bizStep"))));
            insert.setString(9, Vocabulary.disposition(text(epcis.get("disposition"))));
            insert.setString(10, text(epcis.path("readPoint").get("id")));
            insert.setString(11, text(epcis.path("bizLocation").get("id")));
            insert.setLong(12, block);
            insert.setInt(13, transaction.index());
            insert.setInt(14, index);
            insert.setString(15, transaction.transactionId());
            insert.setString(16, LedgerJson.toJson(event));
            insert.setString(17, LedgerJson.mapper().writeValueAsString(epcis));
            insert.executeUpdate();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the EPCIS event " + event.eventId(), e);
        }
        for (final EventEpcs.Epc epc : EventEpcs.of(epcis)) {
            Sql.update(db, "INSERT INTO event_epcs (epc, role, ledger_event_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    epc.epc(), epc.role(), event.eventId());
        }
        final Set<String> lots = new LinkedHashSet<>(event.body().lotIds());
        if (event.body().transformation() != null) {
            event.body().transformation().inputs().forEach(q -> lots.add(q.lotId()));
            event.body().transformation().outputs().forEach(q -> lots.add(q.lotId()));
        }
        for (final String lotId : lots) {
            Sql.update(db, "INSERT INTO event_lots (lot_id, ledger_event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    lotId, event.eventId());
        }
        if ((event.body().kind() == EventKind.SHIP || event.body().kind() == EventKind.RECEIVE)
                && event.body().shipment() != null && !event.body().lotIds().isEmpty()) {
            Sql.update(db, "INSERT INTO custody (ledger_event_id, kind, lot_id, from_msp_id, to_msp_id, site_id, "
                    + "event_time) VALUES (?, ?, ?, ?, ?, ?, ?)", event.eventId(), event.body().kind().name(),
                    event.body().lotIds().get(0), event.body().shipment().fromMspId(),
                    event.body().shipment().toMspId(), event.body().site(), event.body().eventTime());
        }
    }

    private static String text(final JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
