// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.topology;

import java.time.Duration;
import java.util.List;

/** The JSON shape of a topology file; durations as text such as {@code "250ms"} or {@code "2s"}. */
record TopologyFile(String name, int basePort, String batchTimeout, Topology.OrdererOrganization ordererOrganization,
        List<Topology.PeerOrganization> peerOrganizations, List<Topology.ChannelSpec> channels) {

    Topology toTopology() {
        return new Topology(name, basePort, parseDuration(batchTimeout), ordererOrganization, peerOrganizations,
                channels);
    }

    /** Parses {@code 250ms}, {@code 2s} or {@code 1m}, the forms Fabric's configtx.yaml uses. */
    static Duration parseDuration(final String text) {
        if (text == null) {
            throw new IllegalArgumentException("invalid topology: batchTimeout is required");
        }
        final String t = text.strip();
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid duration '" + text + "'", e);
        }
        throw new IllegalArgumentException("invalid duration '" + text + "' (use e.g. 250ms, 2s)");
    }

    /** Formats a duration the way configtx.yaml expects. */
    static String formatDuration(final Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
