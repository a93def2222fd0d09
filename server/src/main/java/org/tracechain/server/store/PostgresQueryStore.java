// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotRegulation;
import org.tracechain.model.food.RecallAcknowledgement;
import org.tracechain.model.food.RecallAffectedLot;
import org.tracechain.model.food.RecallRecord;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.json.LedgerJson;

/**
 * The query store on PostgreSQL, read from the tables {@link StoreProjector} fills. Each answer is read in one
 * read-only repeatable-read transaction together with the checkpoint it reflects, so the height reported is exactly
 * the ledger state the rows come from. Pages are keyset pages in the store's stable order (events: block,
 * transaction, event; lots: registration time, lot id) with an opaque {@code nextPageToken}; a token this store did
 * not issue is refused with an {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * QueryStore store = new PostgresQueryStore(dataSource, "foodtrace");
 * store.awaitBlock("foodtrace", write.blockNumber(), Duration.ofSeconds(5));     // read-your-writes
 * EventPage page = store.events(query);
 * }</pre>
 */
public final class PostgresQueryStore implements QueryStore {

    private static final Duration FIRST_POLL = Duration.ofMillis(10);
    private static final Duration MAX_POLL = Duration.ofMillis(200);

    private final DataSource dataSource;
    private final String foodChannel;
    private final TraceCache traceCache = TraceCache.create();

