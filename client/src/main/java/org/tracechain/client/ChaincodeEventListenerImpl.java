// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.ChaincodeEventsRequest;
import org.hyperledger.fabric.client.Checkpointer;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.FileCheckpointer;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.InMemoryCheckpointer;
import org.hyperledger.fabric.client.Network;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class ChaincodeEventListenerImpl implements ChaincodeEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(ChaincodeEventListenerImpl.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(10);

    private final Network network;
    private final String chaincode;
    private final Checkpointer checkpointer;
    private final long startBlock;
    private final Handler handler;
    private final Consumer<Exception> errorHandler;
    private final Consumer<ChaincodeEventListenerImpl> onClosed;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final Thread thread;
    private volatile CloseableIterator<ChaincodeEvent> stream;
    private volatile boolean running = true;

    private ChaincodeEventListenerImpl(final BuilderImpl builder, final Checkpointer checkpointer,
            final Handler handler) {
        this.network = builder.network;
        this.chaincode = builder.chaincode;
        this.checkpointer = checkpointer;
        this.startBlock = builder.startBlock;
        this.handler = handler;
        this.errorHandler = builder.errorHandler;
        this.onClosed = builder.onClosed;
        this.thread = new Thread(this::run, "tracechain-events-" + network.getName() + "-" + chaincode);
        this.thread.setDaemon(true);
    }

    @Override
    public String channel() {
        return network.getName();
    }

    @Override
    public String chaincode() {
        return chaincode;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backoff = FIRST_BACKOFF;
        while (!stopping()) {
            try (CloseableIterator<ChaincodeEvent> events = openStream()) {
                stream = events;
                if (stopping()) {
                    break;
                }
                while (events.hasNext()) {
                    deliver(events.next());
                    backoff = FIRST_BACKOFF;
                }
                LOG.debug("{} event stream ended; reconnecting", this);
            } catch (GatewayRuntimeException e) {
                if (stopping()) {
                    break;
                }
                final LedgerUnavailableException failure = LedgerErrors.fromStream(e, this + " event stream");
                if (!LedgerErrors.isTransient(failure.statusCode())) {
                    fail(failure);
                    break;
                }
                LOG.warn("{}; reconnecting in {} ms from the last checkpoint", failure.getMessage(), backoff.toMillis());
            } catch (HandlerFailure | IOException e) {
                fail(e instanceof HandlerFailure failure ? failure.cause : e);
                break;
            }
            if (sleep(backoff)) {
                break;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
        running = false;
    }

    private CloseableIterator<ChaincodeEvent> openStream() {
        final ChaincodeEventsRequest.Builder request = network.newChaincodeEventsRequest(chaincode);
        if (startBlock >= 0) {
            request.startBlock(startBlock);
        }
        // A saved position overrides the start block: the gateway resumes after the checkpointed transaction.
        request.checkpoint(checkpointer);
        return request.build().getEvents();
    }

    private void deliver(final ChaincodeEvent event) throws HandlerFailure, IOException {
        final LedgerEvent ledgerEvent = new LedgerEvent(event.getChaincodeName(), event.getEventName(),
                event.getTransactionId(), event.getBlockNumber(), event.getPayload());
        try {
            handler.handle(ledgerEvent);
        } catch (Exception e) {
            throw new HandlerFailure(e);
        }
        checkpointer.checkpointChaincodeEvent(event);
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
        final CloseableIterator<ChaincodeEvent> current = stream;
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
        if (checkpointer instanceof FileCheckpointer file && !thread.isAlive()) {
            try {
                file.close();
            } catch (IOException e) {
                LOG.warn("{} could not close its checkpoint file", this, e);
            }
        }
        onClosed.accept(this);
    }

    @Override
    public String toString() {
        return "ChaincodeEventListener[" + network.getName() + "/" + chaincode + "]";
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

    static final class BuilderImpl implements ChaincodeEventListener.Builder {
        private final Network network;
        private final String chaincode;
        private final Consumer<ChaincodeEventListenerImpl> onStarted;
        private final Consumer<ChaincodeEventListenerImpl> onClosed;
        private Path checkpointFile;
        private long startBlock = -1;
        private Consumer<Exception> errorHandler;

        BuilderImpl(final Network network, final String chaincode, final Consumer<ChaincodeEventListenerImpl> onStarted,
                final Consumer<ChaincodeEventListenerImpl> onClosed) {
            this.network = network;
            this.chaincode = chaincode;
            this.onStarted = onStarted;
            this.onClosed = onClosed;
            this.errorHandler = e -> LOG.error("{}/{} event listener stopped", network.getName(), chaincode, e);
        }

        @Override
        public Builder checkpointFile(final Path file) {
            this.checkpointFile = Arguments.requireNonNull(file, "checkpointFile");
            return this;
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
        public ChaincodeEventListener start(final Handler handler) throws IOException {
            Arguments.requireNonNull(handler, "handler");
            final Checkpointer checkpointer = checkpointFile == null ? new InMemoryCheckpointer() : openFile(checkpointFile);
            final ChaincodeEventListenerImpl listener = new ChaincodeEventListenerImpl(this, checkpointer, handler);
            try {
                onStarted.accept(listener);
            } catch (RuntimeException e) {
                if (checkpointer instanceof FileCheckpointer file) {
                    file.close();
                }
                throw e;
            }
            listener.thread.start();
            return listener;
        }

        private static FileCheckpointer openFile(final Path file) throws IOException {
            final Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            try {
                return new FileCheckpointer(file);
            } catch (IOException e) {
                throw new IOException("cannot open checkpoint file " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
