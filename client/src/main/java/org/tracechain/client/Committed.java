// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.Objects;

/**
 * A committed transaction's decoded result with the transaction id and block that record it.
 *
 * <pre>{@code
 * Committed<Lot> registered = food.registerLot(request);
 * Lot lot = registered.value();
 * log.info("registered {} in tx {} (block {})", lot.lotId(), registered.transactionId(), registered.blockNumber());
 * }</pre>
 *
 * @param value the chaincode's result
 * @param transactionId the transaction
 * @param blockNumber the block holding it
 * @param <T> the result type
 */
public record Committed<T>(T value, String transactionId, long blockNumber) {
    public Committed {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(transactionId, "transactionId must not be null");
    }

    /**
     * The committed result of {@code result}, its payload decoded as {@code type}.
     *
     * @throws LedgerException if the payload is not JSON of that type
     */
    public static <T> Committed<T> of(final TransactionResult result, final Class<T> type) throws LedgerException {
        return new Committed<>(result.payloadAs(type), result.transactionId(), result.blockNumber());
    }
}