    /**
     * @param dataSource the query store's database (migrated); not closed by {@link #close()}
     * @param foodChannel the channel whose height food answers (events, lots) reflect, e.g. {@code foodtrace}
     */
    public PostgresQueryStore(final DataSource dataSource, final String foodChannel) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.foodChannel = Objects.requireNonNull(foodChannel, "foodChannel");
    }

    @Override
    public long height(final String channel) {
        Objects.requireNonNull(channel, "channel");
        try (Connection db = dataSource.getConnection()) {
            return StoreProjector.nextBlock(db, channel);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the height of " + channel, e);
        }
    }

    @Override
    public boolean awaitBlock(final String channel, final long blockNumber, final Duration timeout)
            throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        final long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = FIRST_POLL;
        while (height(channel) <= blockNumber) {
            final long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Thread.sleep(Math.max(1, Math.min(pause.toMillis(), Duration.ofNanos(left).toMillis())));
            pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
        }
        return true;
    }

    @Override
    public EventPage events(final EpcisQuery query) {
        Objects.requireNonNull(query, "query");
        final Where where = new Where();
        where.anyOf("e.event_type", query.eventTypes());
        query.geEventTime().ifPresent(t -> where.add("e.event_time >= ?", Timestamp.from(t)));
        query.ltEventTime().ifPresent(t -> where.add("e.event_time < ?", Timestamp.from(t)));
        where.anyOf("e.biz_step", query.bizSteps().stream().map(Vocabulary::bizStep).toList());
        where.anyOf("e.disposition", query.dispositions().stream().map(Vocabulary::disposition).toList());
        where.anyOf("e.read_point", query.readPoints());
        where.anyOf("e.biz_location", query.bizLocations());
        if (!query.matchEpc().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM event_epcs x WHERE x.epc = ANY (?) AND x.role = ANY (?) "
                    + "AND x.ledger_event_id = e.ledger_event_id)", query.matchEpc(), EventEpcs.INSTANCE_ROLES);
        }
        if (!query.matchAnyEpc().isEmpty()) {
            where.add("EXISTS (SELECT 1 FROM event_epcs x WHERE x.epc = ANY (?) "
                    + "AND x.ledger_event_id = e.ledger_event_id)", query.matchAnyEpc());
        }
        if (query.pageToken().isPresent()) {
            final long[] after = PageToken.events(query.pageToken().get());
            where.add("(e.block_number, e.tx_index, e.event_index) > (?, ?, ?)", after[0], (int) after[1],
                    (int) after[2]);
        }
        final String sql = "SELECT e.ledger_event_id, e.epcis, e.block_number, e.tx_id, e.tx_index, e.event_index "
                + "FROM events e" + where.sql() + " ORDER BY e.block_number, e.tx_index, e.event_index LIMIT ?";
        return read(db -> {
            final List<StoredEvent> events = new ArrayList<>();
            Optional<String> next = Optional.empty();
            String lastToken = null;
            try (PreparedStatement select = db.prepareStatement(sql)) {
                final int limit = where.bind(db, select);
                select.setInt(limit, query.perPage() + 1);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (events.size() == query.perPage()) {
                            next = Optional.of(lastToken);
                            break;
                        }
                        events.add(storedEvent(rows));
                        lastToken = PageToken.events(rows.getLong(3), rows.getInt(5), rows.getInt(6));
                    }
                }
            }
            return new EventPage(events, next, StoreProjector.nextBlock(db, foodChannel));
        });
    }

    @Override
    public Optional<StoredEvent> event(final String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        // A corrected event is there twice with one eventID: as captured, and again with its error declaration.
        // The one captured first is the event; the declaration comes with the events query.
        return read(db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT ledger_event_id, epcis, block_number, tx_id "
                    + "FROM events WHERE epcis_event_id = ? ORDER BY block_number, tx_index, event_index LIMIT 1")) {
                select.setString(1, eventId);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(storedEvent(rows)) : Optional.<StoredEvent>empty();
                }
            }
        });
    }

    @Override
    public StorePage<Lot> lots(final LotSearch search) {
        Objects.requireNonNull(search, "search");
        final Where where = new Where();
        search.traceCode().ifPresent(v -> where.add("l.trace_code = ?", v));
        search.gtin().ifPresent(v -> where.add("l.gtin = ?", v));
        search.lotNumber().ifPresent(v -> where.add("l.lot_id = ?", v));
        search.product().ifPresent(v -> where.add("(l.product_code = ? OR l.product_name = ?)", v, v));
        search.holder().ifPresent(v -> where.add("l.holder_msp_id = ?", v));
        search.status().ifPresent(v -> where.add("COALESCE(r.status, l.status) = ?", v));
        search.registeredFrom().ifPresent(t -> where.add("l.registered_at >= ?", Timestamp.from(t)));
        search.registeredTo().ifPresent(t -> where.add("l.registered_at < ?", Timestamp.from(t)));
        if (search.pageToken().isPresent()) {
            final List<String> after = PageToken.lots(search.pageToken().get());
            final Instant registeredAt;
            try {
                registeredAt = Instant.parse(after.get(0));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("the page token is not one this store issued");
            }
            where.add("(l.registered_at, l.lot_id) > (?, ?)", Timestamp.from(registeredAt), after.get(1));
        }
        final String sql = "SELECT l.record, r.record, l.registered_at, l.lot_id FROM lots l "
                + "LEFT JOIN lot_regulations r USING (lot_id)" + where.sql()
                + " ORDER BY l.registered_at, l.lot_id LIMIT ?";
        return read(db -> {
            final List<Lot> lots = new ArrayList<>();
            Optional<String> next = Optional.empty();
            String lastToken = null;
            try (PreparedStatement select = db.prepareStatement(sql)) {
                select.setInt(where.bind(db, select), search.perPage() + 1);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (lots.size() == search.perPage()) {
                            next = Optional.of(lastToken);
                            break;
                        }
                        final String regulation = rows.getString(2);
                        lots.add(LotRegulation.effective(LedgerJson.fromJson(rows.getString(1), Lot.class),
                                regulation == null ? null : LedgerJson.fromJson(regulation, LotRegulation.class)));
                        lastToken = PageToken.lots(rows.getTimestamp(3).toInstant().toString(), rows.getString(4));
                    }
                }
            }
            return new StorePage<>(lots, next, StoreProjector.nextBlock(db, foodChannel));
        });
    }

    @Override
    public Optional<RecallStatusView> recall(final String recallId) {
        Objects.requireNonNull(recallId, "recallId");
        return read(db -> {
            final List<RecallRecord> records = EpcisProjection.records(db,
                    "SELECT record FROM recalls WHERE recall_id = ?", List.of(recallId), RecallRecord.class);
            if (records.isEmpty()) {
                return Optional.<RecallStatusView>empty();
            }
            final RecallRecord recall = records.get(0);
            final java.util.Map<String, RecallAcknowledgement> acks = new java.util.HashMap<>();
            EpcisProjection.records(db, "SELECT record FROM recall_acks WHERE recall_id = ?", List.of(recallId),
                    RecallAcknowledgement.class).forEach(a -> acks.put(a.mspId(), a));
            final List<RecallStatusView.HolderAcknowledgement> holders = new ArrayList<>();
            final List<String> missing = new ArrayList<>();
            for (final String msp : recall.holderMspIds()) {
                final RecallAcknowledgement ack = acks.get(msp);
                holders.add(new RecallStatusView.HolderAcknowledgement(msp, ack != null, ack));
                if (ack == null) {
                    missing.add(msp);
                }
            }
            return Optional.of(new RecallStatusView(recall, holders, missing));
        });
    }

    @Override
    public StorePage<RecallAffectedLot> recallLots(final String recallId, final int perPage,
            final Optional<String> pageToken) {
        Objects.requireNonNull(recallId, "recallId");
        Objects.requireNonNull(pageToken, "pageToken");
        if (perPage < 1 || perPage > EpcisQuery.MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage must be 1.." + EpcisQuery.MAX_PER_PAGE);
        }
        final String after = pageToken.map(t -> PageToken.keyAfter(t)).orElse("");
        return read(db -> {
            final List<RecallAffectedLot> lots = EpcisProjection.records(db, "SELECT record FROM recall_lots "
                    + "WHERE recall_id = ? AND lot_id COLLATE \"C\" > ? ORDER BY lot_id COLLATE \"C\" LIMIT ?", List.of(recallId, after,
                            perPage + 1), RecallAffectedLot.class);
            final Optional<String> next = lots.size() > perPage
                    ? Optional.of(PageToken.key(lots.get(perPage - 1).lotId())) : Optional.empty();
            return new StorePage<>(lots.subList(0, Math.min(perPage, lots.size())), next,
                    StoreProjector.nextBlock(db, foodChannel));
        });
    }

    @Override
    public Optional<StoreTrace> trace(final String lotId, final boolean back, final int pageLots) {
        Objects.requireNonNull(lotId, "lotId");
        if (pageLots < 1 || pageLots > TraceWalk.PER_LOT_MAX) {
            throw new IllegalArgumentException("pageLots must be 1.." + TraceWalk.PER_LOT_MAX);
        }
        // The lineage and the height from one snapshot; the walk itself needs no connection.
        final long[] height = new long[1];
        final Optional<Lineage> lineage = read(db -> {
            height[0] = StoreProjector.nextBlock(db, foodChannel);
            return LineageReader.read(db, foodChannel, lotId, back, traceCache);
        });
        return lineage.map(l -> new StoreTrace(TraceWalk.all(l, lotId, back, pageLots), height[0]));
    }

    private static StoredEvent storedEvent(final ResultSet rows) throws SQLException {
        final JsonNode epcis = LedgerJson.readTree(rows.getString(2));
        return new StoredEvent(rows.getString(1), (ObjectNode) epcis, rows.getLong(3), rows.getString(4));
    }

    /** Runs a read in one read-only repeatable-read transaction: rows and height from one snapshot. */
    @Override
    public StorePage<ChainTransaction> transactions(final String channel, final int limit,
            final Optional<String> pageToken) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(pageToken, "pageToken");
        return read(db -> ChainTransactions.page(db, channel, limit, pageToken));
    }

    private <T> T read(final Read<T> read) {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            db.setReadOnly(true);
            try {
                final T result = read.run(db);
                db.commit();
                return result;
            } finally {
                if (!db.getAutoCommit()) {
                    db.rollback();
                }
                db.setReadOnly(false);
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("the query store cannot be read", e);
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T run(Connection db) throws SQLException;
    }

    /** A conjunction of conditions with positional parameters; lists are bound as SQL arrays. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        void add(final String condition, final Object... values) {
            conditions.add(condition);
            parameters.addAll(List.of(values));
        }

        void anyOf(final String column, final List<String> values) {
            if (!values.isEmpty()) {
                add(column + " = ANY (?)", values);
            }
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        /** Binds the parameters; returns the index of the next one. */
        int bind(final Connection db, final PreparedStatement statement) throws SQLException {
            int index = 1;
            for (final Object value : parameters) {
                if (value instanceof List<?> list) {
                    final Array array = db.createArrayOf("text", list.toArray());
                    statement.setArray(index++, array);
                } else {
                    statement.setObject(index++, value);
                }
            }
            return index;
        }
    }

    @Override
    public void close() {
        // the data source belongs to whoever opened it
    }
}
