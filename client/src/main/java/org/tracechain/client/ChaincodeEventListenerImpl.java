// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.ChaincodeEventsRequest;
import org.hyperledger.fabric.client.Checkpointer;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.FileCheckpointer;
import org.hyperledger.fabric.client.InMemoryCheckpointer;
import org.hyperledger.fabric.client.Network;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class ChaincodeEventListenerImpl implements ChaincodeEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(ChaincodeEventListenerImpl.class);

    private final Network network;
    private final String chaincode;
    private final Checkpointer checkpointer;
    private final long startBlock;
    private final Consumer<ChaincodeEventListenerImpl> onClosed;
    private final ResumingEventStream<ChaincodeEvent, LedgerEvent> events;

    private ChaincodeEventListenerImpl(final BuilderImpl builder, final Checkpointer checkpointer,
            final Handler handler) {
        this.network = builder.network;
        this.chaincode = builder.chaincode;
        this.checkpointer = checkpointer;
        this.startBlock = builder.startBlock;
        this.onClosed = builder.onClosed;
        this.events = new ResumingEventStream<>(LOG, this, "event stream",
                "tracechain-events-" + network.getName() + "-" + chaincode, this::openStream,
                ChaincodeEventListenerImpl::ledgerEvent, handler::handle, checkpointer::checkpointChaincodeEvent,
                () -> "the last checkpoint", builder.errorHandler);
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
        return events.isRunning();
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

    private static LedgerEvent ledgerEvent(final ChaincodeEvent event) {
        return new LedgerEvent(event.getChaincodeName(), event.getEventName(), event.getTransactionId(),
                event.getBlockNumber(), event.getPayload());
    }

    @Override
    public void close() {
        final boolean ended = events.stop();
        // A handler still running would checkpoint into a closed file; leave the file to it then.
        if (checkpointer instanceof FileCheckpointer file && ended) {
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
            this.startBlock = Arguments.requireNonNegative(blockNumber, "startBlock");
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
            listener.events.start();
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
