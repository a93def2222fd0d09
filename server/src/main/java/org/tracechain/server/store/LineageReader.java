// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
 * Loads the {@link Lineage} of one lot in one direction. One statement does the walking: a recursive query over
 * {@code lineage_edges} finds every link reachable from the lot (the walk's visited set is the query's
 * {@code UNION}), and the same statement returns, for the lots reached, their record versions, their index entries
 * and the versions of the events those name. Lot and event records are then read only where the {@link TraceCache}
 * does not hold them in that version, and documents, sites and parties by id: at most six statements whatever the
 * lineage's size.
 *
 * <p>Empty when the store cannot reproduce the chaincode's answer exactly, so that the caller asks the chaincode:
 * the lineage tables do not go back to block 0 (a store projected before migration V2 and not rebuilt since), the
 * lot is not in the store (unknown, or not projected yet: the chaincode gives the exact refusal), a reached lot has
 * no record, or a reached lot has more links, events or documents than the chaincode reads per lot (10,000: it
 * would silently leave the rest out, which the store does not imitate).
 */
final class LineageReader {

    /** Row kinds of {@link #walk}. */
    private static final int LINK = 1;
    private static final int LOT = 2;
    private static final int LOT_EVENT = 3;
    private static final int LOT_DOCUMENT = 4;

    /** The walking statements, forward and back (package-private for the plan test). */
    static final String FORWARD = walk("parent_lot_id", "child_lot_id", "in_child_index");
    static final String BACK = walk("child_lot_id", "parent_lot_id", "in_parent_index");

    private LineageReader() {}

    /**
     * The walk from {@code from} to {@code to} over the links with {@code flag}, and what the lots reached need.
     * Columns: kind, key, four texts, a list. Lists are aggregated per key (a lot's links, an event's lots, a lot's
     * documents), so that ten thousand lots cost a few hundred rows, not tens of thousands. An event's row carries
     * its record's version, not the record: the records are read afterwards, only those not decoded before.
     */
    private static String walk(final String from, final String to, final String flag) {
        final String reached = " FROM reach r JOIN lineage_edges e ON e." + from + " = r.lot_id AND e." + flag;
        // The lineage tables' ids are COLLATE "C" (V2), those of lots, lot_regulations and events the database's
        // default (V1). An index serves only a comparison in its own collation, so each join compares in the
        // collation of the table it looks up (COLLATE "default" for the V1 ones): otherwise every trace would read
        // those tables whole. Equality is byte equality under both.
        return "WITH RECURSIVE reach(lot_id) AS (SELECT CAST(? AS text) COLLATE \"C\" UNION SELECT e." + to
                + reached + ") "
                + "SELECT " + LINK + ", e." + from + ", NULL, NULL, NULL, NULL, array_agg(e." + to + ")" + reached
                + " GROUP BY e." + from
                + " UNION ALL SELECT " + LOT + ", r.lot_id, l.tx_id, octet_length(l.record)::text, g.tx_id, "
                + "octet_length(g.record)::text, NULL FROM reach r LEFT JOIN lots l ON l.lot_id = r.lot_id "
                + "COLLATE \"default\" LEFT JOIN lot_regulations g ON g.lot_id = r.lot_id COLLATE \"default\""
                + " UNION ALL SELECT " + LOT_EVENT + ", i.ledger_event_id, v.tx_id, octet_length(v.record)::text, "
                + "NULL, NULL, i.lot_ids FROM (SELECT i.ledger_event_id, array_agg(i.lot_id) AS lot_ids FROM reach r "
                + "JOIN lot_event_index i ON i.lot_id = r.lot_id GROUP BY i.ledger_event_id) i "
                + "LEFT JOIN events v ON v.ledger_event_id = i.ledger_event_id COLLATE \"default\""
                + " UNION ALL SELECT " + LOT_DOCUMENT + ", d.lot_id, NULL, NULL, NULL, NULL, array_agg(d.hash) "
                + "FROM reach r JOIN lot_document_index d ON d.lot_id = r.lot_id GROUP BY d.lot_id";
    }

