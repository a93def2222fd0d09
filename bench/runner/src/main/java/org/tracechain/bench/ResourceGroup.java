// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups CPU and memory are reported in. {@link #TOTAL} is every network process (all groups but the client,
 * which is the load generator, not Fabric or tracechain).
 */
final class ResourceGroup {

    static final String PEERS = "peers";
    static final String ORDERERS = "orderers";
    static final String CHAINCODE = "chaincode servers";
    /** PostgreSQL and the supervisor: part of the network, idle during the benchmark. */
    static final String OTHER = "other nodes";
    static final String TOTAL = "network total";
    static final String CLIENT = "client (bench JVM)";
    /**
     * The part of the network total that JVMs spent compiling (chaincode servers' JIT): not a group of its own but
     * a share of the others, reported beside them because it fades as the servers warm up while the rest does not.
     */
    static final String NETWORK_JIT = "of which JIT compilation";

    /** Report order. */
    static final List<String> ALL = List.of(PEERS, ORDERERS, CHAINCODE, OTHER, TOTAL, CLIENT);

    /** Report order of CPU figures: the groups with the network's JIT share after its total. */
    static final List<String> CPU_COLUMNS = List.of(PEERS, ORDERERS, CHAINCODE, OTHER, TOTAL, NETWORK_JIT, CLIENT);

    private ResourceGroup() {}

    /**
     * CPU milliseconds per committed transaction of each group and the network's JIT share ({@link #NETWORK_JIT}),
     * 0 when nothing committed.
     */
    static Map<String, Double> cpuMsPerTx(final List<ProcessUsage> usage, final long committed) {
        final Map<String, Double> sums = sums(usage, ProcessUsage::cpuMs);
        sums.put(NETWORK_JIT, sums(usage, ProcessUsage::jitMs).get(TOTAL));
        final Map<String, Double> perTx = new LinkedHashMap<>();
        sums.forEach((group, ms) -> perTx.put(group, committed == 0 ? 0.0 : ms / committed));
        return perTx;
    }

    /** Resident memory of each group at the end of the run, MiB. */
    static Map<String, Double> rssMiB(final List<ProcessUsage> usage) {
        return sums(usage, u -> u.rssKiB() / 1024.0);
    }

    private static Map<String, Double> sums(final List<ProcessUsage> usage,
            final java.util.function.ToDoubleFunction<ProcessUsage> value) {
        final Map<String, Double> sums = new LinkedHashMap<>();
        ALL.forEach(group -> sums.put(group, 0.0));
        for (final ProcessUsage u : usage) {
            sums.merge(u.group(), value.applyAsDouble(u), Double::sum);
            if (!u.group().equals(CLIENT)) {
                sums.merge(TOTAL, value.applyAsDouble(u), Double::sum);
            }
        }
        return sums;
    }
}
