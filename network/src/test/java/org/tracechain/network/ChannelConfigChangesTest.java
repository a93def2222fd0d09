// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigUpdate;
import org.hyperledger.fabric.protos.common.ConfigUpdateEnvelope;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;
import org.hyperledger.fabric.protos.orderer.ConsensusType;
import org.hyperledger.fabric.protos.orderer.etcdraft.ConfigMetadata;
import org.hyperledger.fabric.protos.orderer.etcdraft.Consenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.channel.ChannelAdmin;
import org.tracechain.network.channel.ConfigBlocks;
import org.tracechain.network.channel.ConfigUpdates;
import org.tracechain.network.channel.OrganizationMsp;
import org.tracechain.network.channel.RaftConsenters;
import org.tracechain.network.config.ConfigTxWriter;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.install.FabricInstaller;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

/**
 * The changes this project makes to a channel's configuration, computed on the genesis block the real
 * {@code configtxgen} builds for the default topology: each update reads only the path to the changed element, at
 * the versions the block holds, and writes only that element at its next version, as {@code configtxlator
 * compute_update} would.
 */
@Tag("fabric")
class ChannelConfigChangesTest {

    private static final String CHANNEL = "foodtrace";

    @TempDir
    static Path home;

    private static Topology topology;
    private static Config genesis;

    @BeforeAll
    static void genesisBlock() throws Exception {
        final FabricInstallation fabric = new FabricInstaller().ensureInstalled();
        topology = TopologyLoader.defaultTopology().withBasePort(35500);
        final Layout layout = new Layout(home.resolve("crypto"));
        CryptoSetup.generate(topology, layout);
        final Topology.OrdererOrganization orderer = topology.ordererOrganization();
        final Map<String, Path> peerMsps = new LinkedHashMap<>();
        topology.peerOrganizations().forEach(o -> peerMsps.put(o.name(), layout.peerOrg(o).resolve("msp")));
        final Path configDir = Files.createDirectories(home.resolve("config"));
        Files.writeString(configDir.resolve("configtx.yaml"), new ConfigTxWriter(topology,
                name -> layout.ordererOrg(orderer).resolve("msp"), peerMsps,
                i -> layout.orderer(orderer, orderer.orderers().get(i)).resolve("tls/server.crt")).render());
        final Path block = new ChannelAdmin(fabric, home).genesisBlock(configDir, CHANNEL,
                Files.createDirectories(home.resolve("blocks")));
        final ConfigBlocks.ConfigBlock parsed = ConfigBlocks.read(block);
        assertThat(parsed.number()).isZero();
        assertThat(parsed.channel()).isEqualTo(CHANNEL);
        genesis = parsed.config();
    }

    @Test
    void removing_a_consenter_reads_the_orderer_group_and_writes_only_consensus_type_at_its_next_version() throws Exception {
        final int port = new PortPlan(topology).orderer(2).listen();
        assertThat(RaftConsenters.of(genesis)).hasSize(3);
        assertThat(RaftConsenters.contains(genesis, "127.0.0.1", port)).isTrue();

        final Config removed = RaftConsenters.without("127.0.0.1", port).apply(genesis);
        final ConfigUpdate update = ConfigUpdates.compute(CHANNEL, genesis, removed).orElseThrow();

        final ConfigGroup ordererBefore = genesis.getChannelGroup().getGroupsOrThrow("Orderer");
        final ConfigValue consensusBefore = ordererBefore.getValuesOrThrow("ConsensusType");
        assertThat(update.getReadSet()).isEqualTo(ConfigGroup.newBuilder()
                .setVersion(genesis.getChannelGroup().getVersion())
                .putGroups("Orderer", ConfigGroup.newBuilder().setVersion(ordererBefore.getVersion()).build())
                .build());
        final ConfigValue written = update.getWriteSet().getGroupsOrThrow("Orderer").getValuesOrThrow("ConsensusType");
        assertThat(update.getWriteSet().getGroupsMap()).containsOnlyKeys("Orderer");
        assertThat(update.getWriteSet().getGroupsOrThrow("Orderer").getValuesMap()).containsOnlyKeys("ConsensusType");
        assertThat(update.getWriteSet().getGroupsOrThrow("Orderer").getVersion()).isEqualTo(ordererBefore.getVersion());
        assertThat(written.getVersion()).isEqualTo(consensusBefore.getVersion() + 1);
        assertThat(written.getModPolicy()).isEqualTo(consensusBefore.getModPolicy()).isEqualTo("Admins");
        final ConsensusType type = ConsensusType.parseFrom(written.getValue());
        assertThat(type.getType()).isEqualTo("etcdraft");
        final List<Consenter> left = ConfigMetadata.parseFrom(type.getMetadata()).getConsentersList();
        assertThat(left).extracting(Consenter::getPort).doesNotContain(port).hasSize(2);
        // The options (tick interval, election ticks, ...) and the endpoints are untouched.
        assertThat(ConfigMetadata.parseFrom(type.getMetadata()).getOptions()).isEqualTo(ConfigMetadata
                .parseFrom(ConsensusType.parseFrom(consensusBefore.getValue()).getMetadata()).getOptions());

        assertThat(RaftConsenters.without("127.0.0.1", port).apply(removed)).isSameAs(removed);
    }

