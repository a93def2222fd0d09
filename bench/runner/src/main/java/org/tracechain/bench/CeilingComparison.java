// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each tracechain run beside the ceiling run it is measured against (same client count): the ratios the issue's
 * goals are stated in (throughput and network CPU per transaction against Fabric's own Put or Get).
 */
final class CeilingComparison {

    /**
     * One tracechain run against its ceiling.
     *
     * @param run the tracechain run
     * @param ceiling the ceiling run at the same client count
     */
    record Row(RunResult run, RunResult ceiling) {

        /** tracechain's throughput as a share of the ceiling's. */
        double throughputRatio() {
            return ratio(run.txPerSecond(), ceiling.txPerSecond());
        }

        /** tracechain's p95 latency over the ceiling's. */
        double p95Ratio() {
            return ratio(run.latencyMs().p95(), ceiling.latencyMs().p95());
        }

        /** tracechain's network CPU per transaction over the ceiling's. */
        double cpuRatio() {
            return ratio(cpu(run), cpu(ceiling));
        }

        /**
         * The same ratio without what the JVMs spent compiling in the window: warm-up that a long-running server
         * has behind it, and that falls unevenly on the two sides (the ceiling's servers have less code to compile).
         */
        double cpuRatioWithoutJit() {
            return ratio(cpuWithoutJit(run), cpuWithoutJit(ceiling));
        }

        static double cpu(final RunResult result) {
            return result.cpuMsPerTx().getOrDefault(ResourceGroup.TOTAL, 0.0);
        }

        static double cpuWithoutJit(final RunResult result) {
            return cpu(result) - result.cpuMsPerTx().getOrDefault(ResourceGroup.NETWORK_JIT, 0.0);
        }

        private static double ratio(final double value, final double base) {
            return base == 0 ? Double.NaN : value / base;
        }
    }

    private CeilingComparison() {}

    /** A row per tracechain run whose ceiling ran at the same client count, in the order run. */
    static List<Row> rows(final List<RunResult> runs) {
        final List<Row> rows = new ArrayList<>();
        for (final RunResult run : runs) {
            if (run.against() == null) {
                continue;
            }
            ceiling(runs, run).ifPresent(ceiling -> rows.add(new Row(run, ceiling)));
        }
        return rows;
    }

    private static Optional<RunResult> ceiling(final List<RunResult> runs, final RunResult run) {
        return runs.stream().filter(r -> r.workload().equals(run.against()) && r.clients() == run.clients())
                .findFirst();
    }
}
