// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NetworkException;
import org.tracechain.network.NodeStatus;
import org.tracechain.network.process.Directories;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

/**
 * Faults on real processes, each on a network of its own (own home and port block): a taken port and a
 * corrupt data directory are reported clearly, and nothing is left half-started.
 */
@Order(0)
@Tag("native-processes") // a taken port and a corrupt data directory of native nodes
class NetworkFaultsIT {

    private static final Path CHAINCODE = Path.of(System.getProperty("tracechain.chaincode.dir", "../chaincode/target"));

    @Test
    @SuppressWarnings("try") // the socket only has to hold the port
    void a_port_taken_by_another_process_is_named_and_nothing_is_left_running(@TempDir final Path home)
            throws Exception {
        final Topology topology = TopologyLoader.defaultTopology().withBasePort(LiveNetwork.TEST_BASE_PORT + 3000);
        final int peerPort = new PortPlan(topology).peer(topology.organization("producer").orElseThrow(), 0).listen();
        final FabricNetwork network = new FabricNetwork(home, topology, CHAINCODE);
        try (ServerSocket squatter = new ServerSocket(peerPort, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(network::up)
                    .isInstanceOf(NetworkException.class)
                    .hasMessageContaining("port " + peerPort)
                    .hasMessageContaining("peer0.producer listen");
        }
        // The orderers had started before the peers' ports were checked; they were stopped again.
        assertThat(network.status()).noneMatch(NodeStatus::running);
        network.clean();
        assertThat(home).doesNotExist();
    }

    @Test
    @SuppressWarnings("try") // the socket only has to hold the port
    void a_data_directory_missing_its_crypto_material_is_refused_before_anything_starts(@TempDir final Path home) {
        final Topology topology = TopologyLoader.defaultTopology().withBasePort(LiveNetwork.TEST_BASE_PORT + 4000);
        final FabricNetwork network = new FabricNetwork(home, topology, CHAINCODE);
        assertThatThrownBy(() -> {
            // A first up fails on purpose at the peers (their ports are taken), leaving initialised data behind.
            try (ServerSocket squatter = new ServerSocket(
                    new PortPlan(topology).peer(topology.organization("civil").orElseThrow(), 0).listen(), 1,
                    InetAddress.getLoopbackAddress())) {
                network.up();
            }
        }).isInstanceOf(NetworkException.class);
        assertThat(home.resolve("network.json")).exists();

        deleteQuietly(home.resolve("crypto/peerOrganizations"));

        assertThatThrownBy(network::up)
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("incomplete or corrupt")
                .hasMessageContaining("crypto/peerOrganizations");
        assertThat(network.status()).noneMatch(NodeStatus::running);
        assertThat(Files.exists(home.resolve("run"))
                && home.resolve("run").toFile().list((d, n) -> n.endsWith(".pid")).length > 0).isFalse();
    }

    private static void deleteQuietly(final Path dir) {
        try {
            Directories.deleteRecursively(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
