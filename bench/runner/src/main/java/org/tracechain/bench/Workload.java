// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.Optional;
import org.tracechain.client.LedgerException;

/**
 * One kind of call the load generator makes through the SDK: a submit that returns once the transaction has
 * committed, or an evaluate that returns the peer's answer.
 */
interface Workload {

    /** Short name in the report, e.g. {@code tracechain RegisterLot}. */
    String name();

    /** The JSON report's key, e.g. {@code register-lot}; unique among the benchmark's workloads. */
    String key();

    /**
     * The key of the ceiling workload this one is measured against ({@code ceiling-put} for a tracechain submit,
     * {@code ceiling-get} for a read), or empty for a ceiling workload itself.
     */
    Optional<String> against();

    /**
     * Makes one call and returns when it has committed (a submit) or answered (an evaluate).
     *
     * @param client the calling client's index, 0-based
     * @param sequence a running number, unique within the benchmark
     * @throws LedgerException when it was refused, committed invalid or the ledger was unavailable
     */
    void callOnce(int client, long sequence) throws LedgerException;
}
