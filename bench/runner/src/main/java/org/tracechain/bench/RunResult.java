// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.List;
import java.util.Map;

/**
 * One measured run: one workload at one number of clients, after its warm-up.
 *
 * @param workload the workload's key, e.g. {@code register-lot} or {@code ceiling-put}
 * @param against the key of the ceiling workload this one is compared with, or null for a ceiling workload
 * @param workloadName the workload as the report names it
 * @param clients concurrent clients (threads)
 * @param seconds length of the measured window
 * @param committed calls started and done within the window: submits committed, evaluates answered
 * @param errors transactions that failed within the window
 * @param errorSamples the first few distinct failures, for the report
 * @param txPerSecond committed per second of the window
 * @param latencyMs p50, p95 and max submit-to-commit latency of the committed transactions, ms
 * @param cpuMsPerTx CPU milliseconds per committed transaction by {@link ResourceGroup}
 * @param rssMiB resident memory by {@link ResourceGroup} at the end of the window, MiB
 * @param processes every process's figures
 */
record RunResult(String workload, String against, String workloadName, int clients, double seconds, long committed, long errors,
        List<String> errorSamples, double txPerSecond, Latency latencyMs, Map<String, Double> cpuMsPerTx,
        Map<String, Double> rssMiB, List<ProcessUsage> processes) {

    RunResult {
        errorSamples = List.copyOf(errorSamples);
        cpuMsPerTx = Map.copyOf(cpuMsPerTx);
        rssMiB = Map.copyOf(rssMiB);
        processes = List.copyOf(processes);
    }

    /** Latency percentiles, milliseconds. */
    record Latency(double p50, double p95, double max) {

        /** Nearest-rank percentiles of {@code nanos} (sorted in place); zeros when empty. */
        static Latency of(final long[] nanos) {
            if (nanos.length == 0) {
                return new Latency(0, 0, 0);
            }
            java.util.Arrays.sort(nanos);
            return new Latency(rank(nanos, 0.50), rank(nanos, 0.95), nanos[nanos.length - 1] / 1e6);
        }

        private static double rank(final long[] sorted, final double p) {
            final int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }
    }
}
