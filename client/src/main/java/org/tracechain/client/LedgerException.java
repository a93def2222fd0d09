// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.Optional;
import org.tracechain.model.error.ErrorCode;

/**
 * A ledger call did not succeed. The subclasses say why:
 * <ul>
 *   <li>{@link TransactionRefusedException}: endorsement failed, normally because the chaincode refused
 *       (with a tracechain error {@link #code() code}); nothing was written. Its subclass
 *       {@link ChannelMembershipException} says the caller's organisation is not a member of the channel;</li>
 *   <li>{@link CommitFailedException}: the transaction was ordered but committed invalid; nothing was written.
 *       Its subclass {@link TransactionConflictException} says a concurrent transaction caused it (retryable);</li>
 *   <li>{@link LedgerUnavailableException}: the network, a peer's chaincode server or the ordering service could
 *       not be reached or did not answer in time; retryable unless the outcome of a submitted transaction is
 *       unknown.</li>
 * </ul>
 * {@link #retryable()} says whether the same call may simply be sent again.
 * This class itself is thrown when a call succeeded on the ledger but its result could not be decoded.
 *
 * <pre>{@code
 * try {
 *     contract.submit("RegisterLot", json);
 * } catch (TransactionRefusedException e) {
 *     if (e.hasCode(FoodError.LOT_ALREADY_EXISTS)) { ... }
 * } catch (LedgerException e) {
 *     log.warn("RegisterLot failed, tx {}", e.transactionId().orElse("-"), e);
 * }
 * }</pre>
 */
public class LedgerException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String transactionId;
    private final String code;

    LedgerException(final String message, final String transactionId, final String code, final Throwable cause) {
        super(message, cause);
        this.transactionId = blankToNull(transactionId);
        this.code = blankToNull(code);
    }

    /** The transaction id, when the failure concerns a transaction proposal. */
    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }

    /**
     * The machine-readable reason: a tracechain error code such as {@code LOT_NOT_FOUND} for a refusal, or the
     * Fabric validation code such as {@code MVCC_READ_CONFLICT} for a failed commit.
     */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * Whether {@link #code()} is {@code expected}.
     *
     * @param expected an error code
     * @return true if this exception carries exactly that code
     */
    public boolean hasCode(final ErrorCode expected) {
        return expected != null && expected.name().equals(code);
    }

    /**
     * Whether sending the same call again, unchanged, can succeed without the caller doing anything first: a
     * conflict with a concurrent transaction ({@link TransactionConflictException}) or an outage before the
     * transaction reached the ordering service ({@link LedgerUnavailableException} whose outcome is known). Never for
     * a refusal, a commit that failed for another reason, or an outcome that is unknown (find out first:
     * {@link LedgerClient#transactionStatus}).
     */
    public boolean retryable() {
        return false;
    }

    private static String blankToNull(final String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
