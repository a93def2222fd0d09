// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.tracechain.client.BlockListener;
import org.tracechain.client.BlockTransaction;
import org.tracechain.client.KvWrite;
import org.tracechain.client.LedgerBlock;
import org.tracechain.client.LedgerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the query store from one channel's blocks: each block's valid transactions are projected into the tables and
 * the channel's checkpoint (the next block to read) is moved past the block <em>in the same database
 * transaction</em>. A crash anywhere leaves either the whole block and its checkpoint or neither, so a projector
 * started again resumes at the checkpoint with no row lost or written twice. Invalid transactions (an MVCC conflict,
 * an endorsement policy failure) changed nothing on the ledger and are never projected into the chaincode's tables;
 * every transaction, valid or not, is listed in {@code chain_transactions} ({@link ChainTransactions}).
 *
 * <pre>{@code
 * try (StoreProjector projector = StoreProjector.food(dataSource, "foodtrace")) {
 *     projector.start(client, e -> log.error("query store projection stopped", e));
 *     ...
 * }
 * // tracechain store rebuild: empty the channel's tables, then replay from block 0
 * projector.rebuild();
 * projector.start(client, onError);
 * }</pre>
 */
public final class StoreProjector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreProjector.class);

    private final DataSource dataSource;
    private final String channel;
    private final ChaincodeProjection projection;
    private static final java.time.Duration FIRST_RETRY = java.time.Duration.ofSeconds(1);
    private static final java.time.Duration MAX_RETRY = java.time.Duration.ofSeconds(30);

    private volatile BlockListener listener;
    private volatile boolean closed;
    private volatile java.time.Duration retry = FIRST_RETRY;
    private final java.util.concurrent.ScheduledExecutorService restarts =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                final Thread thread = new Thread(r, "tracechain-store-restart");
                thread.setDaemon(true);
                return thread;
            });
    private volatile Consumer<LedgerBlock> beforeCommit = block -> { };

    private StoreProjector(final DataSource dataSource, final String channel, final ChaincodeProjection projection) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.projection = projection;
    }

    /**
     * A projector of the foodtrace chaincode's writes on a channel.
     *
     * @param dataSource the query store's database (migrated)
     * @param channel the channel, e.g. {@code foodtrace}
     * @return the projector, not started
     */
    public static StoreProjector food(final DataSource dataSource, final String channel) {
        return new StoreProjector(dataSource, channel, new FoodProjection());
    }

    /**
     * A projector of the govdir chaincode's writes on a channel.
     *
     * @param dataSource the query store's database (migrated)
     * @param channel the channel, e.g. {@code govdir}
     * @return the projector, not started
     */
    public static StoreProjector directory(final DataSource dataSource, final String channel) {
        return new StoreProjector(dataSource, channel, new DirectoryProjection());
    }

    /** The channel projected. */
    public String channel() {
        return channel;
    }

    /**
     * The checkpoint: the next block to project (0 when nothing is projected).
     *
     * @return the next block number
     * @throws StoreUnavailableException if the database cannot be read
     */
    public long nextBlock() {
        try (Connection db = dataSource.getConnection()) {
            return nextBlock(db, channel);
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot read the checkpoint of " + channel, e);
        }
    }

    /**
     * Every channel's checkpoint, for {@code tracechain store status} ({@link StoreHeights}:
     * {@code new StoreCommand(rebuild, StoreProjector::heights)}).
     *
     * @param dataSource the query store's database
     * @return channel name to the next block to project
     * @throws SQLException if the checkpoints cannot be read
     */
    public static java.util.Map<String, Long> heights(final DataSource dataSource) throws SQLException {
        final java.util.Map<String, Long> out = new java.util.TreeMap<>();
        try (Connection db = dataSource.getConnection(); PreparedStatement select = db.prepareStatement(
                "SELECT channel, next_block FROM store_checkpoint"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                out.put(rows.getString(1), rows.getLong(2));
            }
        }
        return out;
    }

    static long nextBlock(final Connection db, final String channel) throws SQLException {
        try (PreparedStatement select = db.prepareStatement(
                "SELECT next_block FROM store_checkpoint WHERE channel = ?")) {
            select.setString(1, channel);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /**
     * Starts following the channel from the checkpoint through {@code client}'s peer. When the projection fails (the
     * database is unreachable, the peer refuses), {@code onError} hears of it and the projector starts again from the
     * checkpoint after a pause that doubles from 1 s to 30 s, until it is closed: nothing is lost meanwhile, the
     * answers only say an older height.
     *
     * @param client a client of an organisation that is a member of the channel
     * @param onError receives each failure of the projection
     * @throws IllegalStateException if already started or closed
     */
    public synchronized void start(final LedgerClient client, final Consumer<Exception> onError) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(onError, "onError");
        if (closed) {
            throw new IllegalStateException("the projector of " + channel + " is closed");
        }
        if (listener != null && listener.isRunning()) {
            throw new IllegalStateException("the projector of " + channel + " is already running");
        }
        final long next = nextBlock();
        LOG.info("projecting {} into the query store from block {}", channel, next);
        listener = client.newBlockListener(channel).startBlock(next).onError(e -> {
            onError.accept(e);
            restartLater(client, onError);
        }).start(block -> {
            project(block);
            retry = FIRST_RETRY;
        });
    }

    private void restartLater(final LedgerClient client, final Consumer<Exception> onError) {
        if (closed) {
            return;
        }
        final java.time.Duration pause = retry;
        retry = pause.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : pause.multipliedBy(2);
        LOG.warn("query store projection of {} stopped; starting again from its checkpoint in {} s", channel,
                pause.toSeconds());
        try {
            restarts.schedule(() -> {
                try {
                    synchronized (this) {
                        if (!closed && (listener == null || !listener.isRunning())) {
                            start(client, onError);
                        }
                    }
                } catch (RuntimeException e) {
                    onError.accept(e);
                    restartLater(client, onError);
                }
            }, pause.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /** True while started and not stopped by a failure. */
    public boolean isRunning() {
        final BlockListener current = listener;
        return current != null && current.isRunning();
    }

    /**
     * Projects one block in one database transaction with the checkpoint. A block below the checkpoint was projected
     * before and is skipped; a block beyond it would leave a gap and is refused.
     *
     * @param block the next block of the channel
     * @throws SQLException if the database refuses (nothing of the block is kept)
     * @throws IllegalStateException if the block is not the next one
     */
    public void project(final LedgerBlock block) throws SQLException {
        if (!block.channel().equals(channel)) {
            throw new IllegalArgumentException("block of " + block.channel() + " given to the projector of " + channel);
        }
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                final long next = lockCheckpoint(db);
                if (block.number() < next) {
                    db.rollback();
                    return;
                }
                if (block.number() > next) {
                    throw new IllegalStateException("block " + block.number() + " of " + channel
                            + " would leave a gap: the store's next block is " + next);
                }
                projection.beginBlock();
                for (final BlockTransaction transaction : block.transactions()) {
                    if (!transaction.isValid()) {
                        continue;   // it changed nothing on the ledger
                    }
                    final List<KvWrite> writes = transaction.writesTo(projection.namespace());
                    if (!writes.isEmpty()) {
                        projection.project(db, block.number(), transaction, writes);
                    }
                }
                // Every transaction, the invalid ones too: the chain page shows what the peer refused and why.
                ChainTransactions.record(db, block);
                Sql.update(db, "UPDATE store_checkpoint SET next_block = ? WHERE channel = ?", block.number() + 1,
                        channel);
                beforeCommit.accept(block);
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                projection.beginBlock();
                throw e;
            }
        }
    }

    /** Reads the checkpoint and holds its row until commit: two projectors of a channel cannot interleave. */
    private long lockCheckpoint(final Connection db) throws SQLException {
        Sql.update(db, "INSERT INTO store_checkpoint (channel, next_block) VALUES (?, 0) ON CONFLICT DO NOTHING",
                channel);
        try (PreparedStatement select = db.prepareStatement(
                "SELECT next_block FROM store_checkpoint WHERE channel = ? FOR UPDATE")) {
            select.setString(1, channel);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Empties the channel's tables and its checkpoint in one transaction, so that the next {@link #start} replays
     * the channel from block 0. The projector must not be running.
     *
     * @throws IllegalStateException if running
     * @throws StoreUnavailableException if the database refuses
     */
    public synchronized void rebuild() {
        if (isRunning()) {
            throw new IllegalStateException("stop the projector of " + channel + " before rebuilding");
        }
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                lockCheckpoint(db);
                Sql.update(db, "TRUNCATE " + String.join(", ", projection.tables()));
                ChainTransactions.forget(db, channel);
                // From block 0 every lineage link is projected again: the store answers traces again (V2).
                Sql.update(db, "UPDATE store_checkpoint SET next_block = 0, lineage_from_block = 0 WHERE channel = ?",
                        channel);
                db.commit();
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("cannot empty the query store of " + channel, e);
        }
        LOG.info("query store of {} emptied; it is rebuilt from block 0", channel);
    }

    /** For tests: runs after a block's rows are written, before its transaction commits (a crash point). */
    void beforeCommit(final Consumer<LedgerBlock> hook) {
        this.beforeCommit = Objects.requireNonNull(hook, "hook");
    }

    /** Stops following the channel (no more restarts); what is committed stays. */
    @Override
    public void close() {
        final BlockListener current;
        synchronized (this) {
            closed = true;
            restarts.shutdownNow();
            current = listener;
            listener = null;
        }
        if (current != null) {
            current.close();
        }
    }
}
