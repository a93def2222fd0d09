// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class PendingTransactionImpl implements PendingTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(PendingTransactionImpl.class);

    private final String transactionName;
    private final Transaction endorsed;
    private final SubmittedTransaction submitted;
    private final ChannelContext context;
    private final SubmitSupport support;
    private final boolean gatewayChoseEndorsers;
    private final byte[] result;

    PendingTransactionImpl(final String transactionName, final Transaction endorsed,
            final SubmittedTransaction submitted, final ChannelContext context, final SubmitSupport support,
            final boolean gatewayChoseEndorsers) {
        this.transactionName = transactionName;
        this.endorsed = endorsed;
        this.submitted = submitted;
        this.context = context;
        this.support = support;
        this.gatewayChoseEndorsers = gatewayChoseEndorsers;
        this.result = submitted.getResult();
    }

    @Override
    public String transactionId() {
        return submitted.getTransactionId();
    }

    @Override
    public byte[] result() {
        return result.clone();
    }

    @Override
    public <T> T resultAs(final Class<T> type) throws LedgerException {
        return new TransactionResult(context.channel(), transactionName, transactionId(), result, -1, "PENDING")
                .payloadAs(type);
    }

    @Override
    public TransactionResult awaitCommit() throws LedgerException {
        final long started = System.nanoTime();
        String code;
        long block;
        try {
            final Status status = submitted.getStatus(options -> options.withDeadlineAfter(
                    support.commitStatusTimeout().toNanos(), TimeUnit.NANOSECONDS));
            code = status.getCode().name();
            block = status.getBlockNumber();
        } catch (CommitStatusException e) {
            final LedgerUnavailableException unknown = LedgerErrors.commitStatusUnknown(e, transactionName,
                    transactionId());
            if (!support.resolvesOutcomes()) {
                throw unknown;
            }
            LOG.info("{} {}: commit status unknown ({}); finding out", transactionName, transactionId(),
                    e.getStatus().getCode());
            final TransactionStatus resolved = new OutcomeResolver(support, context, transactionName, endorsed)
                    .committed(submitted, unknown);
            code = resolved.validationCode().orElseThrow();
            block = resolved.blockNumber().orElseThrow();
        }
        support.submitted().resolved(context.channel(), transactionId());
        LOG.debug("{} {} committed {} in block {} after {} ms", transactionName, transactionId(), code, block,
                (System.nanoTime() - started) / 1_000_000);
        if (!"VALID".equals(code)) {
            throw LedgerErrors.commitFailed(transactionName, transactionId(), code, block, gatewayChoseEndorsers);
        }
        return new TransactionResult(context.channel(), transactionName, transactionId(), result, block, code);
    }

    @Override
    public String toString() {
        return "PendingTransaction[" + transactionName + " " + transactionId() + "]";
    }
}
