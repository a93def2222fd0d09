// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.hyperledger.fabric.client.Contract;

final class LedgerContractImpl implements LedgerContract {

    private final ChannelContext context;
    private final Contract contract;
    private final SubmitSupport support;

    LedgerContractImpl(final ChannelContext context, final Contract contract, final SubmitSupport support) {
        this.context = context;
        this.contract = contract;
        this.support = support;
    }

    @Override
    public String channel() {
        return context.channel();
    }

    @Override
    public String chaincode() {
        return contract.getChaincodeName();
    }

    @Override
    public LedgerTransaction.Builder newTransaction(final String transactionName) {
        return new LedgerTransactionImpl.BuilderImpl(contract, context, support, transactionName);
    }

    @Override
    public byte[] evaluate(final String transactionName, final String... arguments) throws LedgerException {
        return call(transactionName, arguments).evaluate();
    }

    @Override
    public String evaluateText(final String transactionName, final String... arguments) throws LedgerException {
        return new String(evaluate(transactionName, arguments), StandardCharsets.UTF_8);
    }

    @Override
    public <T> T evaluateJson(final String transactionName, final Class<T> resultType, final String... arguments)
            throws LedgerException {
        Objects.requireNonNull(resultType, "resultType must not be null");
        return call(transactionName, arguments).evaluateJson(resultType);
    }

    @Override
    public TransactionResult submit(final String transactionName, final String... arguments) throws LedgerException {
        return call(transactionName, arguments).submit();
    }

    @Override
    public TransactionResult submitWithRetry(final String transactionName, final String... arguments)
            throws LedgerException {
        return newTransaction(transactionName).addArguments(arguments).retry().build().submit();
    }

    @Override
    public <T> T submitJson(final String transactionName, final Class<T> resultType, final String... arguments)
            throws LedgerException {
        Objects.requireNonNull(resultType, "resultType must not be null");
        return submit(transactionName, arguments).payloadAs(resultType);
    }

    @Override
    public PendingTransaction submitAsync(final String transactionName, final String... arguments)
            throws LedgerException {
        return call(transactionName, arguments).submitAsync();
    }

    private LedgerTransaction call(final String transactionName, final String... arguments) {
        return newTransaction(transactionName).addArguments(arguments).build();
    }

    @Override
    public String toString() {
        return "LedgerContract[" + channel() + "/" + chaincode() + "]";
    }
}
