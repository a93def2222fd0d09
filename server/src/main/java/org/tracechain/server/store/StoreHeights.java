// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * How far the query store has projected each channel, for {@code tracechain store status}: the number of the next
 * block it will read per channel, from its checkpoint table. The query store's implementation provides it.
 */
@FunctionalInterface
public interface StoreHeights {

    /** For builds without a query store implementation: no heights. */
    StoreHeights NONE = dataSource -> Map.of();

    /**
     * The projected height of every channel the store has a checkpoint for.
     *
     * @param dataSource the store's database
     * @return channel name → the number of the next block to project
     * @throws SQLException when the checkpoints cannot be read
     */
    Map<String, Long> heights(DataSource dataSource) throws SQLException;
}
