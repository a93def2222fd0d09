// SPDX-License-Identifier: Apache-2.0
package org.tracechain.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracechain.network.images.ImageNames;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.node.ChaincodeServer;
import org.tracechain.network.node.Node;
import org.tracechain.network.node.OrdererNode;
import org.tracechain.network.node.PeerNode;
import org.tracechain.network.topology.NodeAddressing;
import org.tracechain.network.topology.PortPlan;

/**
 * A node's container launch is its native launch with the image's executable and configuration: every other
 * setting, paths into the home included, is unchanged, and the nodes listen on all interfaces and dial each other by
 * their TLS host names.
 */
class NodeImagesTest {

    private static final Path HOME = Path.of("/srv/tracechain/home");
    private static final FabricInstallation FABRIC = new FabricInstallation(Path.of("/cache/fabric/bin"),
            Path.of("/cache/fabric/config"));
    private static final NodeImages IMAGES = new NodeImages(ImageNames.defaults());

    @Test
    void an_orderer_runs_the_images_orderer_with_its_own_config_and_listens_on_all_interfaces() {
        final OrdererNode orderer = new OrdererNode("orderer1", "orderer1.orderer.example.com", "OrdererMSP",
                HOME.resolve("crypto/orderer1"), HOME.resolve("crypto/tlsca.pem"), new PortPlan.OrdererPorts(28011,
                        28012, 28013), HOME.resolve("nodes/orderer1"), FABRIC, null, NodeAddressing.CONTAINER_NETWORK);

        final NodeImages.Launch launch = IMAGES.launch(orderer);

        assertThat(launch.image()).isEqualTo(ImageNames.DEFAULT_ORDERER);
        assertThat(launch.command()).containsExactly("orderer");
        assertThat(launch.environment()).containsEntry("FABRIC_CFG_PATH", NodeImages.FABRIC_CONFIG_DIR)
                .containsEntry("ORDERER_GENERAL_LISTENADDRESS", "0.0.0.0")
                .containsEntry("ORDERER_ADMIN_LISTENADDRESS", "0.0.0.0:28012")
                .containsEntry("ORDERER_GENERAL_LOCALMSPDIR", HOME.resolve("crypto/orderer1/msp").toString());
        assertThat(launch.readOnlyMounts()).isEmpty();
        assertThat(sameExceptConfig(orderer, launch.environment())).isTrue();
    }

    @Test
    void a_peer_is_dialled_by_its_host_name_and_keeps_its_ccaas_builder_in_the_home() {
        final PeerNode peer = new PeerNode("peer0.producer", "peer0.producer.example.com", "ProducerMSP",
                HOME.resolve("crypto/peer0"), new PortPlan.PeerPorts(28041, 28042, 28043),
                HOME.resolve("nodes/peer0.producer"), HOME.resolve("builders/ccaas"), FABRIC,
                HOME.resolve("crypto/tlsca.pem"), null, NodeAddressing.CONTAINER_NETWORK);

        final NodeImages.Launch launch = IMAGES.launch(peer);

        assertThat(launch.image()).isEqualTo(ImageNames.DEFAULT_PEER);
        assertThat(launch.command()).containsExactly("peer", "node", "start");
        assertThat(launch.environment())
                .containsEntry("CORE_PEER_ADDRESS", "peer0.producer.example.com:28041")
                .containsEntry("CORE_PEER_GOSSIP_EXTERNALENDPOINT", "peer0.producer.example.com:28041")
                .containsEntry("CORE_PEER_LISTENADDRESS", "0.0.0.0:28041")
                .containsEntry("CORE_OPERATIONS_LISTENADDRESS", "0.0.0.0:28043");
        assertThat(launch.environment().get("CORE_CHAINCODE_EXTERNALBUILDERS")).contains(HOME.resolve("builders/ccaas")
                .toString());
        assertThat(sameExceptConfig(peer, launch.environment())).isTrue();
    }

    @Test
    void a_chaincode_server_runs_java_from_the_chaincode_image_with_its_jar_mounted_read_only() {
        final ChaincodeServer server = new ChaincodeServer("chaincode.foodtrace.producer",
                "ccaas-foodtrace.producer.example.com", Path.of("/build/chaincode/target/foodtrace-chaincode.jar"),
                "foodtrace_1:abc", 28900, HOME.resolve("crypto/ccaas"), HOME.resolve("nodes/chaincode"),
                "/usr/lib/jvm/java-17/bin/java", NodeAddressing.CONTAINER_NETWORK);

        final NodeImages.Launch launch = IMAGES.launch(server);

        assertThat(launch.image()).isEqualTo(ImageNames.DEFAULT_CHAINCODE);
        assertThat(launch.command().get(0)).isEqualTo("java");
        assertThat(launch.command().subList(1, launch.command().size()))
                .isEqualTo(server.command().subList(1, server.command().size()));
        assertThat(launch.environment()).isEqualTo(server.environment())
                .containsEntry("CHAINCODE_SERVER_ADDRESS", "0.0.0.0:28900");
        assertThat(launch.readOnlyMounts()).containsExactly(Path.of("/build/chaincode/target"));
    }

    @Test
    void a_node_with_no_image_is_refused_by_name() {
        final Node other = new Node() {
            @Override
            public String name() {
                return "postgres";
            }

            @Override
            public List<String> command() {
                return List.of("postgres");
            }

            @Override
            public Map<String, String> environment() {
                return Map.of();
            }

            @Override
            public Map<Integer, String> ports() {
                return Map.of();
            }

            @Override
            public Path dataDir() {
                return HOME;
            }

            @Override
            public boolean ready() {
                return false;
            }

            @Override
            public String health() {
                return "";
            }
        };

        assertThatThrownBy(() -> IMAGES.launch(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgres");
    }

    private static boolean sameExceptConfig(final Node node, final Map<String, String> environment) {
        final Map<String, String> expected = new java.util.LinkedHashMap<>(node.environment());
        expected.put("FABRIC_CFG_PATH", NodeImages.FABRIC_CONFIG_DIR);
        return expected.equals(environment);
    }
}
