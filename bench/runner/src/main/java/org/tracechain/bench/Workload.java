// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.Objects;
import java.util.Optional;
import org.tracechain.client.LedgerException;

/**
 * One kind of call the load generator makes through the SDK: a submit that returns once the transaction has
 * committed, or an evaluate that returns the peer's answer. The benchmark's workloads are made by {@link Workloads}.
 *
 * @param name short name in the report, e.g. {@code tracechain RegisterLot}
 * @param key the JSON report's key, e.g. {@code register-lot}; unique among the benchmark's workloads
 * @param against the key of the ceiling workload this one is compared with ({@code ceiling-put} for a tracechain
 *     submit, {@code ceiling-get} for a read), or empty for a ceiling workload itself
 * @param call the call itself
 */
record Workload(String name, String key, Optional<String> against, Call call) {

    /** One call of a workload. */
    @FunctionalInterface
    interface Call {
        /**
         * Makes one call and returns when it has committed (a submit) or answered (an evaluate).
         *
         * @param client the calling client's index, 0-based
         * @param sequence a running number, unique within the benchmark
         * @throws LedgerException when it was refused, committed invalid or the ledger was unavailable
         */
        void once(int client, long sequence) throws LedgerException;
    }

    Workload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(against, "against");
        Objects.requireNonNull(call, "call");
    }

    /** {@link Call#once} of this workload. */
    void callOnce(final int client, final long sequence) throws LedgerException {
        call.once(client, sequence);
    }
}
