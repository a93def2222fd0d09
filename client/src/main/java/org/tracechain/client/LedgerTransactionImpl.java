// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class LedgerTransactionImpl implements LedgerTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerTransactionImpl.class);

    private final Contract contract;
    private final ChannelContext context;
    private final String name;
    private final List<String> arguments;
    private final Map<String, byte[]> transientData;
    private final List<String> endorsingOrganizations;

    private LedgerTransactionImpl(final BuilderImpl builder) {
        this.contract = builder.contract;
        this.context = builder.context;
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
    public byte[] evaluate() throws LedgerException {
        final Proposal proposal = newProposal();
        final long started = System.nanoTime();
        try {
            final byte[] result = proposal.evaluate();
            LOG.debug("evaluated {} {} in {} ms", name, proposal.getTransactionId(), millisSince(started));
            return result;
        } catch (GatewayException e) {
            throw LedgerErrors.fromGateway(e, name, proposal.getTransactionId(), context);
        }
    }

    @Override
    public TransactionResult submit() throws LedgerException {
        return submitAsync().awaitCommit();
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
        final SubmittedTransaction submitted;
        try {
            submitted = endorsed.submitAsync();
        } catch (SubmitException e) {
            throw LedgerErrors.fromGateway(e, name, proposal.getTransactionId(), context);
        }
        return new PendingTransactionImpl(name, submitted, context);
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
                + (endorsingOrganizations.isEmpty() ? "" : ", endorsers " + endorsingOrganizations) + "]";
    }

    static final class BuilderImpl implements LedgerTransaction.Builder {
        private final Contract contract;
        private final ChannelContext context;
        private final String name;
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, byte[]> transientData = new LinkedHashMap<>();
        private List<String> endorsingOrganizations = List.of();

        BuilderImpl(final Contract contract, final ChannelContext context, final String name) {
            this.contract = contract;
            this.context = context;
            this.name = Arguments.requireNonBlank(name, "transaction name");
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
        public LedgerTransaction build() {
            return new LedgerTransactionImpl(this);
        }
    }
}
