// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the ledger says about one transaction id: committed (with its validation code and block), pending, or not
 * found. Answers {@link LedgerClient#transactionStatus}, the question to ask after a
 * {@link LedgerUnavailableException} whose outcome is unknown:
 *
 * <pre>{@code
 * } catch (LedgerUnavailableException e) {
 *     if (e.outcomeUnknown()) {
 *         TransactionStatus status = client.transactionStatus("foodtrace", e.transactionId().orElseThrow());
 *         if (status.isValid()) { ... it committed: do not send it again ... }
 *     }
 * }
 * }</pre>
 */
public final class TransactionStatus {

    /** Where the transaction is. */
    public enum State {
        /** In a block on the channel, valid or not: see {@link #validationCode()}. Final. */
        COMMITTED,
        /**
         * Not in any block the peers asked have committed, but this client submitted it for ordering and has not
         * learnt its outcome: it may still commit (the ordering service can hold it while it elects a leader) or may
         * have been lost with a failed orderer. Ask again later; {@link LedgerTransaction#submit()} resolves this
         * itself by sending the identical signed transaction again, which Fabric commits at most once.
         */
        PENDING,
        /**
         * Not in any block the peers asked have committed, and not submitted by this client (or by this client
         * before it was restarted). It may still be on its way if another process submitted it.
         */
        NOT_FOUND
    }

    private final String channel;
    private final String transactionId;
    private final State state;
    private final String validationCode;
    private final long blockNumber;

    private TransactionStatus(final String channel, final String transactionId, final State state,
            final String validationCode, final long blockNumber) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
        this.state = state;
        this.validationCode = validationCode;
        this.blockNumber = blockNumber;
    }

    static TransactionStatus committed(final String channel, final String transactionId,
            final String validationCode, final long blockNumber) {
        return new TransactionStatus(channel, transactionId, State.COMMITTED,
                Objects.requireNonNull(validationCode, "validationCode"), blockNumber);
    }

    static TransactionStatus notCommitted(final String channel, final String transactionId, final boolean pending) {
        return new TransactionStatus(channel, transactionId, pending ? State.PENDING : State.NOT_FOUND, null, -1);
    }

    /** The channel. */
    public String channel() {
        return channel;
    }

    /** The transaction id. */
    public String transactionId() {
        return transactionId;
    }

    /** Committed, pending or not found. */
    public State state() {
        return state;
    }

    /** Whether it is in a block (valid or not). */
    public boolean isCommitted() {
        return state == State.COMMITTED;
    }

    /** Whether it committed valid: its writes are on the ledger. */
    public boolean isValid() {
        return state == State.COMMITTED && "VALID".equals(validationCode);
    }

    /** The Fabric validation code of a committed transaction, e.g. {@code VALID} or {@code MVCC_READ_CONFLICT}. */
    public Optional<String> validationCode() {
        return Optional.ofNullable(validationCode);
    }

    /** The block of a committed transaction. */
    public OptionalLong blockNumber() {
        return state == State.COMMITTED ? OptionalLong.of(blockNumber) : OptionalLong.empty();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof TransactionStatus that && channel.equals(that.channel)
                && transactionId.equals(that.transactionId) && state == that.state
                && Objects.equals(validationCode, that.validationCode) && blockNumber == that.blockNumber;
    }

    @Override
    public int hashCode() {
        return Objects.hash(channel, transactionId, state, validationCode, blockNumber);
    }

    @Override
    public String toString() {
        return "TransactionStatus[" + channel + " " + transactionId + " " + state
                + (state == State.COMMITTED ? " " + validationCode + " in block " + blockNumber : "") + "]";
    }
}
