// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import io.grpc.Status;

/**
 * The ledger could not be reached or did not answer: connection refused, deadline exceeded, a peer that cannot reach
 * its chaincode server (stopped, restarting), too few peers for the endorsement policy, no Raft leader, the
 * transaction could not be sent for ordering, or its commit status could not be obtained. Nothing was refused:
 * the same call can succeed once the fault is gone ({@link #retryable()}), unless the transaction was already
 * submitted and its outcome is unknown ({@link #outcomeUnknown()}): then it may still commit; look it up with
 * {@link LedgerClient#transactionStatus} before sending it again.
 *
 * <pre>{@code
 * } catch (LedgerUnavailableException e) {
 *     e.statusCode();       // e.g. UNAVAILABLE, DEADLINE_EXCEEDED
 * }
 * }</pre>
 */
public class LedgerUnavailableException extends LedgerException {

    private static final long serialVersionUID = 1L;

    private final Status.Code statusCode;
    private final boolean outcomeUnknown;

    LedgerUnavailableException(final String message, final String transactionId, final Status.Code statusCode,
            final boolean outcomeUnknown, final Throwable cause) {
        super(message, transactionId, null, cause);
        this.statusCode = statusCode;
        this.outcomeUnknown = outcomeUnknown;
    }

    /** The gRPC status code of the failed call, e.g. {@code UNAVAILABLE}. */
    public Status.Code statusCode() {
        return statusCode;
    }

    /** True if the transaction may have been ordered, so whether it commits is not known. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /**
     * True when the outcome is known (nothing reached the ordering service, so nothing can commit): the same call
     * may be sent again. False when it is unknown: sending a new transaction could apply the change twice; ask
     * {@link LedgerClient#transactionStatus} first.
     */
    @Override
    public boolean retryable() {
        return !outcomeUnknown;
    }
}
