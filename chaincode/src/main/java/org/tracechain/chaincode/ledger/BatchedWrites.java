// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.ledger;

import java.util.List;
import org.hyperledger.fabric.protos.peer.WriteRecord;

/**
 * A stub that sends a transaction's writes to the peer in one exchange ({@code WRITE_BATCH_STATE}, Fabric 3.1), which
 * Fabric's {@code ChaincodeStub} interface does not declare yet. The chaincode runtime keeps a transaction's writes
 * and hands them over here once it succeeded; without it, each write is its own call.
 */
public interface BatchedWrites {

    /** Applies {@code records} (puts, deletes, key-level endorsement policies) in order. */
    void writeBatch(List<WriteRecord> records);
}
