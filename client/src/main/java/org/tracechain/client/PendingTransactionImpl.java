// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class PendingTransactionImpl implements PendingTransaction {

    private static final Logger LOG = LoggerFactory.getLogger(PendingTransactionImpl.class);

    private final String transactionName;
    private final SubmittedTransaction submitted;
    private final ChannelContext context;
    private final byte[] result;

    PendingTransactionImpl(final String transactionName, final SubmittedTransaction submitted,
            final ChannelContext context) {
        this.transactionName = transactionName;
        this.submitted = submitted;
        this.context = context;
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
        return new TransactionResult(transactionName, transactionId(), result, -1, "PENDING").payloadAs(type);
    }

    @Override
    public TransactionResult awaitCommit() throws LedgerException {
        final long started = System.nanoTime();
        final Status status;
        try {
            status = submitted.getStatus();
        } catch (CommitStatusException e) {
            throw LedgerErrors.fromGateway(e, transactionName, transactionId(), context);
        }
        LOG.debug("{} {} committed {} in block {} after {} ms", transactionName, transactionId(), status.getCode(),
                status.getBlockNumber(), (System.nanoTime() - started) / 1_000_000);
        if (!status.isSuccessful()) {
            throw LedgerErrors.commitFailed(transactionName, transactionId(), status.getCode().name(),
                    status.getBlockNumber());
        }
        return new TransactionResult(transactionName, transactionId(), result, status.getBlockNumber(),
                status.getCode().name());
    }

    @Override
    public String toString() {
        return "PendingTransaction[" + transactionName + " " + transactionId() + "]";
    }
}
