// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

/**
 * The default port of an organisation's server: in the network's own port block, {@code base + 700 + i} for the
 * {@code i}-th peer organisation of the topology (nodes use {@code base+11..}, chaincode servers {@code base+900..}).
 * The base port and topology are those {@code network up} recorded in the home ({@code network-options.json}).
 */
final class ServerPorts {

    static final int OFFSET = 700;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServerPorts() {}

    static int defaultPort(final Path home, final String organization) throws IOException {
        Topology topology = TopologyLoader.defaultTopology();
        final Path recorded = home.resolve("network-options.json");
        if (Files.isRegularFile(recorded)) {
            final JsonNode options = JSON.readTree(recorded.toFile());
            if (options.path("topologyFile").isTextual()) {
                topology = TopologyLoader.load(Path.of(options.path("topologyFile").asText()));
            }
            if (options.path("basePort").isInt()) {
                topology = topology.withBasePort(options.path("basePort").asInt());
            }
        }
        final List<String> names = topology.peerOrganizations().stream().map(Topology.PeerOrganization::name).toList();
        final int index = names.indexOf(organization);
        if (index < 0) {
            throw new IllegalArgumentException("no organisation '" + organization + "' in the network's topology; "
                    + "organisations: " + String.join(", ", names));
        }
        return topology.basePort() + OFFSET + index;
    }
}