    static Optional<Lineage> read(final Connection db, final String channel, final String lotId, final boolean back,
            final TraceCache cache) throws SQLException {
        if (!lineageComplete(db, channel)) {
            return Optional.empty();
        }
        final Map<String, List<String>> next = new HashMap<>();
        final Map<String, LotVersion> lotVersions = new HashMap<>();
        final Map<String, List<String>> lotEvents = new HashMap<>();
        final Map<String, List<String>> lotDocuments = new HashMap<>();
        final Map<String, EventVersion> eventVersions = new HashMap<>();
        boolean missing = false;
        try (PreparedStatement select = db.prepareStatement(back ? BACK : FORWARD)) {
            select.setString(1, lotId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    final String key = rows.getString(2);
                    switch (rows.getInt(1)) {
                        case LINK -> next.put(key, list(rows));
                        case LOT -> {
                            final LotVersion version = new LotVersion(rows.getString(3), length(rows, 4),
                                    rows.getString(5), length(rows, 6));
                            missing |= version.lotLength() < 0;
                            lotVersions.put(key, version);
                        }
                        case LOT_EVENT -> {
                            for (final String lot : list(rows)) {
                                lotEvents.computeIfAbsent(lot, k -> new ArrayList<>()).add(key);
                            }
                            // An index entry naming an event without a record: the chaincode skips it too.
                            if (rows.getString(3) != null) {
                                eventVersions.put(key, new EventVersion(rows.getString(3), length(rows, 4)));
                            }
                        }
                        case LOT_DOCUMENT -> lotDocuments.put(key, list(rows));
                        default -> throw new IllegalStateException("unexpected row kind " + rows.getInt(1));
                    }
                }
            }
        }
        if (missing || tooMany(next) || tooMany(lotEvents) || tooMany(lotDocuments)) {
            return Optional.empty();
        }
        // Key order of the chaincode's range scans: ids are ASCII, so String order is byte order.
        next.values().forEach(Collections::sort);
        final Map<String, Lot> lots = decoded(db, "SELECT l.lot_id, l.record, r.record FROM lots l "
                + "LEFT JOIN lot_regulations r USING (lot_id) WHERE l.lot_id = ANY (?)", lotVersions, cache.lots(),
                LineageReader::lot);
        final Map<String, TrackingEvent> events = decoded(db, "SELECT ledger_event_id, record FROM events "
                + "WHERE ledger_event_id = ANY (?)", eventVersions, cache.events(),
                row -> LedgerJson.fromJson(row.getString(2), TrackingEvent.class));
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

    /**
     * The record of every id in {@code versions}: from the cache where it holds the version just read, else read by
     * {@code sql} (ids bound as an array; the id first, then the columns {@code decoder} reads) and cached.
     */
    private static <V extends DecodedCache.Version, T> Map<String, T> decoded(final Connection db, final String sql,
            final Map<String, V> versions, final DecodedCache<V, T> cache, final RowDecoder<T> decoder)
            throws SQLException {
        final Map<String, T> values = new HashMap<>();
        final List<String> decode = new ArrayList<>();
        versions.forEach((id, version) -> {
            final T cached = cache.get(id, version);
            if (cached != null) {
                values.put(id, cached);
            } else {
                decode.add(id);
            }
        });
        if (decode.isEmpty()) {
            return values;
        }
        try (PreparedStatement select = db.prepareStatement(sql)) {
            select.setArray(1, db.createArrayOf("text", decode.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    final String id = rows.getString(1);
                    final T value = decoder.decode(rows);
                    values.put(id, value);
                    cache.put(id, versions.get(id), value);
                }
            }
        }
        return values;
    }

    /** A lot's effective view: its custody record with its regulation, if any, laid over. */
    private static Lot lot(final ResultSet row) throws SQLException {
        final String regulation = row.getString(3);
        return LotRegulation.effective(LedgerJson.fromJson(row.getString(2), Lot.class),
                regulation == null ? null : LedgerJson.fromJson(regulation, LotRegulation.class));
    }

    /** A record's length from a text column, or -1 where the row has no record. */
    private static int length(final ResultSet rows, final int column) throws SQLException {
        final String length = rows.getString(column);
        return length == null ? -1 : Integer.parseInt(length);
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

    private static List<String> list(final ResultSet rows) throws SQLException {
        final Array array = rows.getArray(7);
        try {
            return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
        } finally {
            array.free();
        }
    }

    private static boolean tooMany(final Map<String, List<String>> perLot) {
        return perLot.values().stream().anyMatch(list -> list.size() > TraceWalk.PER_LOT_MAX);
    }

    /** Decodes the record of a result row. */
    @FunctionalInterface
    private interface RowDecoder<T> {
        T decode(ResultSet row) throws SQLException;
    }
}
