// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One endorser transaction of a committed block.
 *
 * @param index its position in the block (the index into the block's transactions filter)
 * @param transactionId the transaction id
 * @param validationCode the peer's validation code, e.g. {@code VALID}, {@code MVCC_READ_CONFLICT}
 * @param timestamp the transaction timestamp (the proposal's, as the chaincode saw it)
 * @param creatorMspId MSP id of the client that signed the transaction
 * @param chaincode the invoked chaincode's name
 * @param writes the public key-value writes of every namespace, in the order of the read-write set; empty for a
 *     transaction that wrote nothing
 * @param function the invoked function as the proposal named it (its first argument, e.g. {@code RegisterLot} or
 *     {@code foodtrace:RegisterLot}), empty when the proposal could not be read; the other arguments are not kept
 */
public record BlockTransaction(int index, String transactionId, String validationCode, Instant timestamp,
        String creatorMspId, String chaincode, List<KvWrite> writes, String function) {
    public BlockTransaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(validationCode, "validationCode");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(creatorMspId, "creatorMspId");
        Objects.requireNonNull(chaincode, "chaincode");
        Objects.requireNonNull(function, "function");
        writes = List.copyOf(writes);
    }

    /** A transaction whose function name is not known (tests, blocks built by hand). */
    public BlockTransaction(final int index, final String transactionId, final String validationCode,
            final Instant timestamp, final String creatorMspId, final String chaincode, final List<KvWrite> writes) {
        this(index, transactionId, validationCode, timestamp, creatorMspId, chaincode, writes, "");
    }

    /** True when the peer validated the transaction: only then did its writes change the ledger's state. */
    public boolean isValid() {
        return "VALID".equals(validationCode);
    }

    /** The writes to one namespace (a chaincode's state), in read-write set order. */
    public List<KvWrite> writesTo(final String namespace) {
        return writes.stream().filter(w -> w.namespace().equals(namespace)).toList();
    }
}
