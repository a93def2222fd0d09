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

    @Property(tries = 1)
    void each_organisation_of_a_channel_has_a_chaincode_server_port_of_its_own(
            @ForAll @IntRange(min = 0, max = 0) final int unused) {
        final PortPlan plan = new PortPlan(TopologyLoader.defaultTopology());

        // foodtrace: producer, distributor, regulator; govdir: regulator, civil, security.
        assertThat(List.of(plan.chaincodeServer(0, "producer"), plan.chaincodeServer(0, "distributor"),
                plan.chaincodeServer(0, "regulator"), plan.chaincodeServer(1, "regulator"),
                plan.chaincodeServer(1, "civil"), plan.chaincodeServer(1, "security")))
                .containsExactly(27900, 27901, 27902, 27903, 27904, 27905);
    }

    @Property(tries = 1)
    void postgres_listens_on_base_plus_800_inside_the_block(@ForAll @IntRange(min = 0, max = 0) final int unused) {
        final PortPlan plan = new PortPlan(TopologyLoader.defaultTopology().withBasePort(31000));

        assertThat(plan.postgres()).isEqualTo(31800);
        assertThat(plan.all()).contains(31800);
    }

    @Property(tries = 50)
    void default_block_avoids_fabrics_own_default_ports(@ForAll @IntRange(min = 0, max = 0) final int unused) {
        assertThat(new PortPlan(TopologyLoader.defaultTopology()).all()).doesNotContain(9443, 7050, 7051);
    }
}
