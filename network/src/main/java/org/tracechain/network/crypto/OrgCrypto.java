// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What crypto material one organisation needs: its CAs, MSP, nodes and users.
 *
 * @param name       organisation name (informational, e.g. {@code Farm})
 * @param mspId      MSP id used in channel configuration, e.g. {@code FarmMSP}
 * @param domain     DNS domain, e.g. {@code farm.tracechain.test}; the organisation's directory name
 * @param ordererOrg true for an ordering organisation: its nodes are orderers (NodeOU {@code orderer})
 *                   and live under {@code ordererOrganizations/}; otherwise peers under {@code peerOrganizations/}
 * @param nodes      its peers or orderers (unique hosts)
 * @param users      its users (unique names, compared case-insensitively because they become directory names)
 * @param services   its TLS-only service identities (unique names, distinct from node hosts)
 */
public record OrgCrypto(String name, String mspId, String domain, boolean ordererOrg, List<NodeIdentity> nodes,
        List<UserIdentity> users, List<ServiceIdentity> services) {

    /** An organisation without service identities. */
    public OrgCrypto(final String name, final String mspId, final String domain, final boolean ordererOrg,
            final List<NodeIdentity> nodes, final List<UserIdentity> users) {
        this(name, mspId, domain, ordererOrg, nodes, users, List.of());
    }

    public OrgCrypto {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mspId, "mspId");
        Objects.requireNonNull(domain, "domain");
        if (name.isBlank() || mspId.isBlank()) {
            throw new IllegalArgumentException("organisation name and MSP id must not be blank");
        }
        if (!Names.isDomain(domain)) {
            throw new IllegalArgumentException("domain must be lower-case DNS labels separated by dots: '" + domain + "'");
        }
        nodes = List.copyOf(nodes);
        users = List.copyOf(users);
        services = List.copyOf(services);
        final Set<String> seen = new HashSet<>();
        for (NodeIdentity node : nodes) {
            if (!seen.add(node.host())) {
                throw new IllegalArgumentException("duplicate node " + node.host() + " in " + domain);
            }
        }
        // Services share the nodes' name space: both are <label>.<domain>.
        for (ServiceIdentity service : services) {
            if (!seen.add(service.name())) {
                throw new IllegalArgumentException("duplicate node or service " + service.name() + " in " + domain);
            }
        }
        seen.clear();
        for (UserIdentity user : users) {
            if (!seen.add(user.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("duplicate user " + user.name() + " in " + domain);
            }
        }
    }

    /** The node with this host, if declared. */
    public Optional<NodeIdentity> node(final String host) {
        return nodes.stream().filter(node -> node.host().equals(host)).findFirst();
    }

    /** The service identity with this name, if declared. */
    public Optional<ServiceIdentity> service(final String serviceName) {
        return services.stream().filter(service -> service.name().equals(serviceName)).findFirst();
    }

    /** The user with this name, if declared. */
    public Optional<UserIdentity> user(final String userName) {
        return users.stream().filter(user -> user.name().equals(userName)).findFirst();
    }
}
