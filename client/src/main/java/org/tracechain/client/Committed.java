// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.Objects;

/**
 * A committed transaction's decoded result, with the transaction that recorded it: id, block, validation code and
 * the exact result bytes the peers endorsed.
 *
 * <pre>{@code
 * Committed<Lot> registered = food.registerLot(request);
 * Lot lot = registered.value();
 * log.info("registered {} in tx {} (block {}, {})", lot.lotId(), registered.transactionId(),
 *         registered.blockNumber(), registered.validationCode());
 * byte[] exact = registered.payload();   // what the chaincode returned, byte for byte
 * }</pre>
 *
 * @param value the chaincode's result, decoded
 * @param transaction the committed transaction, with the undecoded result
 * @param <T> the result type
 */
public record Committed<T>(T value, TransactionResult transaction) {
    public Committed {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(transaction, "transaction must not be null");
    }

    /**
     * The committed result of {@code result}, its payload decoded as {@code type}.
     *
     * @throws LedgerException if the payload is not JSON of that type
     */
    public static <T> Committed<T> of(final TransactionResult result, final Class<T> type) throws LedgerException {
        return new Committed<>(result.payloadAs(type), result);
    }

    /** The channel the transaction committed on: its block number is that channel's. */
    public String channel() {
        return transaction.channel();
    }

    /** The transaction id. */
    public String transactionId() {
        return transaction.transactionId();
    }

    /** The block that holds the transaction. */
    public long blockNumber() {
        return transaction.blockNumber();
    }

    /** The validation code: {@code VALID} (invalid commits throw {@link CommitFailedException}). */
    public String validationCode() {
        return transaction.validationCode();
    }

    /** The chaincode's result exactly as the peers returned it (a copy). */
    public byte[] payload() {
        return transaction.payload();
    }
}
