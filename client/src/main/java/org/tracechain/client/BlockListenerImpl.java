// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.common.Block;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class BlockListenerImpl implements BlockListener {

    private static final Logger LOG = LoggerFactory.getLogger(BlockListenerImpl.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(10);

    private final Network network;
    private final Handler handler;
    private final Consumer<Exception> errorHandler;
    private final Consumer<BlockListenerImpl> onClosed;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Thread thread;
    private volatile long nextBlock;
    private volatile CloseableIterator<Block> stream;
    private volatile boolean running = true;

    private BlockListenerImpl(final BuilderImpl builder, final Handler handler) {
        this.network = builder.network;
        this.nextBlock = builder.startBlock;
        this.handler = handler;
        this.errorHandler = builder.errorHandler;
        this.onClosed = builder.onClosed;
        this.thread = new Thread(this::run, "tracechain-blocks-" + network.getName());
        this.thread.setDaemon(true);
    }

    @Override
    public String channel() {
        return network.getName();
    }

    @Override
    public long nextBlock() {
        return nextBlock;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (!stopping()) {
            // Every (re)connection starts at the block after the last one handled: nothing skipped, nothing twice.
            try (CloseableIterator<Block> blocks = network.newBlockEventsRequest().startBlock(nextBlock).build()
                    .getEvents()) {
                stream = blocks;
                if (stopping()) {
                    break;
                }
                while (blocks.hasNext()) {
                    deliver(blocks.next());
                    backoff = FIRST_BACKOFF;
                }
                LOG.debug("{} block stream ended; reconnecting", this);
            } catch (GatewayRuntimeException e) {
                if (stopping()) {
                    break;
                }
                final LedgerUnavailableException failure = LedgerErrors.fromStream(e, this + " block stream");
                if (!LedgerErrors.isTransient(failure.statusCode())) {
                    fail(failure);
                    break;
                }
                LOG.warn("{}; reconnecting in {} ms from block {}", failure.getMessage(), backoff.toMillis(), nextBlock);
            } catch (HandlerFailure e) {
                fail(e.cause);
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

    private void deliver(final Block block) throws HandlerFailure {
        final long number = block.getHeader().getNumber();
        if (number < nextBlock) {
            return;     // a peer re-sending what was handled before a reconnect
        }
        final LedgerBlock parsed = BlockParser.parse(network.getName(), block);
        try {
            handler.handle(parsed);
        } catch (Exception e) {
            throw new HandlerFailure(e);
        }
        nextBlock = number + 1;
    }

    private void fail(final Exception e) {
        running = false;
        try {
            errorHandler.accept(e);
        } catch (RuntimeException handlerError) {
            LOG.error("{} error handler failed", this, handlerError);
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

    @Override
    public void close() {
        stopRequested.countDown();
        final CloseableIterator<Block> current = stream;
        if (current != null) {
            current.close();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(JOIN_TIMEOUT.toMillis());
                if (thread.isAlive()) {
                    LOG.warn("{} handler still running after {} s; not waiting longer", this, JOIN_TIMEOUT.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
        onClosed.accept(this);
    }

    @Override
    public String toString() {
        return "BlockListener[" + network.getName() + "]";
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

    static final class BuilderImpl implements BlockListener.Builder {
        private final Network network;
        private final Consumer<BlockListenerImpl> onStarted;
        private final Consumer<BlockListenerImpl> onClosed;
        private long startBlock;
        private Consumer<Exception> errorHandler;

        BuilderImpl(final Network network, final Consumer<BlockListenerImpl> onStarted,
                final Consumer<BlockListenerImpl> onClosed) {
            this.network = network;
            this.onStarted = onStarted;
            this.onClosed = onClosed;
            this.errorHandler = e -> LOG.error("{} block listener stopped", network.getName(), e);
        }

        @Override
        public Builder startBlock(final long blockNumber) {
            if (blockNumber < 0) {
                throw new IllegalArgumentException("startBlock must not be negative, got " + blockNumber);
            }
            this.startBlock = blockNumber;
            return this;
        }

        @Override
        public Builder onError(final Consumer<Exception> errorHandler) {
            this.errorHandler = Arguments.requireNonNull(errorHandler, "errorHandler");
            return this;
        }

        @Override
        public BlockListener start(final Handler handler) {
            Arguments.requireNonNull(handler, "handler");
            final BlockListenerImpl listener = new BlockListenerImpl(this, handler);
            onStarted.accept(listener);
            listener.thread.start();
            return listener;
        }
    }
}
