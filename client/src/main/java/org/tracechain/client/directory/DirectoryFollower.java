// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;

/**
 * A running subscription to the catalog changes a department depends on (数据变化实时探知), started by
 * {@link GovDirectory#followEntryChanges()}. With a checkpoint file it resumes after a restart exactly after the
 * last change it handled: nothing missed, nothing repeated (events filtered out count as handled).
 */
public interface DirectoryFollower extends AutoCloseable {

    /** False once closed, or stopped by a handler failure or a permanent stream error. */
    boolean isRunning();

    /** Stops delivering changes and releases the checkpoint file. */
    @Override
    void close();

    /** Handles one change; throwing stops the follower, and the change is delivered again on restart. */
    @FunctionalInterface
    interface Handler {
        /**
         * @param change the change
         * @throws Exception to stop the follower without checkpointing the change
         */
        void handle(DirectoryChange change) throws Exception;
    }

    /** Describes what to follow and starts following. Nothing named means every change. */
    interface Builder {
        /**
         * Follows these entries (by code), e.g. the ones the department holds grants for.
         *
         * @param entryCodes entry codes
         * @return this builder
         */
        Builder entries(Collection<String> entryCodes);

        /**
         * Follows every entry of these owner departments.
         *
         * @param departmentCodes department codes
         * @return this builder
         */
        Builder departments(Collection<String> departmentCodes);

        /**
         * Also follows decisions on this department's requests and revocations of its grants.
         *
         * @param departmentCode the following department
         * @return this builder
         */
        Builder requesterDepartment(String departmentCode);

        /**
         * Persists the position in this file so a restart resumes after the last handled change.
         *
         * @param file checkpoint file (created if missing)
         * @return this builder
         */
        Builder checkpointFile(Path file);

        /**
         * The block to start from when there is no saved position (default: the next block).
         *
         * @param blockNumber a block number, zero or more
         * @return this builder
         */
        Builder startBlock(long blockNumber);

        /**
         * Receives the exception that stopped the follower (default: logged).
         *
         * @param errorHandler the error handler
         * @return this builder
         */
        Builder onError(Consumer<Exception> errorHandler);

        /**
         * Starts following on a background thread.
         *
         * @param handler called for each followed change, in ledger order
         * @return the running follower
         * @throws IOException if the checkpoint file cannot be opened or is in use
         */
        DirectoryFollower start(Handler handler) throws IOException;
    }
}
