// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.identity;

import java.nio.file.Path;
import org.tracechain.network.topology.Topology;

/**
 * Where an organisation's crypto material lives under {@code <home>/crypto}, in cryptogen's layout so that
 * Fabric configuration and documentation read the same.
 */
public final class Layout {

    /** The admin user every organisation has (NodeOU admin). */
    public static final String ADMIN = "Admin";

    private final Path cryptoRoot;

    public Layout(final Path cryptoRoot) {
        this.cryptoRoot = cryptoRoot;
    }

    public Path root() {
        return cryptoRoot;
    }

    public Path ordererOrg(final Topology.OrdererOrganization org) {
        return cryptoRoot.resolve("ordererOrganizations").resolve(org.domain());
    }

    public Path peerOrg(final Topology.PeerOrganization org) {
        return cryptoRoot.resolve("peerOrganizations").resolve(org.domain());
    }

    /** Directory of an orderer node: {@code msp/} and {@code tls/} below it. */
    public Path orderer(final Topology.OrdererOrganization org, final String host) {
        return ordererOrg(org).resolve("orderers").resolve(host + "." + org.domain());
    }

    /** Directory of a peer node: {@code msp/} and {@code tls/} below it. */
    public Path peer(final Topology.PeerOrganization org, final String host) {
        return peerOrg(org).resolve("peers").resolve(host + "." + org.domain());
    }

    /** Directory of a user of a peer organisation: {@code msp/} and {@code tls/} below it. */
    public Path user(final Topology.PeerOrganization org, final String user) {
        return peerOrg(org).resolve("users").resolve(user + "@" + org.domain());
    }

    /** TLS directory of a service identity of a peer organisation ({@code ca.crt}, {@code server.crt}, {@code server.key}). */
    public Path serviceTls(final Topology.PeerOrganization org, final String service) {
        return peerOrg(org).resolve("services").resolve(service + "." + org.domain()).resolve("tls");
    }

    /** The service identity of the chaincode server an organisation runs for {@code chaincode}. */
    public static String chaincodeServerService(final String chaincode) {
        return "ccaas-" + chaincode;
    }

    /** The service identity a peer presents to its organisation's chaincode servers (mutual TLS). */
    public static final String CHAINCODE_CLIENT_SERVICE = "ccaas-client";

    /** Directory of a user of the orderer organisation. */
    public Path ordererUser(final Topology.OrdererOrganization org, final String user) {
        return ordererOrg(org).resolve("users").resolve(user + "@" + org.domain());
    }

    /** The signing certificate in an identity directory. */
    public static Path signCert(final Path identityDir) {
        final String name = identityDir.getFileName().toString();
        return identityDir.resolve("msp").resolve("signcerts").resolve(name + "-cert.pem");
    }

    /** The private key in an identity directory. */
    public static Path privateKey(final Path identityDir) {
        return identityDir.resolve("msp").resolve("keystore").resolve("priv_sk");
    }

    /** The TLS CA certificate of an organisation. */
    public static Path tlsCaCert(final Path orgDir) {
        return orgDir.resolve("tlsca").resolve("tlsca." + orgDir.getFileName() + "-cert.pem");
    }
}
