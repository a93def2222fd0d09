// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * A recall and its progress. Large recalls run in bounded batches; the work queue lives in
 * {@code recall~queue} entries numbered from {@code queueHead} (inclusive) to {@code queueTail} (exclusive).
 *
 * @param recallId recall id
 * @param rootLotId recalled lot
 * @param reason why
 * @param documentHashes supporting documents
 * @param issuedByMspId regulator organisation
 * @param issuedBy regulator identity
 * @param issuedAt timestamp of the Recall transaction
 * @param txId Recall transaction
 * @param complete whether every downstream lot has been processed
 * @param batches batches processed so far
 * @param affectedLotCount lots processed so far (newly recalled or already recalled)
 * @param queueHead first pending queue sequence number
 * @param queueTail next free queue sequence number
 * @param holderMspIds organisations holding processed lots (sorted, distinct): they must acknowledge
 * @param updatedAt timestamp of the last batch
 */
public record RecallRecord(String recallId, String rootLotId, String reason, List<String> documentHashes,
        String issuedByMspId, String issuedBy, Instant issuedAt, String txId, boolean complete, int batches,
        int affectedLotCount, long queueHead, long queueTail, List<String> holderMspIds, Instant updatedAt) {
    public RecallRecord {
        documentHashes = documentHashes == null ? List.of() : List.copyOf(documentHashes);
        holderMspIds = holderMspIds == null ? List.of() : List.copyOf(holderMspIds);
    }
}
