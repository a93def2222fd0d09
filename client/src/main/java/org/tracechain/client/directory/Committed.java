// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory;

import java.util.Objects;

/**
 * The result of a committed govdir transaction: the record the chaincode returned, and where it landed. Every
 * submit method of {@link GovDirectory} returns one, so the transaction id is always at hand for audit trails.
 *
 * @param value the decoded result record
 * @param transactionId the committed transaction's id
 * @param blockNumber the block holding it
 * @param <T> the record type
 */
public record Committed<T>(T value, String transactionId, long blockNumber) {

    /** Checks that value and transaction id are present. */
    public Committed {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(transactionId, "transactionId");
    }
}
