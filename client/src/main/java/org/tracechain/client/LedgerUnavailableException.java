// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import io.grpc.Status;

/**
 * The ledger could not be reached or did not answer: connection refused, deadline exceeded, no peers or
 * orderers available, the transaction could not be sent for ordering, or its commit status could not be
 * obtained. For a transaction that was already submitted ({@link #outcomeUnknown()}) it may still commit: look it
 * up by {@link #transactionId()} before retrying.
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
}
