// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

class BenchTopologyTest {

    @Test
    void adds_a_ceiling_channel_with_the_foodtrace_organisations_and_keeps_the_default_channels() {
        final Topology bench = BenchTopology.withCeiling(21000);
        final Topology defaults = TopologyLoader.defaultTopology();

        assertThat(bench.channels()).hasSize(defaults.channels().size() + 1);
        assertThat(bench.channels().subList(0, defaults.channels().size())).isEqualTo(defaults.channels());
        final Topology.ChannelSpec ceiling = bench.channels().get(bench.channels().size() - 1);
        assertThat(ceiling.name()).isEqualTo("ceiling");
        assertThat(ceiling.organizations()).containsExactly("producer", "distributor", "regulator");
        assertThat(ceiling.chaincode().jar()).isEqualTo("ceiling-chaincode.jar");
        assertThat(ceiling.chaincode().configure()).isNull();
        assertThat(bench.peerOrganizations()).isEqualTo(defaults.peerOrganizations());
    }

    @Test
    void every_port_is_distinct_and_inside_the_block_below_the_ephemeral_range() {
        final List<Integer> ports = new PortPlan(BenchTopology.withCeiling(BenchCli.DEFAULT_BASE_PORT)).all();
        assertThat(new HashSet<>(ports)).hasSameSizeAs(ports);
        assertThat(ports).allSatisfy(port -> assertThat(port).isBetween(BenchCli.DEFAULT_BASE_PORT,
                BenchCli.DEFAULT_BASE_PORT + BenchSettings.BLOCK - 1));
        assertThat(BenchCli.DEFAULT_BASE_PORT + BenchSettings.BLOCK).isLessThanOrEqualTo(22000);
    }
}
