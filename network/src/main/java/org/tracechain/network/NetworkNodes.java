// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.node.Node;
import org.tracechain.network.node.OrdererNode;
import org.tracechain.network.node.PeerNode;
import org.tracechain.network.process.OperationsClient;
import org.tracechain.network.topology.NodeAddressing;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;

/** The topology's orderers and peers as nodes: identity, ports, data directory and addressing of each. */
final class NetworkNodes {

    private final Path home;
    private final Topology topology;
    private final Layout layout;
    private final PortPlan ports;
    private final NodeAddressing addressing;
    private final Map<String, OperationsClient> operationsClients = new ConcurrentHashMap<>();

    NetworkNodes(final Path home, final Topology topology, final Layout layout, final PortPlan ports,
            final NodeAddressing addressing) {
        this.home = home;
        this.topology = topology;
        this.layout = layout;
        this.ports = ports;
        this.addressing = addressing;
    }

    List<Node> orderers(final FabricInstallation fabric) {
        final Topology.OrdererOrganization org = topology.ordererOrganization();
        final Path orgTlsCa = Layout.tlsCaCert(layout.ordererOrg(org));
        final List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < org.orderers().size(); i++) {
            final String host = org.orderers().get(i);
            nodes.add(new OrdererNode(host, host + "." + org.domain(), org.mspId(), layout.orderer(org, host), orgTlsCa,
                    ports.orderer(i), home.resolve("nodes").resolve(host), fabric, operations(org.name(), orgTlsCa,
                            layout.ordererUser(org, Layout.ADMIN)), addressing));
        }
        return nodes;
    }

    List<Node> peers(final FabricInstallation fabric) {
        final List<Node> nodes = new ArrayList<>();
        for (final Topology.PeerOrganization org : topology.peerOrganizations()) {
            for (int i = 0; i < org.peers().size(); i++) {
                final String host = org.peers().get(i);
                final String name = host + "." + org.name();
                final Path orgTlsCa = Layout.tlsCaCert(layout.peerOrg(org));
                nodes.add(new PeerNode(name, host + "." + org.domain(), org.mspId(), layout.peer(org, host),
                        ports.peer(org, i), home.resolve("nodes").resolve(name), home.resolve("builders/ccaas"),
                        fabric, orgTlsCa, operations(org.name(), orgTlsCa, layout.user(org, Layout.ADMIN)),
                        addressing));
            }
        }
        return nodes;
    }

    /** One client of the operations endpoints per organisation, as its admin (mutual TLS). */
    private OperationsClient operations(final String organization, final Path orgTlsCa, final Path adminDir) {
        return operationsClients.computeIfAbsent(organization, o -> new OperationsClient(orgTlsCa,
                adminDir.resolve("tls/client.crt"), adminDir.resolve("tls/client.key")));
    }
}