    @Test
    void adding_the_consenter_back_restores_the_set_at_a_further_version() throws Exception {
        final int port = new PortPlan(topology).orderer(2).listen();
        final Consenter orderer3 = RaftConsenters.of(genesis).stream().filter(c -> c.getPort() == port).findFirst()
                .orElseThrow();
        final Config removed = applied(genesis, RaftConsenters.without("127.0.0.1", port));

        final Config added = RaftConsenters.with(orderer3).apply(removed);
        final ConfigUpdate update = ConfigUpdates.compute(CHANNEL, removed, added).orElseThrow();

        final ConfigValue written = update.getWriteSet().getGroupsOrThrow("Orderer").getValuesOrThrow("ConsensusType");
        assertThat(written.getVersion()).isEqualTo(2);
        assertThat(ConfigMetadata.parseFrom(ConsensusType.parseFrom(written.getValue()).getMetadata())
                .getConsentersList()).hasSize(3).contains(orderer3);
        assertThat(RaftConsenters.with(orderer3).apply(added)).isSameAs(added);
    }

    @Test
    void a_revocation_list_for_one_organisation_writes_only_its_msp_value() throws Exception {
        final ByteString crl = ByteString.copyFrom("-----BEGIN X509 CRL-----\n...\n-----END X509 CRL-----\n",
                StandardCharsets.US_ASCII);
        assertThat(OrganizationMsp.member(genesis, "ProducerMSP")).isTrue();
        assertThat(OrganizationMsp.member(genesis, "CivilAffairsMSP")).isFalse();
        assertThat(OrganizationMsp.revocationList(genesis, "ProducerMSP")).isEmpty();

        final Config revoked = OrganizationMsp.withRevocationList("ProducerMSP", List.of(crl)).apply(genesis);
        final ConfigUpdate update = ConfigUpdates.compute(CHANNEL, genesis, revoked).orElseThrow();

        final ConfigGroup application = genesis.getChannelGroup().getGroupsOrThrow("Application");
        final ConfigGroup producer = application.getGroupsOrThrow("ProducerMSP");
        assertThat(update.getReadSet()).isEqualTo(ConfigGroup.newBuilder()
                .setVersion(genesis.getChannelGroup().getVersion())
                .putGroups("Application", ConfigGroup.newBuilder().setVersion(application.getVersion())
                        .putGroups("ProducerMSP", ConfigGroup.newBuilder().setVersion(producer.getVersion()).build())
                        .build())
                .build());
        final ConfigGroup writtenOrg = update.getWriteSet().getGroupsOrThrow("Application")
                .getGroupsOrThrow("ProducerMSP");
        assertThat(update.getWriteSet().getGroupsOrThrow("Application").getGroupsMap()).containsOnlyKeys("ProducerMSP");
        assertThat(writtenOrg.getVersion()).isEqualTo(producer.getVersion());
        assertThat(writtenOrg.getPoliciesMap()).isEmpty();
        assertThat(writtenOrg.getValuesMap()).containsOnlyKeys("MSP");
        final ConfigValue msp = writtenOrg.getValuesOrThrow("MSP");
        assertThat(msp.getVersion()).isEqualTo(producer.getValuesOrThrow("MSP").getVersion() + 1);
        assertThat(msp.getModPolicy()).isEqualTo("Admins");
        final FabricMSPConfig written = FabricMSPConfig.parseFrom(MSPConfig.parseFrom(msp.getValue()).getConfig());
        assertThat(written.getRevocationListList()).containsExactly(crl);
        assertThat(written.getName()).isEqualTo("ProducerMSP");
        assertThat(written.getRootCertsList()).isEqualTo(FabricMSPConfig.parseFrom(MSPConfig.parseFrom(
                producer.getValuesOrThrow("MSP").getValue()).getConfig()).getRootCertsList());
        assertThat(OrganizationMsp.revocationList(revoked, "ProducerMSP")).containsExactly(crl);
        assertThat(ConfigUpdates.compute(CHANNEL, revoked,
                OrganizationMsp.withRevocationList("ProducerMSP", List.of(crl)).apply(revoked))).isEmpty();
    }

    @Test
    void the_update_envelope_carries_the_update_for_the_channel_unsigned() throws Exception {
        final Config removed = RaftConsenters.without("127.0.0.1", new PortPlan(topology).orderer(0).listen())
                .apply(genesis);
        final ConfigUpdate update = ConfigUpdates.compute(CHANNEL, genesis, removed).orElseThrow();

        final ConfigUpdateEnvelope envelope = ConfigBlocks.updateEnvelope(ConfigBlocks.unsignedEnvelope(update));

        assertThat(ConfigUpdate.parseFrom(envelope.getConfigUpdate())).isEqualTo(update);
        assertThat(envelope.getSignaturesList()).isEmpty();
    }

    /** {@code change} applied as the orderer would: the written elements at their new versions. */
    private static Config applied(final Config config, final java.util.function.UnaryOperator<Config> change) {
        final Config changed = change.apply(config);
        final ConfigGroup orderer = changed.getChannelGroup().getGroupsOrThrow("Orderer");
        final ConfigValue type = orderer.getValuesOrThrow("ConsensusType");
        return changed.toBuilder().setSequence(config.getSequence() + 1).setChannelGroup(changed.getChannelGroup()
                .toBuilder().putGroups("Orderer", orderer.toBuilder().putValues("ConsensusType", type.toBuilder()
                        .setVersion(type.getVersion() + 1).build()).build())).build();
    }
}
