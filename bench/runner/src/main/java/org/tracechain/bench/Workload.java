// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import org.tracechain.client.LedgerException;

/** One kind of transaction the load generator submits, each call through the SDK until it has committed. */
interface Workload {

    /** Short name in the report, e.g. {@code tracechain RegisterLot}. */
    String name();

    /** The JSON report's key, e.g. {@code tracechain}. */
    String key();

    /**
     * Submits one transaction and returns when it has committed (valid).
     *
     * @param client the submitting client's index, 0-based
     * @param sequence the client's running number, unique per client within the benchmark
     * @throws LedgerException when it was refused, committed invalid or the ledger was unavailable
     */
    void submitOne(int client, long sequence) throws LedgerException;
}
