// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One committed endorser transaction as the query store recorded it from its block: valid or not, with what it
 * called but never its arguments.
 *
 * @param channel the channel
 * @param blockNumber the block it committed in
 * @param index its position in the block
 * @param transactionId the Fabric transaction id
 * @param validationCode the peer's validation code, e.g. {@code VALID} or {@code MVCC_READ_CONFLICT}
 * @param chaincode the invoked chaincode, e.g. {@code foodtrace}
 * @param function the transaction of the chaincode's contract it called (e.g. {@code RegisterLot}), or null when
 *     the model's transaction table does not name it
 * @param creatorMspId the MSP id of the organisation whose client signed it
 * @param timestamp the proposal's timestamp
 */
public record ChainTransaction(String channel, long blockNumber, int index, String transactionId,
        String validationCode, String chaincode, String function, String creatorMspId, Instant timestamp) {
    public ChainTransaction {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(validationCode, "validationCode");
        Objects.requireNonNull(chaincode, "chaincode");
        Objects.requireNonNull(creatorMspId, "creatorMspId");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
