// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

/**
 * The transaction was ordered but invalidated because a concurrent transaction changed what it depended on; nothing
 * was written. Two validation codes mean this: {@code MVCC_READ_CONFLICT} (or {@code PHANTOM_READ_CONFLICT}), a key
 * or range it read changed, and {@code ENDORSEMENT_POLICY_FAILURE} when the gateway chose the endorsers, because the
 * endorsements it collected satisfied every policy when they were made, so the key-level policy of a key the
 * transaction writes changed since (a concurrent Ship or Receive of the same lot moves that policy to another
 * organisation). With endorsers the caller chose, a policy failure may be the caller's choice and is a plain
 * {@link CommitFailedException}.
 *
 * <p>Retrying endorses again from the current state, which either succeeds or is refused for a reason the new state
 * gives (a lot already shipped: {@code LOT_IN_TRANSIT}). The retrying submit does this with back-off:
 *
 * <pre>{@code
 * TransactionResult shipped = food.newTransaction("Ship").addArguments(json).retryOnConflict().build().submit();
 * }</pre>
 */
public class TransactionConflictException extends CommitFailedException {

    private static final long serialVersionUID = 1L;

    TransactionConflictException(final String message, final String transactionId, final String validationCode,
            final long blockNumber) {
        super(message, transactionId, validationCode, blockNumber, null);
    }

    /** Always: nothing was written, and the same call endorsed again from the current state can succeed. */
    @Override
    public boolean retryable() {
        return true;
    }
}
