// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyLoaderTest {

    @Test
    void default_topology_has_three_raft_orderers_and_the_two_channels() {
        final Topology t = TopologyLoader.defaultTopology();

        assertThat(t.ordererOrganization().orderers()).hasSize(3);
        assertThat(t.batchTimeout()).isLessThanOrEqualTo(Duration.ofMillis(500));
        assertThat(t.channels()).extracting(Topology.ChannelSpec::name).containsExactly("foodtrace", "govdir");
        assertThat(t.channels().get(0).organizations()).containsExactly("producer", "distributor", "regulator");
        assertThat(t.channels().get(1).organizations()).contains("regulator").hasSizeGreaterThanOrEqualTo(3);
        assertThat(t.organization("regulator").orElseThrow().users())
                .extracting(Topology.UserSpec::roles).contains(List.of("regulator"), List.of("catalog-admin"));
    }

    @Test
    void foodtrace_configure_carries_the_channel_members_derived_from_the_topology() {
        final Topology t = TopologyLoader.defaultTopology();

        assertThat(t.configureArgument(t.channels().get(0))).containsExactly(
                java.util.Map.entry("authorityMspIds", List.of("RegulatorMSP")),
                java.util.Map.entry("memberMspIds", List.of("DistributorMSP", "ProducerMSP", "RegulatorMSP")));
        assertThat(t.configureArgument(t.channels().get(1))).doesNotContainKey("memberMspIds");
    }

    @Test
    void rejects_a_configure_argument_that_also_names_the_members_field(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("t.json");
        Files.writeString(file, """
                {"name":"t","basePort":7000,"batchTimeout":"250ms",
                 "ordererOrganization":{"name":"orderer","mspId":"OrdererMSP","domain":"o.test","orderers":["o1"]},
                 "peerOrganizations":[{"name":"a","mspId":"AMSP","domain":"a.test","peers":["peer0"],"users":[]}],
                 "channels":[{"name":"c","organizations":["a"],"chaincode":{"name":"cc","jar":"cc.jar",
                   "configure":{"organization":"a","transaction":"Configure","argument":{"memberMspIds":["X"]},
                     "channelMembersArgument":"memberMspIds"}}}]}
                """);

        assertThatThrownBy(() -> TopologyLoader.load(file)).hasMessageContaining("channelMembersArgument");
    }

    @Test
    void rejects_channel_naming_an_unknown_organisation(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("t.json");
        Files.writeString(file, """
                {"name":"t","basePort":7000,"batchTimeout":"250ms",
                 "ordererOrganization":{"name":"orderer","mspId":"OrdererMSP","domain":"o.test","orderers":["o1"]},
                 "peerOrganizations":[{"name":"a","mspId":"AMSP","domain":"a.test","peers":["peer0"],"users":[]}],
                 "channels":[{"name":"c","organizations":["a","ghost"]}]}
                """);

        assertThatThrownBy(() -> TopologyLoader.load(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown organisation ghost");
    }

    @Test
    void rejects_duplicate_msp_ids_and_unknown_fields(@TempDir final Path dir) throws Exception {
        final Path dup = dir.resolve("dup.json");
        Files.writeString(dup, """
                {"name":"t","basePort":7000,"batchTimeout":"1s",
                 "ordererOrganization":{"name":"orderer","mspId":"AMSP","domain":"o.test","orderers":["o1"]},
                 "peerOrganizations":[{"name":"a","mspId":"AMSP","domain":"a.test","peers":["peer0"],"users":[]}],
                 "channels":[]}
                """);
        final Path unknown = dir.resolve("unknown.json");
        Files.writeString(unknown, "{\"name\":\"t\",\"colour\":\"red\"}");

        assertThatThrownBy(() -> TopologyLoader.load(dup)).hasMessageContaining("duplicate MSP id AMSP");
        assertThatThrownBy(() -> TopologyLoader.load(unknown)).hasMessageContaining("colour");
    }

    @Test
    void parses_configtx_style_durations() {
        assertThat(TopologyFile.parseDuration("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(TopologyFile.parseDuration("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> TopologyFile.parseDuration("soon")).hasMessageContaining("soon");
    }
}
