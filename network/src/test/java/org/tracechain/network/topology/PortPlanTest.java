// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PortPlanTest {

    @Property(tries = 200)
    void no_two_listeners_share_a_port_and_none_is_fabrics_clashing_default(
            @ForAll @IntRange(min = 1024, max = 64000) final int base) {
        final Topology topology = TopologyLoader.defaultTopology().withBasePort(base);
        final List<Integer> ports = new PortPlan(topology).all();

        assertThat(new HashSet<>(ports)).hasSameSizeAs(ports);
        assertThat(ports).allMatch(p -> p >= base && p < base + 1000);
    }

    @Property(tries = 50)
    void default_block_avoids_fabrics_own_default_ports(@ForAll @IntRange(min = 0, max = 0) final int unused) {
        assertThat(new PortPlan(TopologyLoader.defaultTopology()).all()).doesNotContain(9443, 7050, 7051);
    }
}
