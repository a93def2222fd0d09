// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * One stream's writes, made in order on a shared pool and never on the thread that produced them. A client that
 * reads slowly fills its socket's buffer, and a write then blocks until the server's idle timeout: made on the event
 * listener's thread, it would hold up every other stream's events too. Here it holds up only its own stream, and a
 * stream more than {@code maxPending} frames behind is given up ({@link #offer} answers false): its page reconnects
 * and reads the recall again.
 */
final class OrderedWrites {

    private final Executor pool;
    private final int maxPending;
    private final Runnable onFailure;
    private final Queue<BooleanSupplier> frames = new ConcurrentLinkedQueue<>();
    /** Frames offered and not yet written; the offer that makes it 1 starts the drain. */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean failed;

    /**
     * @param pool where the writes run
     * @param maxPending frames a stream may fall behind before it is given up
     * @param onFailure run once, on the pool, when a write answers false (the client has gone)
     */
    OrderedWrites(final Executor pool, final int maxPending, final Runnable onFailure) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending must be positive");
        }
        this.pool = pool;
        this.maxPending = maxPending;
        this.onFailure = onFailure;
    }

    /**
     * Queues a write, which answers false once the client has gone.
     *
     * @param write the write
     * @return false if the stream is too far behind (or has failed, or the pool is shut down): give it up
     */
    boolean offer(final BooleanSupplier write) {
        if (failed || pending.get() >= maxPending) {
            return false;
        }
        frames.add(write);
        if (pending.getAndIncrement() == 0) {
            try {
                pool.execute(this::drain);
            } catch (RejectedExecutionException e) {
                return false;
            }
        }
        return true;
    }

    /** Frames offered and not yet written. */
    int pending() {
        return pending.get();
    }

    private void drain() {
        do {
            final BooleanSupplier write = frames.poll();
            if (write != null && !failed && !write.getAsBoolean()) {
                failed = true;
                onFailure.run();
            }
        } while (pending.decrementAndGet() > 0);
    }
}
