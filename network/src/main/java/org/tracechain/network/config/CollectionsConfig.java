// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.config;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tracechain.network.topology.Topology;

/**
 * The private data collections of a chaincode: one per pair of channel organisations, named
 * {@code <prefix>_<mspA>_<mspB>} with the MSP ids sorted, readable and writable only by the pair and the
 * authority organisations (the regulator). Trading partners keep commercial terms private this way while
 * the channel sees only their hash.
 */
public final class CollectionsConfig {

    private CollectionsConfig() {}

    /** The collection config JSON for {@code peer lifecycle chaincode approveformyorg --collections-config}, or null. */
    public static String render(final Topology topology, final Topology.ChannelSpec channel) {
        final Topology.ChaincodeSpec cc = channel.chaincode();
        if (cc == null || cc.pairwiseCollectionPrefix() == null) {
            return null;
        }
        final List<String> msps = ConfigTxWriter.mspIds(topology, channel).stream().sorted().toList();
        final List<String> authorities = cc.authorityOrganizations().stream()
                .map(o -> topology.organization(o).orElseThrow().mspId()).toList();
        final List<String> entries = new ArrayList<>();
        for (int a = 0; a < msps.size(); a++) {
            for (int b = a + 1; b < msps.size(); b++) {
                final TreeSet<String> members = new TreeSet<>(List.of(msps.get(a), msps.get(b)));
                members.addAll(authorities);
                final String policy = "OR(" + String.join(",", members.stream().map(m -> "'" + m + ".member'").toList())
                        + ")";
                // requiredPeerCount 0: an endorsement must not fail because no other member peer is up.
                entries.add("{\"name\":\"" + cc.pairwiseCollectionPrefix() + "_" + msps.get(a) + "_" + msps.get(b)
                        + "\",\"policy\":\"" + policy + "\",\"requiredPeerCount\":0,\"maxPeerCount\":"
                        + Math.max(1, members.size() - 1)
                        + ",\"blockToLive\":0,\"memberOnlyRead\":true,\"memberOnlyWrite\":true}");
            }
        }
        return "[" + String.join(",", entries) + "]";
    }
}
