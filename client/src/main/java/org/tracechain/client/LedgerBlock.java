// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.List;
import java.util.Objects;

/**
 * A committed block as a {@link BlockListener} delivers it: its number and its endorser transactions, valid or not,
 * in block order (config blocks have none).
 *
 * @param channel the channel
 * @param number the block number
 * @param transactions its endorser transactions in block order
 */
public record LedgerBlock(String channel, long number, List<BlockTransaction> transactions) {
    public LedgerBlock {
        Objects.requireNonNull(channel, "channel");
        transactions = List.copyOf(transactions);
    }

    /** The transactions the peer validated (code {@code VALID}), in block order: the only ones that changed state. */
    public List<BlockTransaction> validTransactions() {
        return transactions.stream().filter(BlockTransaction::isValid).toList();
    }
}
