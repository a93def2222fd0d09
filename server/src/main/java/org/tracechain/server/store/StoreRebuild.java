// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.io.PrintWriter;

/**
 * Rebuilds the query store from the ledger for {@code tracechain store rebuild}: empties the projected tables and
 * replays every channel from block 0, so that the tables come out identical to those projected live. The query
 * store's implementation provides it; {@link StoreCommand} calls it on a migrated database.
 *
 * <pre>{@code
 * new CommandLine(new StoreCommand((database, out) -> projector.rebuild(database.dataSource(), out),
 *         StoreHeights.NONE));
 * }</pre>
 */
@FunctionalInterface
public interface StoreRebuild {

    /** For builds without a query store implementation: says so. */
    StoreRebuild UNAVAILABLE = (database, out) -> {
        throw new UnsupportedOperationException("this build of tracechain cannot rebuild the query store");
    };

    /**
     * Rebuilds the store in {@code database}.
     *
     * @param database the store's database, its schema up to date
     * @param out where to report progress, one line now and then
     * @throws Exception when the rebuild fails; the message is shown to the user
     */
    void rebuild(StoreDatabase database, PrintWriter out) throws Exception;
}
