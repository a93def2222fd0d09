// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.slf4j.Logger;

/**
 * The delivery thread of a listener over a Gateway event stream (blocks, chaincode events). Every (re)connection
 * opens the stream after the last item delivered, so nothing is skipped and nothing handed over twice; a stream
 * that ends or fails transiently is reopened after a backoff (0.5 s doubling to 30 s, back to 0.5 s after each
 * item). A handler failure, a position that cannot be recorded, or a stream failure that retrying cannot cure stops
 * the thread and goes to the listener's error handler, once. The listeners differ only in how they open the stream,
 * read an item and record its position, which they pass in:
 *
 * <pre>{@code
 * ResumingEventStream<Block, LedgerBlock> blocks = new ResumingEventStream<>(LOG, this, "block stream",
 *         "tracechain-blocks-" + channel,
 *         () -> network.newBlockEventsRequest().startBlock(nextBlock).build().getEvents(),
 *         this::parseUnlessDelivered, handler::handle, block -> nextBlock = block.getHeader().getNumber() + 1,
 *         () -> "block " + nextBlock, errorHandler);
 * blocks.start();
 * }</pre>
 *
 * @param <T> what the stream yields
 * @param <U> what the handler is given
 */
final class ResumingEventStream<T, U> {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(10);

    /** Opens the stream after the last position recorded. */
    @FunctionalInterface
    interface Opener<T> {
        CloseableIterator<T> open();
    }

    /** Hands one item to the listener's handler; any exception stops the stream. */
    @FunctionalInterface
    interface Delivery<U> {
        void deliver(U item) throws Exception;
    }

    /** Records an item as delivered, so that the next connection starts after it. */
    @FunctionalInterface
    interface Position<T> {
        void delivered(T item) throws IOException;
    }

    private final Logger log;
    private final Object owner;
    private final String streamName;
    private final Opener<T> opener;
    private final Function<T, U> reader;
    private final Delivery<U> delivery;
    private final Position<T> position;
    private final Supplier<String> resumePoint;
    private final Consumer<Exception> errorHandler;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Thread thread;
    private volatile CloseableIterator<T> stream;
    private volatile boolean running = true;

    /**
     * @param log the listener's logger
     * @param owner the listener, named in log lines and errors
     * @param streamName what the stream is, for log lines and errors ({@code "block stream"})
     * @param threadName the delivery thread's name
     * @param opener opens the stream after the last recorded position
     * @param reader what the handler gets for an item, or null for an item delivered before (skipped)
     * @param delivery hands an item to the handler
     * @param position records an item as delivered, after the handler returned
     * @param resumePoint where a reconnection starts, for the log line ({@code "block 12"})
     * @param errorHandler gets the exception that stopped the stream
     */
    ResumingEventStream(final Logger log, final Object owner, final String streamName, final String threadName,
            final Opener<T> opener, final Function<T, U> reader, final Delivery<U> delivery,
            final Position<T> position, final Supplier<String> resumePoint, final Consumer<Exception> errorHandler) {
        this.log = log;
        this.owner = owner;
        this.streamName = streamName;
        this.opener = opener;
        this.reader = reader;
        this.delivery = delivery;
        this.position = position;
        this.resumePoint = resumePoint;
        this.errorHandler = errorHandler;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (!stopping()) {
            try (CloseableIterator<T> items = opener.open()) {
                stream = items;
                if (stopping()) {
                    break;
                }
                while (items.hasNext()) {
                    deliver(items.next());
                    backoff = FIRST_BACKOFF;
                }
                log.debug("{} {} ended; reconnecting", owner, streamName);
            } catch (GatewayRuntimeException e) {
                if (stopping()) {
                    break;
                }
                final LedgerUnavailableException failure = LedgerErrors.fromStream(e, owner + " " + streamName);
                if (!LedgerErrors.isTransient(failure.statusCode())) {
                    fail(failure);
                    break;
                }
                log.warn("{}; reconnecting in {} ms from {}", failure.getMessage(), backoff.toMillis(),
                        resumePoint.get());
            } catch (HandlerFailure e) {
                fail(e.cause);
                break;
            } catch (IOException e) {
                fail(e);
                break;
            } catch (RuntimeException e) {
                if (stopping()) {
                    break;
                }
                fail(e);
                break;
            }
            if (sleep(backoff)) {
                break;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
        running = false;
    }

    private void deliver(final T item) throws HandlerFailure, IOException {
        final U read = reader.apply(item);
        if (read == null) {
            return;
        }
        try {
            delivery.deliver(read);
        } catch (Exception e) {
            throw new HandlerFailure(e);
        }
        position.delivered(item);
    }

    private void fail(final Exception e) {
        running = false;
        try {
            errorHandler.accept(e);
        } catch (RuntimeException handlerError) {
            log.error("{} error handler failed", owner, handlerError);
        }
    }

    private boolean stopping() {
        return stopRequested.getCount() == 0;
    }

    /** Sleeps unless stopped; returns true if stopped. */
    private boolean sleep(final Duration duration) {
        try {
            return stopRequested.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /**
     * Stops the thread: closes the open stream and, unless called from the handler itself, waits up to 10 s for a
     * handler still running.
     *
     * @return whether the delivery thread has ended (its position will not be recorded again)
     */
    boolean stop() {
        stopRequested.countDown();
        final CloseableIterator<T> current = stream;
        if (current != null) {
            current.close();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(JOIN_TIMEOUT.toMillis());
                if (thread.isAlive()) {
                    log.warn("{} handler still running after {} s; not waiting longer", owner,
                            JOIN_TIMEOUT.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
        return !thread.isAlive();
    }

    /** Carries a handler's exception out of the delivery loop without confusing it with stream errors. */
    private static final class HandlerFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Exception cause;

        HandlerFailure(final Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
