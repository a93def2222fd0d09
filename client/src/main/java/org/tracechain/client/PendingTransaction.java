// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

/**
 * A transaction that was endorsed and sent for ordering but whose commit has not been awaited yet. The
 * chaincode's result is known already; whether it commits is not.
 *
 * <pre>{@code
 * PendingTransaction pending = contract.submitAsync("RegisterLot", json);
 * Lot lot = pending.resultAs(Lot.class);          // available immediately
 * TransactionResult committed = pending.awaitCommit();
 * }</pre>
 */
public interface PendingTransaction {

    /** The transaction id. */
    String transactionId();

    /** The chaincode's result bytes (a copy); may not be committed yet. */
    byte[] result();

    /**
     * The chaincode's result decoded with the canonical codec.
     *
     * @param type the result type
     * @param <T> the result type
     * @return the decoded result
     * @throws LedgerException if the result is not JSON of that type
     */
    <T> T resultAs(Class<T> type) throws LedgerException;

    /**
     * Waits until the transaction commits (bounded by the client's commit-status deadline).
     *
     * @return the committed result
     * @throws CommitFailedException if it committed invalid
     * @throws LedgerUnavailableException if the commit status could not be obtained in time
     */
    TransactionResult awaitCommit() throws LedgerException;
}
