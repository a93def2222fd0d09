// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.tracechain.client.BlockTransaction;
import org.tracechain.client.KvWrite;

/** Turns one chaincode's writes into rows; called only for valid transactions, inside the block's transaction. */
interface ChaincodeProjection {

    /** The chaincode namespace whose writes this projects. */
    String namespace();

    /** A new block starts (drop anything cached from a block that may have been rolled back). */
    default void beginBlock() {}

    /**
     * Projects one valid transaction's writes to {@link #namespace()}.
     *
     * @param db the block's database transaction
     * @param block the block number
     * @param transaction the transaction
     * @param writes its writes to the namespace, in read-write set order
     * @throws SQLException if the database refuses
     */
    void project(Connection db, long block, BlockTransaction transaction, List<KvWrite> writes) throws SQLException;

    /** The tables this projection fills, emptied by a rebuild. */
    List<String> tables();
}
