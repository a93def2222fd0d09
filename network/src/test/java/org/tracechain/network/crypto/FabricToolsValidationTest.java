// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.ConfigSignature;
import org.hyperledger.fabric.protos.common.ConfigUpdate;
import org.hyperledger.fabric.protos.common.ConfigUpdateEnvelope;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.install.FabricInstaller;

/**
 * The real proof: Fabric's own tools load the generated MSPs. {@code configtxgen} builds a channel genesis
 * block from the organisation MSPs (CA certs, TLS CA certs, NodeOUs, Raft consenter TLS certs), and the
 * {@code peer} CLI loads local MSPs (signcert, keystore key found by SKI, NodeOUs) and signs with them
 * ({@code peer channel signconfigtx}: offline, no peer or orderer process). The binaries come from
 * {@link FabricInstaller}, which installs them first if needed, so this test fails rather than skips without them.
 */
@Tag("fabric")
class FabricToolsValidationTest {

    private static final Logger LOG = LoggerFactory.getLogger(FabricToolsValidationTest.class);
    private static final String CHANNEL = "tracechain";

    private static FabricInstallation fabric;

    @TempDir
    static Path work;

    static OrgMaterial orderers;
    static OrgMaterial farm;

    @BeforeAll
    static void generate() {
        // The real tools, installed the way `network up` installs them (from the cache, the source archive beside
        // the project, or a release): this test is the proof, so it never skips for want of them.
        fabric = new FabricInstaller().ensureInstalled();
        orderers = CryptoGenerator.generate(work.resolve("crypto"), Fixtures.orderers());
        farm = CryptoGenerator.generate(work.resolve("crypto"), Fixtures.farm());
    }

    @Test
    void configtxgen_builds_a_genesis_block_from_the_generated_msps() throws Exception {
        Files.writeString(work.resolve("configtx.yaml"), configtx());
        final Path block = work.resolve(CHANNEL + ".block");

        final Result generated = run(work, Map.of(), fabric.configtxgen().toString(), "-configPath",
                work.toString(), "-profile", "TraceChain", "-channelID", CHANNEL, "-outputBlock", block.toString());

        LOG.info("configtxgen exit {}: {}", generated.exitCode(), generated.stderr().strip());
        assertThat(generated.exitCode()).as(generated.output()).isZero();
        assertThat(block).isNotEmptyFile();

        final Result inspected = run(work, Map.of(), fabric.configtxgen().toString(), "-inspectBlock",
                block.toString());
        assertThat(inspected.exitCode()).as(inspected.output()).isZero();
        final JsonNode config = new ObjectMapper().readTree(inspected.stdout())
                .at("/data/data/0/payload/data/config/channel_group/groups");
        final JsonNode farmMsp = config.at("/Application/groups/FarmMSP/values/MSP/value/config");
        assertThat(farmMsp.at("/name").asText()).isEqualTo("FarmMSP");
        assertThat(farmMsp.at("/fabric_node_ous/enable").asBoolean()).isTrue();
        assertThat(pem(farmMsp.at("/root_certs/0"))).isEqualTo(Files.readString(farm.caCert()));
        assertThat(pem(farmMsp.at("/tls_root_certs/0"))).isEqualTo(Files.readString(farm.tlsCaCert()));
        assertThat(pem(farmMsp.at("/fabric_node_ous/peer_ou_identifier/certificate")))
                .isEqualTo(Files.readString(farm.caCert()));
        final JsonNode ordererMsp = config.at("/Orderer/groups/OrdererMSP/values/MSP/value/config");
        assertThat(ordererMsp.at("/fabric_node_ous/orderer_ou_identifier/organizational_unit_identifier").asText())
                .isEqualTo("orderer");
    }

    @Test
    void the_peer_cli_signs_with_the_generated_local_msps() throws Exception {
        assertSignsWith("FarmMSP", farm.userMspDir("Admin"), farm.userCert("Admin"));
        assertSignsWith("FarmMSP", farm.userMspDir("farmer"), farm.userCert("farmer"));
        assertSignsWith("FarmMSP", farm.nodeMspDir("peer0"), farm.nodeCert("peer0"));
        assertSignsWith("OrdererMSP", orderers.nodeMspDir("orderer1"), orderers.nodeCert("orderer1"));
    }

    /** {@code peer channel signconfigtx} appends a signature made with the MSP's key; Java verifies it. */
    private static void assertSignsWith(final String mspId, final Path mspDir, final Path signCert) throws Exception {
        final ByteString configUpdate = ConfigUpdate.newBuilder().setChannelId(CHANNEL).build().toByteString();
        final Envelope unsigned = Envelope.newBuilder().setPayload(Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(ChannelHeader.newBuilder()
                        .setType(HeaderType.CONFIG_UPDATE_VALUE).setChannelId(CHANNEL).build().toByteString()))
                .setData(ConfigUpdateEnvelope.newBuilder().setConfigUpdate(configUpdate).build().toByteString())
                .build().toByteString()).build();
        final Path tx = Files.createTempFile(work, "update", ".tx");
        Files.write(tx, unsigned.toByteArray());

