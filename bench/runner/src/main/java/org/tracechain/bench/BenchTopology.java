// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.ArrayList;
import java.util.List;
import org.tracechain.bench.ceiling.CeilingTransaction;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

/**
 * The benchmark's network: the default topology unchanged, plus a {@code ceiling} channel whose chaincode is the
 * ceiling jar, with the foodtrace channel's organisations (so the same three peers endorse under the same
 * {@code MAJORITY Endorsement} policy, the topology's only policy).
 */
final class BenchTopology {

    /** The channel (and chaincode) of Fabric's ceiling. */
    static final String CEILING_CHANNEL = CeilingTransaction.CONTRACT;
    /** The channel RegisterLot runs on, whose organisations the ceiling channel copies. */
    static final String FOODTRACE_CHANNEL = "foodtrace";
    /** The directory's channel, for the directory benchmark. */
    static final String DIRECTORY_CHANNEL = DirectoryTransaction.CHAINCODE;
    /** The ceiling chaincode's jar name in the chaincode directory. */
    static final String CEILING_JAR = "ceiling-chaincode.jar";

    private BenchTopology() {}

    /** The default topology on {@code basePort}, with the ceiling channel appended (ports of others unchanged). */
    static Topology withCeiling(final int basePort) {
        final Topology base = TopologyLoader.defaultTopology();
        final Topology.ChannelSpec foodtrace = base.channels().stream()
                .filter(c -> c.name().equals(FOODTRACE_CHANNEL)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the default topology has no foodtrace channel"));
        final List<Topology.ChannelSpec> channels = new ArrayList<>(base.channels());
        // No Configure transaction and no private data: the ceiling has nothing to configure.
        channels.add(new Topology.ChannelSpec(CEILING_CHANNEL, foodtrace.organizations(),
                new Topology.ChaincodeSpec(CeilingTransaction.CONTRACT, CEILING_JAR, null, List.of(), null)));
        return TopologyLoader.validate(new Topology(base.name(), basePort, base.batchTimeout(),
                base.ordererOrganization(), base.peerOrganizations(), channels));
    }

    /** The organisations of the govdir channel, whose catalog administrators load the directory benchmark. */
    static List<String> directoryOrganizations(final Topology topology) {
        return topology.channels().stream().filter(c -> c.name().equals(DIRECTORY_CHANNEL)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the default topology has no govdir channel"))
                .organizations();
    }

    /** The organisations of the foodtrace channel (and so of the ceiling's). */
    static List<String> benchOrganizations(final Topology topology) {
        return topology.channels().stream().filter(c -> c.name().equals(CEILING_CHANNEL)).findFirst()
                .orElseThrow().organizations();
    }
}
