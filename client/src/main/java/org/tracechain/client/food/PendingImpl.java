// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import org.tracechain.client.Committed;
import org.tracechain.client.Pending;

import org.tracechain.client.LedgerException;
import org.tracechain.client.PendingTransaction;
import org.tracechain.client.TransactionResult;

/** A {@link PendingTransaction} whose result is decoded once, at endorsement. */
final class PendingImpl<T> implements Pending<T> {

    private final PendingTransaction pending;
    private final T value;

    PendingImpl(final PendingTransaction pending, final Class<T> type) throws LedgerException {
        this.pending = pending;
        this.value = pending.resultAs(type);
    }

    @Override
    public String transactionId() {
        return pending.transactionId();
    }

    @Override
    public T value() {
        return value;
    }

    @Override
    public Committed<T> awaitCommit() throws LedgerException {
        final TransactionResult result = pending.awaitCommit();
        return new Committed<>(value, result);
    }

    @Override
    public String toString() {
        return "Pending[" + pending + "]";
    }
}
