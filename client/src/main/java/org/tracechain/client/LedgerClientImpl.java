// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import io.grpc.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.protos.peer.FilteredBlock;
import org.hyperledger.fabric.client.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class LedgerClientImpl implements LedgerClient {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerClientImpl.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private final WalletIdentity identity;
    private final List<String> gatewayChannels;
    private final Gateway gateway;
    private final GatewayChannel ownedChannel;
    private final SubmitSupport support;
    private final Set<ChaincodeEventListenerImpl> listeners = ConcurrentHashMap.newKeySet();
    private final Set<BlockListenerImpl> blockListeners = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private LedgerClientImpl(final WalletIdentity identity, final List<String> gatewayChannels, final Gateway gateway,
            final GatewayChannel ownedChannel, final SubmitSupport support) {
        this.identity = identity;
        this.gatewayChannels = gatewayChannels;
        this.gateway = gateway;
        this.ownedChannel = ownedChannel;
        this.support = support;
    }

    @Override
    public String mspId() {
        return identity.mspId();
    }

    @Override
    public String organization() {
        return identity.organization();
    }

    @Override
    public String user() {
        return identity.user();
    }

    @Override
    public LedgerContract contract(final String channel, final String chaincode) {
        Arguments.requireNonBlank(channel, "channel");
        Arguments.requireNonBlank(chaincode, "chaincode");
        requireOpen();
        return new LedgerContractImpl(new ChannelContext(channel, identity.mspId(), gatewayChannels),
                gateway.getNetwork(channel).getContract(chaincode), support);
    }

    @Override
    public TransactionStatus transactionStatus(final String channel, final String transactionId)
            throws LedgerException {
        Arguments.requireNonBlank(channel, "channel");
        Arguments.requireNonBlank(transactionId, "transactionId");
        requireOpen();
        return support.lookup().status(new ChannelContext(channel, identity.mspId(), gatewayChannels), transactionId);
    }

    @Override
    public long blockHeight(final String channel) throws LedgerException {
        Arguments.requireNonBlank(channel, "channel");
        requireOpen();
        return support.lookup().height(new ChannelContext(channel, identity.mspId(), gatewayChannels));
    }

    @Override
    public ChaincodeEventListener.Builder newChaincodeEventListener(final String channel, final String chaincode) {
        Arguments.requireNonBlank(channel, "channel");
        Arguments.requireNonBlank(chaincode, "chaincode");
        requireOpen();
        return new ChaincodeEventListenerImpl.BuilderImpl(gateway.getNetwork(channel), chaincode, this::register,
                listeners::remove);
    }

    @Override
    public BlockListener.Builder newBlockListener(final String channel) {
        Arguments.requireNonBlank(channel, "channel");
        requireOpen();
        return new BlockListenerImpl.BuilderImpl(gateway.getNetwork(channel), listener -> {
            requireOpen();
            blockListeners.add(listener);
        }, blockListeners::remove);
    }

    @Override
    public void awaitBlock(final String channel, final long blockNumber, final Duration timeout)
            throws LedgerUnavailableException {
        Arguments.requireNonBlank(channel, "channel");
        Objects.requireNonNull(timeout, "timeout");
        requireOpen();
        final long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 20;
        while (true) {
            final long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw notCommitted(channel, blockNumber, timeout, Status.Code.DEADLINE_EXCEEDED, null);
            }
            // Filtered blocks: the peer sends a block's number and transaction ids only, once it has committed it.
            try (CloseableIterator<FilteredBlock> blocks = gateway.getNetwork(channel).newFilteredBlockEventsRequest()
                    .startBlock(blockNumber).build()
                    .getEvents(options -> options.withDeadlineAfter(left, TimeUnit.NANOSECONDS))) {
                blocks.next();
                return;
            } catch (GatewayRuntimeException e) {
                throw notCommitted(channel, blockNumber, timeout, e.getStatus().getCode(), e);
            } catch (StatusRuntimeException e) {
                throw notCommitted(channel, blockNumber, timeout, e.getStatus().getCode(), e);
            } catch (NoSuchElementException e) {
                // A peer answers NOT_FOUND for a block more than one beyond its height (it waits only for the
                // next one): it lags further behind, so ask again shortly.
                if (e.getMessage() == null || !e.getMessage().contains("NOT_FOUND")) {
                    throw notCommitted(channel, blockNumber, timeout, Status.Code.UNKNOWN, e);
                }
            }
            try {
                Thread.sleep(Math.min(pause, Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw notCommitted(channel, blockNumber, timeout, Status.Code.CANCELLED, e);
            }
            pause = Math.min(pause * 2, 500);
        }
    }

    private LedgerUnavailableException notCommitted(final String channel, final long blockNumber,
            final Duration timeout, final Status.Code code, final Exception cause) {
        return new LedgerUnavailableException("block " + blockNumber + " of " + channel + " was not committed on "
                + organization() + "'s peer within " + timeout.toMillis() + " ms (" + code + ")", null, code, false,
                cause);
    }

    private void register(final ChaincodeEventListenerImpl listener) {
        requireOpen();
        listeners.add(listener);
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("client " + identity + " is closed");
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (final ChaincodeEventListenerImpl listener : listeners) {
            listener.close();
        }
        for (final BlockListenerImpl listener : blockListeners) {
            listener.close();
        }
        gateway.close();
        if (ownedChannel != null) {
            ownedChannel.close(SHUTDOWN_GRACE);
        }
        LOG.debug("closed client {}", identity);
    }

    @Override
    public String toString() {
        return "LedgerClient[" + identity + (closed.get() ? ", closed" : "") + "]";
    }

    static final class BuilderImpl implements LedgerClient.Builder {
        private Path home;
        private String organization;
        private String user;
        private WalletIdentity identity;
        private GatewayProfile profile;
        private Channel connection;
        private Duration evaluateTimeout = DEFAULT_EVALUATE_TIMEOUT;
        private Duration endorseTimeout = DEFAULT_ENDORSE_TIMEOUT;
        private Duration submitTimeout = DEFAULT_SUBMIT_TIMEOUT;
        private Duration commitStatusTimeout = DEFAULT_COMMIT_STATUS_TIMEOUT;
        private Duration outcomeTimeout = DEFAULT_OUTCOME_TIMEOUT;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private SubmitSupport.Pause pause = SubmitSupport.SLEEP;
        private RandomGenerator random = new SplittableRandom();

        @Override
        public Builder home(final Path home) {
            this.home = Arguments.requireNonNull(home, "home");
            return this;
        }

        @Override
        public Builder organization(final String organization) {
            this.organization = Arguments.requireName(organization, "organization");
            return this;
        }

        @Override
        public Builder user(final String user) {
            this.user = Arguments.requireName(user, "user");
            return this;
        }

        @Override
        public Builder identity(final WalletIdentity identity) {
            this.identity = Arguments.requireNonNull(identity, "identity");
            return this;
        }

        @Override
        public Builder profile(final GatewayProfile profile) {
            this.profile = Arguments.requireNonNull(profile, "profile");
            return this;
        }

        @Override
        public Builder connection(final Channel channel) {
            this.connection = Arguments.requireNonNull(channel, "connection");
            return this;
        }

        @Override
        public Builder evaluateTimeout(final Duration timeout) {
            this.evaluateTimeout = Arguments.requirePositive(timeout, "evaluateTimeout");
            return this;
        }

        @Override
        public Builder endorseTimeout(final Duration timeout) {
            this.endorseTimeout = Arguments.requirePositive(timeout, "endorseTimeout");
            return this;
        }

        @Override
        public Builder submitTimeout(final Duration timeout) {
            this.submitTimeout = Arguments.requirePositive(timeout, "submitTimeout");
            return this;
        }

        @Override
        public Builder commitStatusTimeout(final Duration timeout) {
            this.commitStatusTimeout = Arguments.requirePositive(timeout, "commitStatusTimeout");
            return this;
        }

        @Override
        public Builder outcomeTimeout(final Duration timeout) {
            Arguments.requireNonNull(timeout, "outcomeTimeout");
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("outcomeTimeout must not be negative, got " + timeout);
            }
            this.outcomeTimeout = timeout;
            return this;
        }

        @Override
        public Builder retryPolicy(final RetryPolicy policy) {
            this.retryPolicy = Arguments.requireNonNull(policy, "retryPolicy");
            return this;
        }

        /** For tests: how the client waits between attempts (it sleeps). */
        BuilderImpl pause(final SubmitSupport.Pause value) {
            this.pause = Arguments.requireNonNull(value, "pause");
            return this;
        }

        /** For tests: the source of back-off jitter. */
        BuilderImpl random(final RandomGenerator value) {
            this.random = Arguments.requireNonNull(value, "random");
            return this;
        }

        @Override
        public LedgerClient connect() throws IOException {
            final Path resolvedHome = home != null ? home : TraceChainHome.resolve();
            final WalletIdentity resolvedIdentity = identity != null ? identity : loadIdentity(resolvedHome);
            GatewayChannel owned = null;
            final Channel channel;
            // The profile's channels tell a non-member's errors apart from outages; unknown without a profile.
            List<String> gatewayChannels = profile != null ? profile.channels() : List.of();
            if (connection != null) {
                channel = connection;
            } else {
                final GatewayProfile resolvedProfile = profile != null
                        ? profile
                        : GatewayProfile.load(resolvedHome, resolvedIdentity.organization());
                gatewayChannels = resolvedProfile.channels();
                owned = GatewayChannel.open(resolvedProfile);
                channel = owned.channel();
            }
            try {
                final Gateway gateway = Gateway.newInstance()
                        .identity(resolvedIdentity.fabricIdentity())
                        .signer(resolvedIdentity.signer())
                        .hash(Hash.SHA256)
                        .connection(channel)
                        .evaluateOptions(options -> options.withDeadlineAfter(evaluateTimeout.toMillis(), TimeUnit.MILLISECONDS))
                        .endorseOptions(options -> options.withDeadlineAfter(endorseTimeout.toMillis(), TimeUnit.MILLISECONDS))
                        .submitOptions(options -> options.withDeadlineAfter(submitTimeout.toMillis(), TimeUnit.MILLISECONDS))
                        // No default commit-status deadline: fabric-gateway applies defaults after per-call options,
                        // which would override the shorter waits of outcome resolution; every call sets its own.
                        .connect();
                LOG.debug("connected {} via {}", resolvedIdentity, channel.authority());
                final SubmittedTransactions submitted = new SubmittedTransactions();
                final SubmitSupport support = new SubmitSupport(commitStatusTimeout, outcomeTimeout, retryPolicy,
                        new TransactionLookup(gateway, submitted), submitted, pause, random);
                return new LedgerClientImpl(resolvedIdentity, gatewayChannels, gateway, owned, support);
            } catch (RuntimeException e) {
                if (owned != null) {
                    owned.abort();
                }
                throw e;
            }
        }

        private WalletIdentity loadIdentity(final Path resolvedHome) throws IOException {
            if (organization == null || user == null) {
                throw new IllegalStateException("set organization and user, or identity, before connect()");
            }
            return Wallet.open(resolvedHome).identity(organization, user);
        }
    }
}
