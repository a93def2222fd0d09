// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.function.Consumer;

/**
 * Delivers a channel's committed blocks, in order from a start block, to a handler on a dedicated thread: each
 * block's number and its transactions as the peer committed them (transaction id, validation code, chaincode and
 * public key-value writes), parsed from the full block.
 *
 * <p>The listener keeps no checkpoint of its own: the handler stores its position (typically in the same database
 * transaction as what it derived from the block) and the next start passes it as {@link Builder#startBlock}. Within
 * one run, a dropped connection is re-opened with backoff from the block after the last one handled, so no block is
 * skipped or handled twice. If the handler throws, the listener stops and reports the exception; the block is
 * delivered again by a listener started from it.
 *
 * <pre>{@code
 * long next = store.nextBlock("foodtrace");              // the handler's own checkpoint
 * try (BlockListener listener = client.newBlockListener("foodtrace")
 *         .startBlock(next)
 *         .onError(e -> log.error("projection stopped", e))
 *         .start(block -> store.project(block))) {      // writes the rows and the next block in one transaction
 *     ...
 * }
 * }</pre>
 *
 * <p>Config blocks and transactions that are not endorser transactions are delivered as blocks without those
 * transactions, so a handler still sees (and can checkpoint) every block number.
 */
public interface BlockListener extends AutoCloseable {

    /** The channel listened to. */
    String channel();

    /** The number of the next block the listener will deliver. */
    long nextBlock();

    /** False once closed, or stopped by a handler failure or a permanent stream error. */
    boolean isRunning();

    /** Stops delivering blocks and waits for the handler thread to finish. */
    @Override
    void close();

    /** Handles one block; throwing stops the listener. */
    @FunctionalInterface
    interface Handler {
        /**
         * @param block the committed block
         * @throws Exception to stop the listener; a listener started from this block delivers it again
         */
        void handle(LedgerBlock block) throws Exception;
    }

    /** Describes and starts a listener. */
    interface Builder {
        /**
         * The first block to deliver (default 0, the genesis block).
         *
         * @param blockNumber a block number, zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        Builder startBlock(long blockNumber);

        /**
         * Receives the exception that stopped the listener (handler failure, permanent stream error). Default:
         * logged at ERROR.
         *
         * @param errorHandler the error handler
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder onError(Consumer<Exception> errorHandler);

        /**
         * Starts the listener thread.
         *
         * @param handler called for each block, one at a time, in block order
         * @return the running listener
         * @throws NullPointerException if {@code handler} is null
         */
        BlockListener start(Handler handler);
    }
}
