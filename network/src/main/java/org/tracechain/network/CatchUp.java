// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.node.OrdererNode;
import org.tracechain.network.node.PeerNode;
import org.tracechain.network.process.Wait;
import org.tracechain.network.topology.Topology;

/**
 * Waits until the network agrees on every channel: all orderers at the same block height (a restarted Raft
 * follower has replayed up to the leader), and every member peer at least at that height (a restarted or rebuilt
 * peer has fetched every block). A node answers "healthy" long before that; lifecycle calls and users' reads on a
 * node that is still catching up see an old ledger.
 */
final class CatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final Topology topology;
    private final BiFunction<OrdererNode, String, OptionalLong> ordererHeight;

    /**
     * @param ordererHeight an orderer's height on a channel, as its admin API reports it (the metrics of an
     *                      orderer started by an older version may be off)
     */
    CatchUp(final Topology topology, final BiFunction<OrdererNode, String, OptionalLong> ordererHeight) {
        this.topology = topology;
        this.ordererHeight = ordererHeight;
    }

    void await(final List<OrdererNode> orderers, final List<PeerNode> peers, final Duration timeout) {
        final long start = System.nanoTime();
        for (final Topology.ChannelSpec channel : topology.channels()) {
            final List<PeerNode> members = peers.stream().filter(p -> channel.organizations().stream()
                    .map(o -> topology.organization(o).orElseThrow().mspId()).anyMatch(p.mspId()::equals)).toList();
            final long[] nextReport = {System.nanoTime() + PROGRESS_EVERY.toNanos()};
            Wait.until("every orderer and peer of " + channel.name() + " to reach the same block height", timeout,
                    () -> {
                        final Map<String, OptionalLong> heights = heights(orderers, members, channel.name());
                        final boolean agreed = agreed(heights, orderers);
                        if (!agreed && System.nanoTime() > nextReport[0]) {
                            LOG.info("  {}: catching up, block heights {}", channel.name(), describe(heights));
                            nextReport[0] = System.nanoTime() + PROGRESS_EVERY.toNanos();
                        }
                        return agreed;
                    }, () -> "; block heights " + describe(heights(orderers, members, channel.name())));
        }
        LOG.info("Every node has caught up on every channel ({} ms)", (System.nanoTime() - start) / 1_000_000);
    }

    private Map<String, OptionalLong> heights(final List<OrdererNode> orderers, final List<PeerNode> peers,
            final String channel) {
        final Map<String, OptionalLong> heights = new TreeMap<>();
        orderers.forEach(o -> heights.put(o.name(), ordererHeight.apply(o, channel)));
        peers.forEach(p -> heights.put(p.name(), p.height(channel)));
        return heights;
    }

    /** Orderers all at one height, and no peer below it. */
    private static boolean agreed(final Map<String, OptionalLong> heights, final List<OrdererNode> orderers) {
        if (heights.values().stream().anyMatch(OptionalLong::isEmpty)) {
            return false;
        }
        final long ordererMax = orderers.stream().mapToLong(o -> heights.get(o.name()).getAsLong()).max().orElse(0);
        final long ordererMin = orderers.stream().mapToLong(o -> heights.get(o.name()).getAsLong()).min().orElse(0);
        return ordererMin == ordererMax && heights.values().stream().allMatch(h -> h.getAsLong() >= ordererMax);
    }

    private static String describe(final Map<String, OptionalLong> heights) {
        final Map<String, String> shown = new TreeMap<>();
        heights.forEach((node, h) -> shown.put(node, h.isPresent() ? Long.toString(h.getAsLong()) : "?"));
        return shown.toString();
    }
}
