// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracechain.network.crypto.CryptoGenerator;
import org.tracechain.network.crypto.NodeIdentity;
import org.tracechain.network.crypto.OrgCrypto;
import org.tracechain.network.crypto.ServiceIdentity;
import org.tracechain.network.crypto.UserIdentity;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.topology.Topology;

/**
 * Turns the topology into crypto material requests: nodes, the admin, every user with its roles, and the TLS
 * identities of the organisation's chaincode servers and of the client its peer dials them with.
 */
final class CryptoSetup {

    private CryptoSetup() {}

    /** One chaincode server per chaincode on the organisation's channels, and the peer's client to them. */
    static List<ServiceIdentity> services(final Topology topology, final Topology.PeerOrganization org) {
        final List<ServiceIdentity> services = new ArrayList<>();
        for (final Topology.ChannelSpec channel : topology.channels()) {
            if (channel.chaincode() != null && channel.organizations().contains(org.name())) {
                services.add(new ServiceIdentity(Layout.chaincodeServerService(channel.chaincode().name())));
            }
        }
        if (!services.isEmpty()) {
            services.add(new ServiceIdentity(Layout.CHAINCODE_CLIENT_SERVICE));
        }
        return services;
    }

    static void generate(final Topology topology, final Layout layout) {
        final Topology.OrdererOrganization orderer = topology.ordererOrganization();
        CryptoGenerator.generate(layout.root(), new OrgCrypto(orderer.name(), orderer.mspId(), orderer.domain(), true,
                orderer.orderers().stream().map(NodeIdentity::new).toList(),
                List.of(new UserIdentity(Layout.ADMIN, true, Map.of()))));
        for (final Topology.PeerOrganization org : topology.peerOrganizations()) {
            final List<UserIdentity> users = new ArrayList<>();
            users.add(new UserIdentity(Layout.ADMIN, true, Map.of()));
            for (final Topology.UserSpec user : org.users()) {
                users.add(new UserIdentity(user.name(), false,
                        user.roles().isEmpty() ? Map.of() : Map.of("role", String.join(",", user.roles()))));
            }
            CryptoGenerator.generate(layout.root(), new OrgCrypto(org.name(), org.mspId(), org.domain(), false,
                    org.peers().stream().map(NodeIdentity::new).toList(), users, services(topology, org)));
        }
    }
}
