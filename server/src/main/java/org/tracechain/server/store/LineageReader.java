// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotRegulation;
import org.tracechain.model.food.MasterDataReferences;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;

/**
 * Loads the {@link Lineage} of one lot in one direction: a recursive query over {@code lineage_edges} finds every
 * link reachable from it (the walk's visited set is the query's {@code UNION}), then the lots, their index entries,
 * events, documents, sites and parties are read by id sets, six statements in all whatever the lineage's size.
 *
 * <p>Empty when the store cannot reproduce the chaincode's answer exactly, so that the caller asks the chaincode:
 * the lineage tables do not go back to block 0 (a store projected before migration V2 and not rebuilt since), the
 * lot is not in the store (unknown, or not projected yet: the chaincode gives the exact refusal), a reached lot has
 * no record, or a reached lot has more links, events or documents than the chaincode reads per lot (10,000: it
 * would silently leave the rest out, which the store does not imitate).
 */
final class LineageReader {

    private static final String FORWARD = "WITH RECURSIVE reach(lot_id) AS (SELECT CAST(? AS text) COLLATE \"C\" "
            + "UNION SELECT e.child_lot_id FROM reach r JOIN lineage_edges e ON e.parent_lot_id = r.lot_id "
            + "AND e.in_child_index) SELECT e.parent_lot_id, e.child_lot_id FROM reach r JOIN lineage_edges e "
            + "ON e.parent_lot_id = r.lot_id AND e.in_child_index ORDER BY 1, 2";
    private static final String BACK = "WITH RECURSIVE reach(lot_id) AS (SELECT CAST(? AS text) COLLATE \"C\" "
            + "UNION SELECT e.parent_lot_id FROM reach r JOIN lineage_edges e ON e.child_lot_id = r.lot_id "
            + "AND e.in_parent_index) SELECT e.child_lot_id, e.parent_lot_id FROM reach r JOIN lineage_edges e "
            + "ON e.child_lot_id = r.lot_id AND e.in_parent_index ORDER BY 1, 2";

    private LineageReader() {}

    static Optional<Lineage> read(final Connection db, final String channel, final String lotId, final boolean back)
            throws SQLException {
        if (!lineageComplete(db, channel)) {
            return Optional.empty();
        }
        final Map<String, List<String>> next = new HashMap<>();
        final Set<String> reached = new LinkedHashSet<>(List.of(lotId));
        try (PreparedStatement select = db.prepareStatement(back ? BACK : FORWARD)) {
            select.setString(1, lotId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    next.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                    reached.add(rows.getString(2));
                }
            }
        }
        if (next.values().stream().anyMatch(n -> n.size() > TraceWalk.PER_LOT_MAX)) {
            return Optional.empty();
        }
        final Array ids = db.createArrayOf("text", reached.toArray());
        final Map<String, Lot> lots = lots(db, ids);
        if (lots.size() != reached.size()) {
            return Optional.empty();
        }
        final Map<String, List<String>> lotEvents = grouped(db, "SELECT lot_id, ledger_event_id FROM lot_event_index "
                + "WHERE lot_id = ANY (?) ORDER BY lot_id, time_key, ledger_event_id", ids);
        final Map<String, List<String>> lotDocuments = grouped(db, "SELECT lot_id, hash FROM lot_document_index "
                + "WHERE lot_id = ANY (?) ORDER BY lot_id, hash", ids);
        if (tooMany(lotEvents) || tooMany(lotDocuments)) {
            return Optional.empty();
        }
        final Map<String, TrackingEvent> events = new HashMap<>();
        for (final String record : column(db, "SELECT e.record FROM events e WHERE e.ledger_event_id IN "
                + "(SELECT i.ledger_event_id FROM lot_event_index i WHERE i.lot_id = ANY (?))", ids)) {
            final TrackingEvent event = LedgerJson.fromJson(record, TrackingEvent.class);
            events.put(event.eventId(), event);
        }
        final Set<String> hashes = new LinkedHashSet<>();
        lotDocuments.values().forEach(hashes::addAll);
        events.values().forEach(e -> hashes.addAll(e.body().documentHashes()));
        final Map<String, DocumentRecord> documents = new HashMap<>();
        records(db, "SELECT record FROM documents WHERE hash = ANY (?)", hashes, DocumentRecord.class)
                .forEach(d -> documents.put(d.hash(), d));
        // Every page names a subset of what all lots and events name, so these are all the records any page needs.
        final MasterDataReferences named = MasterDataReferences.of(lots.values(), events.values());
        final Map<String, SiteRecord> sites = new HashMap<>();
        records(db, "SELECT record FROM sites WHERE site_id = ANY (?)", named.siteIds(), SiteRecord.class)
                .forEach(s -> sites.put(s.siteId(), s));
        final Map<String, PartyRecord> parties = new HashMap<>();
        records(db, "SELECT record FROM parties WHERE msp_id = ANY (?)", named.mspIds(), PartyRecord.class)
                .forEach(p -> parties.put(p.mspId(), p));
        return Optional.of(new Lineage(next, lots, lotEvents, events, lotDocuments, documents, sites, parties));
    }

    /** Whether the channel's lineage tables were projected from block 0 (V2 sets the point a store had reached). */
    private static boolean lineageComplete(final Connection db, final String channel) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT lineage_from_block FROM store_checkpoint WHERE channel = ?")) {
            select.setString(1, channel);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getLong(1) == 0;
            }
        }
    }

    private static Map<String, Lot> lots(final Connection db, final Array ids) throws SQLException {
        final Map<String, Lot> lots = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT l.record, r.record FROM lots l "
                + "LEFT JOIN lot_regulations r USING (lot_id) WHERE l.lot_id = ANY (?)")) {
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    final String regulation = rows.getString(2);
                    final Lot lot = LotRegulation.effective(LedgerJson.fromJson(rows.getString(1), Lot.class),
                            regulation == null ? null : LedgerJson.fromJson(regulation, LotRegulation.class));
                    lots.put(lot.lotId(), lot);
                }
            }
        }
        return lots;
    }

    /** Two-column rows grouped by the first, the second in row order. */
    private static Map<String, List<String>> grouped(final Connection db, final String sql, final Array ids)
            throws SQLException {
        final Map<String, List<String>> out = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        return out;
    }

    private static List<String> column(final Connection db, final String sql, final Array ids) throws SQLException {
        final List<String> out = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
        }
        return out;
    }

    private static <T> List<T> records(final Connection db, final String sql, final Collection<String> ids,
            final Class<T> type) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        final List<T> out = new ArrayList<>();
        for (final String record : column(db, sql, db.createArrayOf("text", ids.toArray()))) {
            out.add(LedgerJson.fromJson(record, type));
        }
        return out;
    }

    private static boolean tooMany(final Map<String, List<String>> perLot) {
        return perLot.values().stream().anyMatch(list -> list.size() > TraceWalk.PER_LOT_MAX);
    }
}
