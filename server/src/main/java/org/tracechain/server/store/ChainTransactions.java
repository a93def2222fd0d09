// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracechain.client.BlockTransaction;
import org.tracechain.client.LedgerBlock;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.transaction.TransactionTable;

/**
 * The {@code chain_transactions} table (V3): every endorser transaction of each projected block, valid or not,
 * written by {@link StoreProjector} in the block's database transaction, read newest first in keyset pages.
 */
final class ChainTransactions {

    /** The largest page. */
    static final int MAX_LIMIT = 200;

    /** The contracts whose function names are recorded: a name no table lists is stored as null. */
    private static final Map<String, TransactionTable> TABLES = Map.of(FoodTransaction.CHAINCODE,
            FoodTransaction.TABLE, DirectoryTransaction.CHAINCODE, DirectoryTransaction.TABLE);

    private ChainTransactions() {}

    /** Records the block's transactions with one batched insert (one round trip per block, not per transaction). */
    static void record(final Connection db, final LedgerBlock block) throws SQLException {
        if (block.transactions().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO chain_transactions (channel, block_number, "
                + "tx_index, tx_id, validation_code, chaincode, function_name, creator_msp_id, tx_timestamp) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (final BlockTransaction transaction : block.transactions()) {
                Sql.bind(insert, block.channel(), block.number(), transaction.index(), transaction.transactionId(),
                        transaction.validationCode(), transaction.chaincode(),
                        functionName(transaction.chaincode(), transaction.function()), transaction.creatorMspId(),
                        transaction.timestamp());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The contract transaction a call named, as its table spells it, or null. Only names the model lists are kept:
     * a proposal's first argument is whatever the client sent, and an invalid transaction's may be anything.
     */
    static String functionName(final String chaincode, final String function) {
        final TransactionTable table = TABLES.get(chaincode);
        if (table == null) {
            return null;
        }
        return table.resolve(function).map(resolved -> resolved.signature().name()).orElse(null);
    }

    /** Deletes a channel's rows (the table is shared by every channel's projector, so no TRUNCATE). */
    static void forget(final Connection db, final String channel) throws SQLException {
        Sql.update(db, "DELETE FROM chain_transactions WHERE channel = ?", channel);
    }

    /**
     * A page of the channel's transactions, newest first (block, then position in the block, descending).
     *
     * @param db a connection in the reading transaction
     * @param channel the channel
     * @param limit page size, 1..{@link #MAX_LIMIT}
     * @param pageToken the previous page's token
     * @return the page, its height the channel's checkpoint in the same transaction
     * @throws IllegalArgumentException for a token this store did not issue
     */
    static StorePage<ChainTransaction> page(final Connection db, final String channel, final int limit,
            final Optional<String> pageToken) throws SQLException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
        long beforeBlock = Long.MAX_VALUE;
        int beforeIndex = Integer.MAX_VALUE;
        if (pageToken.isPresent()) {
            final long[] after = PageToken.transactions(pageToken.get());
            beforeBlock = after[0];
            beforeIndex = (int) after[1];
        }
        final List<ChainTransaction> items = new ArrayList<>();
        Optional<String> next = Optional.empty();
        try (PreparedStatement select = db.prepareStatement("SELECT block_number, tx_index, tx_id, validation_code, "
                + "chaincode, function_name, creator_msp_id, tx_timestamp FROM chain_transactions "
                + "WHERE channel = ? AND (block_number, tx_index) < (?, ?) "
                + "ORDER BY block_number DESC, tx_index DESC LIMIT ?")) {
            Sql.bind(select, channel, beforeBlock, beforeIndex, limit + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (items.size() == limit) {
                        final ChainTransaction last = items.get(items.size() - 1);
                        next = Optional.of(PageToken.transactions(last.blockNumber(), last.index()));
                        break;
                    }
                    final Timestamp time = rows.getTimestamp(8);
                    items.add(new ChainTransaction(channel, rows.getLong(1), rows.getInt(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            time.toInstant()));
                }
            }
        }
        return new StorePage<>(items, next, StoreProjector.nextBlock(db, channel));
    }
}
