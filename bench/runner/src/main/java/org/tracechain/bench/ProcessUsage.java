// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

/**
 * What one process used during a measured run.
 *
 * @param name node name, e.g. {@code peer0.producer} or {@code chaincode.ceiling.producer}; {@code client} for the
 *     benchmark's own JVM
 * @param kind orderer, peer, chaincode, postgres, supervisor or client
 * @param cpuMs user plus system CPU time during the run, milliseconds
 * @param jitMs the part of {@code cpuMs} the process's JIT compiler threads used (0 for a Go node)
 * @param rssKiB resident set size at the end of the run, KiB
 */
record ProcessUsage(String name, String kind, double cpuMs, double jitMs, long rssKiB) {

    /** The report's group of this process: peers, orderers, chaincode servers, other nodes, or the client. */
    String group() {
        return switch (kind) {
            case "peer" -> ResourceGroup.PEERS;
            case "orderer" -> ResourceGroup.ORDERERS;
            case "chaincode" -> ResourceGroup.CHAINCODE;
            case MeasuredProcesses.CLIENT -> ResourceGroup.CLIENT;
            default -> ResourceGroup.OTHER;
        };
    }
}
