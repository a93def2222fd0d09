// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.tracechain.client.LedgerException;
import org.tracechain.model.food.TracePages;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;

/**
 * The SDK's whole-lineage trace: the chaincode's trace evaluated page by page and merged by {@link TracePages}, the
 * merge the query store uses too. Once the first page has named the lots to start from, the pages that follow are
 * asked for {@value #PAGES_AT_ONCE} at a time: each is an evaluate of its own, so the peer and the chaincode server
 * work on one while the client decodes another. The pages asked for and the merged trace are those of asking one
 * after another.
 */
final class TracePager {

    /** Pages in flight at once: enough to keep two cores busy. */
    static final int PAGES_AT_ONCE = 3;

    @FunctionalInterface
    interface TraceCall {
        TraceResult trace(TraceRequest request) throws LedgerException;
    }

    private TracePager() {}

    static TraceResult all(final TraceCall call, final String lotId, final int pageLots) throws LedgerException {
        final ExecutorService pages = Executors.newFixedThreadPool(Math.max(1, PAGES_AT_ONCE - 1), new PageThreads());
        try {
            return TracePages.merge((starts, maxLots) -> call.trace(new TraceRequest(null, starts, null, maxLots,
                    null)), lotId, pageLots, pages, PAGES_AT_ONCE);
        } finally {
            // Every page has answered by now (the merge waits for all it asked for): the threads are idle.
            pages.shutdown();
        }
    }

    /** Daemon threads named after what they do: a trace left behind never keeps a JVM from exiting. */
    private static final class PageThreads implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(final Runnable task) {
            final Thread thread = new Thread(task, "tracechain-trace-page-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
