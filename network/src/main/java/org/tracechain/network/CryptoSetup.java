// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracechain.network.crypto.CryptoGenerator;
import org.tracechain.network.crypto.NodeIdentity;
import org.tracechain.network.crypto.OrgCrypto;
import org.tracechain.network.crypto.UserIdentity;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.topology.Topology;

/** Turns the topology into crypto material requests: nodes, the admin and every user with its roles. */
final class CryptoSetup {

    private CryptoSetup() {}

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
                    org.peers().stream().map(NodeIdentity::new).toList(), users));
        }
    }
}