        final Result signed = run(work, Map.of("FABRIC_CFG_PATH", fabric.configDir().toString(), "CORE_PEER_LOCALMSPID", mspId,
                "CORE_PEER_MSPCONFIGPATH", mspDir.toString(), "FABRIC_LOGGING_SPEC", "warning"),
                fabric.peer().toString(), "channel", "signconfigtx", "-f", tx.toString());

        LOG.info("peer channel signconfigtx as {} ({}): exit {} {}", mspId, mspDir.getFileName(), signed.exitCode(),
                signed.output().strip());
        assertThat(signed.exitCode()).as(signed.output()).isZero();
        final ConfigUpdateEnvelope envelope = ConfigUpdateEnvelope.parseFrom(
                Payload.parseFrom(Envelope.parseFrom(Files.readAllBytes(tx)).getPayload()).getData());
        assertThat(envelope.getSignaturesList()).hasSize(1);
        final ConfigSignature signature = envelope.getSignatures(0);
        final SerializedIdentity creator = SerializedIdentity.parseFrom(
                SignatureHeader.parseFrom(signature.getSignatureHeader()).getCreator());
        assertThat(creator.getMspid()).isEqualTo(mspId);
        assertThat(creator.getIdBytes().toStringUtf8()).isEqualTo(Files.readString(signCert));
        final X509Certificate certificate = Certificates.read(signCert);
        final Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(signature.getSignatureHeader().toByteArray());
        verifier.update(configUpdate.toByteArray());
        assertThat(verifier.verify(signature.getSignature().toByteArray())).as("signature by " + mspDir).isTrue();
    }

    private static String configtx() {
        final Path ordererTls = orderers.nodeTlsCert("orderer1");
        return """
                Organizations:
                  - &OrdererOrg
                    Name: OrdererMSP
                    ID: OrdererMSP
                    MSPDir: %s
                    Policies:
                      Readers: {Type: Signature, Rule: "OR('OrdererMSP.member')"}
                      Writers: {Type: Signature, Rule: "OR('OrdererMSP.member')"}
                      Admins:  {Type: Signature, Rule: "OR('OrdererMSP.admin')"}
                    OrdererEndpoints: [127.0.0.1:7050]
                  - &Farm
                    Name: FarmMSP
                    ID: FarmMSP
                    MSPDir: %s
                    Policies:
                      Readers: {Type: Signature, Rule: "OR('FarmMSP.admin','FarmMSP.peer','FarmMSP.client')"}
                      Writers: {Type: Signature, Rule: "OR('FarmMSP.admin','FarmMSP.client')"}
                      Admins:  {Type: Signature, Rule: "OR('FarmMSP.admin')"}
                      Endorsement: {Type: Signature, Rule: "OR('FarmMSP.peer')"}
                    AnchorPeers: [{Host: 127.0.0.1, Port: 7051}]
                Profiles:
                  TraceChain:
                    Policies: &Implicit
                      Readers: {Type: ImplicitMeta, Rule: "ANY Readers"}
                      Writers: {Type: ImplicitMeta, Rule: "ANY Writers"}
                      Admins:  {Type: ImplicitMeta, Rule: "MAJORITY Admins"}
                    Capabilities: {V2_0: true}
                    Orderer:
                      OrdererType: etcdraft
                      BatchTimeout: 500ms
                      BatchSize: {MaxMessageCount: 10, AbsoluteMaxBytes: 99 MB, PreferredMaxBytes: 512 KB}
                      EtcdRaft:
                        Consenters:
                          - {Host: 127.0.0.1, Port: 7050, ClientTLSCert: %s, ServerTLSCert: %s}
                      Organizations: [*OrdererOrg]
                      Policies:
                        <<: *Implicit
                        BlockValidation: {Type: ImplicitMeta, Rule: "ANY Writers"}
                      Capabilities: {V2_0: true}
                    Application:
                      Organizations: [*Farm]
                      Policies:
                        <<: *Implicit
                        LifecycleEndorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
                        Endorsement: {Type: ImplicitMeta, Rule: "MAJORITY Endorsement"}
                      Capabilities: {V2_5: true}
                """.formatted(orderers.orgMspDir(), farm.orgMspDir(), ordererTls, ordererTls);
    }

    private static String pem(final JsonNode base64) {
        return new String(Base64.getDecoder().decode(base64.asText()), StandardCharsets.UTF_8);
    }

    private record Result(int exitCode, String stdout, String stderr) {
        String output() {
            return "stdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }

    private static Result run(final Path dir, final Map<String, String> env, final String... command)
            throws IOException, InterruptedException {
        final Path out = Files.createTempFile(dir, "out", ".txt");
        final Path err = Files.createTempFile(dir, "err", ".txt");
        final ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        final Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
