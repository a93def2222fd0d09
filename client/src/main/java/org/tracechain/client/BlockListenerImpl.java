// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.function.Consumer;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.common.Block;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class BlockListenerImpl implements BlockListener {

    private static final Logger LOG = LoggerFactory.getLogger(BlockListenerImpl.class);

    private final Network network;
    private final Consumer<BlockListenerImpl> onClosed;
    private final ResumingEventStream<Block, LedgerBlock> blocks;
    private volatile long nextBlock;

    private BlockListenerImpl(final BuilderImpl builder, final Handler handler) {
        this.network = builder.network;
        this.nextBlock = builder.startBlock;
        this.onClosed = builder.onClosed;
        this.blocks = new ResumingEventStream<>(LOG, this, "block stream", "tracechain-blocks-" + network.getName(),
                () -> network.newBlockEventsRequest().startBlock(nextBlock).build().getEvents(),
                this::parseUnlessDelivered, handler::handle, block -> nextBlock = block.getHeader().getNumber() + 1,
                () -> "block " + nextBlock, builder.errorHandler);
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
        return blocks.isRunning();
    }

    /** The parsed block, or null for one a peer re-sends after a reconnect: it was handled before. */
    private LedgerBlock parseUnlessDelivered(final Block block) {
        if (block.getHeader().getNumber() < nextBlock) {
            return null;
        }
        return BlockParser.parse(network.getName(), block);
    }

    @Override
    public void close() {
        blocks.stop();
        onClosed.accept(this);
    }

    @Override
    public String toString() {
        return "BlockListener[" + network.getName() + "]";
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
            this.startBlock = Arguments.requireNonNegative(blockNumber, "startBlock");
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
            listener.blocks.start();
            return listener;
        }
    }
}
