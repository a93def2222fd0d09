// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;

final class LedgerTransactionImpl implements LedgerTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerTransactionImpl.class);

    private final Contract contract;
    private final ChannelContext context;
    private final SubmitSupport support;
    private final String name;
    private final List<String> arguments;
    private final Map<String, byte[]> transientData;
    private final List<String> endorsingOrganizations;
    private final RetryPolicy retryPolicy;
    private final Duration evaluateTimeout;

    private LedgerTransactionImpl(final BuilderImpl builder) {
        this.contract = builder.contract;
        this.context = builder.context;
        this.support = builder.support;
        this.retryPolicy = builder.retryPolicy;
        this.evaluateTimeout = builder.evaluateTimeout;
        this.name = builder.name;
        this.arguments = List.copyOf(builder.arguments);
        final Map<String, byte[]> copy = new LinkedHashMap<>();
        builder.transientData.forEach((key, value) -> copy.put(key, value.clone()));
        this.transientData = Collections.unmodifiableMap(copy);
        this.endorsingOrganizations = List.copyOf(builder.endorsingOrganizations);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }

    @Override
    public Set<String> transientKeys() {
        return transientData.keySet();
    }

    @Override
    public List<String> endorsingOrganizations() {
        return endorsingOrganizations;
    }

    @Override
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    @Override
    public Optional<Duration> evaluateTimeout() {
        return Optional.ofNullable(evaluateTimeout);
    }

    @Override
    public byte[] evaluate() throws LedgerException {
        final Proposal proposal = newProposal();
        final long started = System.nanoTime();
        try {
            // A deadline of its own replaces the client's (the call's options are applied after the client's).
            final byte[] result = evaluateTimeout == null ? proposal.evaluate()
                    : proposal.evaluate(options -> options.withDeadlineAfter(evaluateTimeout.toMillis(),
                            TimeUnit.MILLISECONDS));
            LOG.debug("evaluated {} {} in {} ms", name, proposal.getTransactionId(), millisSince(started));
            return result;
        } catch (GatewayException e) {
            throw LedgerErrors.fromGateway(e, name, proposal.getTransactionId(), context);
        }
    }

    @Override
    public <T> T evaluateJson(final Class<T> resultType) throws LedgerException {
        Objects.requireNonNull(resultType, "resultType must not be null");
        final byte[] result = evaluate();
        try {
            return LedgerJson.fromBytes(result, resultType);
        } catch (MalformedJsonException e) {
            throw LedgerErrors.undecodable(name, null, e);
        }
    }

    @Override
    public TransactionResult submit() throws LedgerException {
        final List<LedgerException> earlier = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                // A new proposal each time: endorsed from the ledger as it is now, under a new transaction id.
                return submitAsync().awaitCommit();
            } catch (LedgerException e) {
                if (!e.retryable() || attempt >= retryPolicy.maxAttempts()) {
                    earlier.forEach(e::addSuppressed);
                    throw e;
                }
                earlier.add(e);
                final Duration pause = retryPolicy.backoff(attempt, support.random());
                LOG.info("{} attempt {} of {} failed ({}); retrying in {} ms", name, attempt,
                        retryPolicy.maxAttempts(), e.code().orElse(e.getClass().getSimpleName()), pause.toMillis());
                try {
                    support.pause().sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    earlier.remove(e);
                    earlier.forEach(e::addSuppressed);
                    throw e;
                }
            }
        }
    }

    @Override
    public PendingTransaction submitAsync() throws LedgerException {
        final Proposal proposal = newProposal();
        final long started = System.nanoTime();
        final Transaction endorsed;
        try {
            endorsed = proposal.endorse();
        } catch (EndorseException e) {
            throw LedgerErrors.fromGateway(e, name, proposal.getTransactionId(), context);
        }
        LOG.debug("endorsed {} {} in {} ms", name, proposal.getTransactionId(), millisSince(started));
        // From here the transaction may reach a block: until its outcome is known a lookup reports it PENDING.
        support.submitted().submitted(context.channel(), endorsed.getTransactionId());
        SubmittedTransaction submitted;
        try {
            submitted = endorsed.submitAsync();
        } catch (SubmitException e) {
            submitted = afterSubmitFailure(endorsed, LedgerErrors.fromGateway(e, name, endorsed.getTransactionId(),
                    context));
        }
        return new PendingTransactionImpl(name, endorsed, submitted, context, support,
                endorsingOrganizations.isEmpty());
    }

    /** No orderer confirmed it took the transaction: send the identical one again, or give up. */
    private SubmittedTransaction afterSubmitFailure(final Transaction endorsed, final LedgerException failure)
            throws LedgerException {
        try {
            if (failure instanceof LedgerUnavailableException && support.resolvesOutcomes()) {
                return new OutcomeResolver(support, context, name, endorsed).accepted(failure);
            }
            throw failure;
        } catch (LedgerException e) {
            // Only an outcome still unknown stays pending; a refusal, or an outage that kept it from every orderer,
            // means it can never commit.
            if (!(e instanceof LedgerUnavailableException unavailable && unavailable.outcomeUnknown())) {
                support.submitted().resolved(context.channel(), endorsed.getTransactionId());
            }
            throw e;
        }
    }

    private Proposal newProposal() {
        final Proposal.Builder builder = contract.newProposal(name)
                .addArguments(arguments.toArray(String[]::new))
                .putAllTransient(transientData);
        if (!endorsingOrganizations.isEmpty()) {
            builder.setEndorsingOrganizations(endorsingOrganizations.toArray(String[]::new));
        }
        return builder.build();
    }

    private static long millisSince(final long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    @Override
    public String toString() {
        return "LedgerTransaction[" + contract.getChaincodeName() + "." + name + ", " + arguments.size() + " args"
                + (transientData.isEmpty() ? "" : ", transient " + transientData.keySet())
                + (endorsingOrganizations.isEmpty() ? "" : ", endorsers " + endorsingOrganizations)
                + (retryPolicy.maxAttempts() > 1 ? ", " + retryPolicy : "") + "]";
    }

    static final class BuilderImpl implements LedgerTransaction.Builder {
        private final Contract contract;
        private final ChannelContext context;
        private final SubmitSupport support;
        private final String name;
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, byte[]> transientData = new LinkedHashMap<>();
        private List<String> endorsingOrganizations = List.of();
        private RetryPolicy retryPolicy = RetryPolicy.none();
        private Duration evaluateTimeout;

        BuilderImpl(final Contract contract, final ChannelContext context, final SubmitSupport support,
                final String name) {
            this.contract = contract;
            this.context = context;
            this.support = support;
            this.name = Arguments.requireNonBlank(name, "transaction name");
        }

        @Override
        public Builder retry() {
            this.retryPolicy = support.retryPolicy();
            return this;
        }

        @Override
        public Builder retry(final RetryPolicy policy) {
            this.retryPolicy = Arguments.requireNonNull(policy, "retry policy");
            return this;
        }

        @Override
        public Builder addArguments(final String... arguments) {
            this.arguments.addAll(List.of(Arguments.requireNoNullElements(arguments, "arguments")));
            return this;
        }

        @Override
        public Builder putTransient(final String key, final byte[] value) {
            Arguments.requireNonBlank(key, "transient key");
            Arguments.requireNonNull(value, "transient value for " + key);
            transientData.put(key, value.clone());
            return this;
        }

        @Override
        public Builder putAllTransient(final Map<String, byte[]> transientData) {
            Arguments.requireNonNull(transientData, "transientData");
            transientData.forEach(this::putTransient);
            return this;
        }

        @Override
        public Builder endorsingOrganizations(final String... mspIds) {
            final String[] copy = Arguments.requireNoNullElements(mspIds, "endorsing organizations");
            if (copy.length == 0) {
                throw new IllegalArgumentException("endorsing organizations must not be empty");
            }
            for (final String mspId : copy) {
                Arguments.requireNonBlank(mspId, "endorsing organization");
            }
            this.endorsingOrganizations = List.of(copy);
            return this;
        }

        @Override
        public Builder evaluateTimeout(final Duration timeout) {
            this.evaluateTimeout = Arguments.requirePositive(timeout, "evaluateTimeout");
            return this;
        }

        @Override
        public LedgerTransaction build() {
            return new LedgerTransactionImpl(this);
        }
    }
}
