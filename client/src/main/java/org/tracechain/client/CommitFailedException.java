// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.OptionalLong;

/**
 * The transaction was endorsed and ordered but committed as invalid, so its writes were discarded.
 * {@link #validationCode()} is the Fabric {@code TxValidationCode} name. When a concurrent transaction caused it
 * ({@code MVCC_READ_CONFLICT}, {@code PHANTOM_READ_CONFLICT}, or {@code ENDORSEMENT_POLICY_FAILURE} with
 * gateway-chosen endorsers) the exception is the subclass {@link TransactionConflictException}, which is retryable.
 *
 * <pre>{@code
 * } catch (TransactionConflictException e) {
 *     // endorse again from the current state, or let the retrying submit do it: .retryOnConflict()
 * } catch (CommitFailedException e) {
 *     log.error("{} invalid: {}", e.transactionId().orElseThrow(), e.validationCode());
 * }
 * }</pre>
 */
public class CommitFailedException extends LedgerException {

    private static final long serialVersionUID = 1L;

    private final String validationCode;
    private final long blockNumber;

    CommitFailedException(final String message, final String transactionId, final String validationCode,
            final long blockNumber, final Throwable cause) {
        super(message, transactionId, validationCode, cause);
        this.validationCode = validationCode;
        this.blockNumber = blockNumber;
    }

    /** The Fabric validation code name, e.g. {@code MVCC_READ_CONFLICT}. */
    public String validationCode() {
        return validationCode;
    }

    /** The block that recorded the invalid transaction, when known. */
    public OptionalLong blockNumber() {
        return blockNumber < 0 ? OptionalLong.empty() : OptionalLong.of(blockNumber);
    }
}
