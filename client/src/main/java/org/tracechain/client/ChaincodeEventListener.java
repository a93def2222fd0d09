// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Delivers a chaincode's events, in ledger order, to a handler on a dedicated thread.
 *
 * <p>With a checkpoint file, the position after each <em>successfully handled</em> event is saved (Fabric
 * Gateway's {@code FileCheckpointer}), so a listener started again with the same file resumes right after the
 * last handled event: nothing missed, nothing repeated. If the handler throws, the event is not checkpointed and
 * the listener stops (reporting the exception to the error handler); it is delivered again on the next start.
 * Transient connection failures are retried with backoff from the last checkpoint.
 *
 * <pre>{@code
 * try (ChaincodeEventListener listener = client.newChaincodeEventListener("foodtrace", "foodtrace")
 *         .checkpointFile(home.resolve("checkpoints/recall-notifier.json"))
 *         .startBlock(0)                       // used only when the checkpoint file is new
 *         .onError(e -> log.error("listener stopped", e))
 *         .start(event -> notifier.handle(event.eventName(), event.payloadAs(RecallNotice.class)))) {
 *     ...
 * }
 * }</pre>
 */
public interface ChaincodeEventListener extends AutoCloseable {

    /** The channel listened to. */
    String channel();

    /** The chaincode listened to. */
    String chaincode();

    /** False once closed, or stopped by a handler failure or a permanent stream error. */
    boolean isRunning();

    /** Stops delivering events, waits for the handler thread to finish and releases the checkpoint file. */
    @Override
    void close();

    /** Handles one event; throwing stops the listener without checkpointing the event. */
    @FunctionalInterface
    interface Handler {
        /**
         * @param event the event
         * @throws Exception to stop the listener; the event will be delivered again on restart
         */
        void handle(LedgerEvent event) throws Exception;
    }

    /** Describes and starts a listener. */
    interface Builder {
        /**
         * Persists the position in this file (created if missing; locked while the listener runs).
         *
         * @param file the checkpoint file
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder checkpointFile(Path file);

        /**
         * The first block to read when there is no saved position (default: the next block to commit).
         *
         * @param blockNumber a block number, zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        Builder startBlock(long blockNumber);

        /**
         * Receives the exception that stopped the listener (handler failure, checkpoint write failure, permanent
         * stream error). Default: logged at ERROR.
         *
         * @param errorHandler the error handler
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder onError(Consumer<Exception> errorHandler);

        /**
         * Opens the checkpoint file and starts the listener thread.
         *
         * @param handler called for each event, one at a time
         * @return the running listener
         * @throws IOException if the checkpoint file cannot be opened or is locked by another listener
         * @throws NullPointerException if {@code handler} is null
         */
        ChaincodeEventListener start(Handler handler) throws IOException;
    }
}
