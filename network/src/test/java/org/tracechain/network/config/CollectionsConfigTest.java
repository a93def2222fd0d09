// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

class CollectionsConfigTest {

    @Test
    void one_collection_per_pair_of_foodtrace_organisations_with_the_regulator_in_each() throws Exception {
        final Topology t = TopologyLoader.defaultTopology();
        final JsonNode collections = new JsonMapper().readTree(CollectionsConfig.render(t, t.channels().get(0)));

        assertThat(collections).hasSize(3);
        assertThat(collections.findValuesAsText("name")).containsExactly("terms_DistributorMSP_ProducerMSP",
                "terms_DistributorMSP_RegulatorMSP", "terms_ProducerMSP_RegulatorMSP");
        assertThat(collections.get(0).get("policy").asText())
                .isEqualTo("OR('DistributorMSP.member','ProducerMSP.member','RegulatorMSP.member')");
        assertThat(collections.get(0).get("memberOnlyRead").asBoolean()).isTrue();
    }

    @Test
    void no_collections_without_a_prefix() {
        final Topology t = TopologyLoader.defaultTopology();

        assertThat(CollectionsConfig.render(t, t.channels().get(1))).isNull();
    }
}
