// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tracechain.client.LedgerException;

/**
 * How the benchmark loads the ledger before it measures (existing records, lineages, the directory): many submits, a
 * fixed number in flight, each returning once committed; the first failure ends the load with its own exception.
 */
final class ParallelSubmits {

    /** One submit of a load, by its index; returns the block it committed in. */
    @FunctionalInterface
    interface Submit {
        long committedIn(int index) throws LedgerException;
    }

    private ParallelSubmits() {}

    /**
     * Submits {@code count} transactions, {@code parallel} at a time, and returns the highest block any committed in
     * (0 for none), so that the caller can wait for every peer to have it.
     *
     * @param what what is being loaded, for the failure's message
     * @throws LedgerException the first submit's that failed
     */
    static long highestBlock(final String what, final int parallel, final int count, final Submit submit)
            throws LedgerException, InterruptedException {
        final ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, count)));
        try {
            final List<Future<Long>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                final int index = i;
                pending.add(pool.submit(() -> submit.committedIn(index)));
            }
            long block = 0;
            for (final Future<Long> result : pending) {
                block = Math.max(block, result.get());
            }
            return block;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LedgerException cause) {
                throw cause;
            }
            throw new IllegalStateException(what + " failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
