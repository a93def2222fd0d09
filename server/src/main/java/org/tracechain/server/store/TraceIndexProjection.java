// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.tracechain.client.BlockTransaction;
import org.tracechain.model.food.TrackingEvent;

/**
 * Projects the foodtrace chaincode's trace indexes ({@code lineage~child}, {@code lineage~parent}, {@code lot~event},
 * {@code lot~doc}) into {@code lineage_edges}, {@code lot_event_index} and {@code lot_document_index}. These are the
 * very keys the chaincode's TraceBack / TraceForward read, so the store's trace walks what the chaincode walks
 * rather than a reconstruction of it from lot records or events (whose lot lists differ from the index).
 */
final class TraceIndexProjection {

    /** The tables this projection fills (emptied by a rebuild). */
    static final List<String> TABLES = List.of("lineage_edges", "lot_event_index", "lot_document_index");

    /** One write of an index key. */
    record IndexWrite(LedgerKey key, boolean delete) {}

    private TraceIndexProjection() {}

    /** Whether {@code key} is one of the trace's index keys (with its attributes: malformed ones are not). */
    static boolean handles(final LedgerKey key) {
        return switch (key.type()) {
            case "lineage~parent" -> key.attributes().size() == 2;
            case "lineage~child" -> key.attributes().size() == 3;
            case "lot~doc" -> key.attributes().size() == 4;
            case "lot~event" -> key.attributes().size() == 5;
            default -> false;
        };
    }

    /**
     * Projects one transaction's index writes.
     *
     * @param events the events the same transaction recorded, in the projector's order: a link names the first
     *     that lists both its lots (the transformation that made it)
     */
    static void project(final Connection db, final long block, final BlockTransaction transaction,
            final List<IndexWrite> writes, final List<TrackingEvent> events) throws SQLException {
        for (final IndexWrite write : writes) {
            // lineage~child leads with the lineage it is filed under, lot~event and lot~doc with the lineage and the
            // family; the store's tables need neither (its trace is one query, not a scan per lineage or family).
            final List<String> a = filedUnderless(write.key());
            switch (write.key().type()) {
                case "lineage~child" -> edge(db, block, transaction, a.get(0), a.get(1), "in_child_index",
                        write.delete(), events);
                case "lineage~parent" -> edge(db, block, transaction, a.get(1), a.get(0), "in_parent_index",
                        write.delete(), events);
                case "lot~event" -> {
                    if (write.delete()) {
                        Sql.update(db, "DELETE FROM lot_event_index WHERE lot_id = ? AND time_key = ? "
                                + "AND ledger_event_id = ?", a.get(0), a.get(1), a.get(2));
                    } else {
                        Sql.update(db, "INSERT INTO lot_event_index (lot_id, time_key, ledger_event_id) "
                                + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING", a.get(0), a.get(1), a.get(2));
                    }
                }
                case "lot~doc" -> {
                    if (write.delete()) {
                        Sql.update(db, "DELETE FROM lot_document_index WHERE lot_id = ? AND hash = ?", a.get(0),
                                a.get(1));
                    } else {
                        Sql.update(db, "INSERT INTO lot_document_index (lot_id, hash) VALUES (?, ?) "
                                + "ON CONFLICT DO NOTHING", a.get(0), a.get(1));
                    }
                }
                default -> throw new IllegalArgumentException("not a trace index key: " + write.key().type());
            }
        }
    }

    /** The attributes of a trace index key after those it is filed under. */
    private static List<String> filedUnderless(final LedgerKey key) {
        final List<String> attributes = key.attributes();
        return switch (key.type()) {
            case "lineage~child" -> attributes.subList(1, attributes.size());
            case "lot~event", "lot~doc" -> attributes.subList(2, attributes.size());
            default -> attributes;
        };
    }

    /**
     * One of a link's two index keys. The row stays while either key exists; its transaction and event are those
     * of the first write (the link's creation), so a rebuild writes identical rows.
     */
    private static void edge(final Connection db, final long block, final BlockTransaction transaction,
            final String parent, final String child, final String flag, final boolean delete,
            final List<TrackingEvent> events) throws SQLException {
        if (delete) {
            Sql.update(db, "UPDATE lineage_edges SET " + flag + " = false WHERE parent_lot_id = ? "
                    + "AND child_lot_id = ?", parent, child);
            Sql.update(db, "DELETE FROM lineage_edges WHERE parent_lot_id = ? AND child_lot_id = ? "
                    + "AND NOT in_child_index AND NOT in_parent_index", parent, child);
            return;
        }
        final String event = madeBy(events, parent, child).orElse(null);
        Sql.update(db, "INSERT INTO lineage_edges (parent_lot_id, child_lot_id, " + flag + ", block_number, tx_id, "
                + "ledger_event_id) VALUES (?, ?, true, ?, ?, ?) ON CONFLICT (parent_lot_id, child_lot_id) DO UPDATE SET "
                + flag + " = true", parent, child, block, transaction.transactionId(), event);
    }

    private static Optional<String> madeBy(final List<TrackingEvent> events, final String parent, final String child) {
        return events.stream().filter(e -> e.body().lotIds().contains(parent) && e.body().lotIds().contains(child))
                .map(TrackingEvent::eventId).findFirst();
    }
}
