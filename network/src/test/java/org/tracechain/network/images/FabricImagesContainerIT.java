// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;
import org.tracechain.network.crypto.CryptoGenerator;
import org.tracechain.network.crypto.NodeIdentity;
import org.tracechain.network.crypto.OrgCrypto;
import org.tracechain.network.crypto.OrgMaterial;
import org.tracechain.network.crypto.UserIdentity;
import org.tracechain.network.install.FabricInstaller;

/**
 * The images of {@code tracechain images build} run under Testcontainers (profile {@code -Pcontainers}): the peer
 * reports Fabric 3.1.5, an orderer and a peer started from the images with generated MSPs become healthy on their
 * operations endpoints, the chaincode image runs Java 17, and a second build rebuilds nothing. Every container and
 * network is removed at the end, which the last check proves (Ryuk, the reaper, is disabled: its image is on Docker
 * Hub, which offline machines cannot reach).
 */
class FabricImagesContainerIT {

    private static final FabricInstaller INSTALLER = new FabricInstaller();

    private static final String CONFIG = FabricNodeImage.CONFIG_DIR;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path crypto;

    private static FabricImages fabricImages;
    private static List<BuiltImage> built;

    @BeforeAll
    static void buildImages() {
        fabricImages = FabricImages.builder()
                .installation(INSTALLER.ensureInstalled())
                .cacheRoot(INSTALLER.cacheRoot())
                .names(ImageNames.from(System.getProperties()))
                .build();
        built = fabricImages.ensureBuilt();
    }

    @AfterAll
    static void nothingIsLeftRunning() {
        final var left = DockerClientFactory.instance().client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(DockerClientFactory.TESTCONTAINERS_SESSION_ID_LABEL,
                        DockerClientFactory.SESSION_ID))
                .exec();
        assertThat(left).as("containers of this test still present").isEmpty();
        final var networks = DockerClientFactory.instance().client().listNetworksCmd()
                .withFilter("label", List.of(DockerClientFactory.TESTCONTAINERS_SESSION_ID_LABEL + "="
                        + DockerClientFactory.SESSION_ID))
                .exec();
        assertThat(networks).as("networks of this test still present").isEmpty();
    }

    @Test
    void a_second_build_finds_every_image_up_to_date() {
        final List<BuiltImage> again = fabricImages.ensureBuilt();

        assertThat(again).extracting(BuiltImage::name).containsExactly(fabricImages.names().debian(),
                fabricImages.names().peer(), fabricImages.names().orderer(), fabricImages.names().chaincode(),
                fabricImages.names().postgres());
        assertThat(again).noneMatch(BuiltImage::rebuilt);
        assertThat(again).extracting(BuiltImage::inputs)
                .containsExactlyElementsOf(built.stream().map(BuiltImage::inputs).toList());
    }

    @Test
    void peer_image_runs_fabric_3_1_5() {
        try (GenericContainer<?> peer = oneShot(fabricImages.names().peer(), "peer", "version")) {
            peer.start();

            assertThat(peer.getLogs()).contains("Version: 3.1.5").contains("Commit SHA: 86c1172");
        }
    }

    @Test
    void chaincode_image_runs_java_17() {
        try (GenericContainer<?> jre = oneShot(fabricImages.names().chaincode(), "java", "-version")) {
            jre.start();

            assertThat(jre.getLogs()).containsPattern("openjdk version \"17\\.");
        }
    }

    @Test
    void orderer_and_peer_started_from_the_images_are_healthy() throws Exception {
        final OrgMaterial orderers = CryptoGenerator.generate(crypto, new OrgCrypto("Orderer", "OrdererMSP",
                "orderer.tracechain.test", true, List.of(new NodeIdentity("orderer1")),
                List.of(UserIdentity.admin("Admin"))));
        final OrgMaterial producer = CryptoGenerator.generate(crypto, new OrgCrypto("Producer", "ProducerMSP",
                "producer.tracechain.test", false, List.of(new NodeIdentity("peer0")),
                List.of(UserIdentity.admin("Admin"))));
        try (Network network = Network.newNetwork();
                GenericContainer<?> orderer = orderer(network, orderers);
                GenericContainer<?> peer = peer(network, producer)) {
            orderer.start();
            peer.start();

            assertThat(health(orderer, 8443)).contains("\"status\":\"OK\"");
            assertThat(health(peer, 9443)).contains("\"status\":\"OK\"");
            assertThat(orderer.getLogs()).contains("Beginning to serve requests");
        }
    }

    private static GenericContainer<?> orderer(final Network network, final OrgMaterial org) {
        final String host = "orderer1";
        // A Raft orderer refuses to start without TLS; the operations endpoint stays plain HTTP (its default).
        return new GenericContainer<>(DockerImageName.parse(fabricImages.names().orderer()))
                .withNetwork(network)
                .withNetworkAliases(org.nodeName(host))
                .withCopyFileToContainer(MountableFile.forHostPath(org.nodeMspDir(host)), CONFIG + "/msp")
                .withCopyFileToContainer(MountableFile.forHostPath(org.nodeTlsDir(host)), CONFIG + "/tls")
                .withEnv(Map.of(
                        "ORDERER_GENERAL_LISTENADDRESS", "0.0.0.0",
                        "ORDERER_GENERAL_LOCALMSPID", org.org().mspId(),
                        "ORDERER_GENERAL_TLS_ENABLED", "true",
                        "ORDERER_GENERAL_TLS_PRIVATEKEY", CONFIG + "/tls/server.key",
                        "ORDERER_GENERAL_TLS_CERTIFICATE", CONFIG + "/tls/server.crt",
                        "ORDERER_GENERAL_TLS_ROOTCAS", CONFIG + "/tls/ca.crt",
                        "ORDERER_ADMIN_LISTENADDRESS", "0.0.0.0:7053",
                        "ORDERER_OPERATIONS_LISTENADDRESS", "0.0.0.0:8443"))
                .withExposedPorts(8443)
                .waitingFor(Wait.forHttp("/healthz").forPort(8443).forStatusCode(200)
                        .withStartupTimeout(START_TIMEOUT));
    }

    private static GenericContainer<?> peer(final Network network, final OrgMaterial org) {
        final String host = "peer0";
        // No Docker endpoint: chaincode runs as a service, and the peer's health check would otherwise ping Docker.
        return new GenericContainer<>(DockerImageName.parse(fabricImages.names().peer()))
                .withNetwork(network)
                .withNetworkAliases(org.nodeName(host))
                .withCopyFileToContainer(MountableFile.forHostPath(org.nodeMspDir(host)), CONFIG + "/msp")
                .withEnv(Map.of(
                        "CORE_PEER_ID", org.nodeName(host),
                        "CORE_PEER_LOCALMSPID", org.org().mspId(),
                        "CORE_VM_ENDPOINT", "",
                        "CORE_OPERATIONS_LISTENADDRESS", "0.0.0.0:9443"))
                .withExposedPorts(9443)
                .waitingFor(Wait.forHttp("/healthz").forPort(9443).forStatusCode(200)
                        .withStartupTimeout(START_TIMEOUT));
    }

    private static GenericContainer<?> oneShot(final String image, final String... command) {
        return new GenericContainer<>(DockerImageName.parse(image))
                .withCommand(command)
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(START_TIMEOUT));
    }

    private static String health(final GenericContainer<?> container, final int port)
            throws IOException, InterruptedException {
        final URI uri = URI.create("http://" + container.getHost() + ":" + container.getMappedPort(port) + "/healthz");
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
