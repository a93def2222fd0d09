// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.List;

/**
 * Everything one benchmark measured, as {@code report.json} holds it.
 *
 * @param startedAt when the benchmark started (ISO-8601, UTC)
 * @param machine where it ran
 * @param settings how it ran
 * @param runs every measured run, in the order run
 * @param traces trace latency per lineage, smallest first
 * @param directory the directory's search at Beijing's scale, or null when not run
 */
record BenchReport(String startedAt, Machine machine, Settings settings, List<RunResult> runs,
        List<TraceTiming> traces, DirectoryTiming directory) {

    BenchReport {
        runs = List.copyOf(runs);
        traces = List.copyOf(traces);
    }

    /**
     * The machine.
     *
     * @param cores processors available to the JVM
     * @param clockTicksPerSecond the unit of the kernel's CPU times
     * @param os operating system name and version
     * @param java Java runtime version
     * @param fabric Fabric version of the network
     */
    record Machine(int cores, long clockTicksPerSecond, String os, String java, String fabric) {}

    /**
     * The benchmark's settings.
     *
     * @param clients client counts, in the order run
     * @param warmupSeconds warm-up before each measured window
     * @param seconds measured window of each run
     * @param basePort the network's port block
     * @param organizations the endorsing organisations of both channels
     * @param endorsementPolicy both chaincodes' endorsement policy
     * @param batchTimeout the orderers' block cutting timeout
     */
    record Settings(List<Integer> clients, long warmupSeconds, long seconds, int basePort, List<String> organizations,
            String endorsementPolicy, String batchTimeout) {
        Settings {
            clients = List.copyOf(clients);
            organizations = List.copyOf(organizations);
        }
    }
}
