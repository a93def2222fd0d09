// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where an organisation's crypto material lives (cryptogen's layout). Only paths: the material was
 * generated or checked by {@link CryptoGenerator#generate}. Node and user accessors refuse hosts and
 * names the organisation does not declare, so a typo fails here rather than as a missing file in Fabric.
 *
 * <pre>
 * orgDir = root/peerOrganizations/&lt;domain&gt;   (root/ordererOrganizations/&lt;domain&gt; for orderer orgs)
 *   ca/ca.&lt;domain&gt;-cert.pem, ca/priv_sk          tlsca/tlsca.&lt;domain&gt;-cert.pem, tlsca/priv_sk
 *   msp/{cacerts,tlscacerts,config.yaml}                                    organisation MSP (configtx)
 *   peers|orderers/&lt;host&gt;.&lt;domain&gt;/msp/{cacerts,tlscacerts,signcerts,keystore/priv_sk,config.yaml}
 *   peers|orderers/&lt;host&gt;.&lt;domain&gt;/tls/{ca.crt,server.crt,server.key}
 *   users/&lt;Name&gt;@&lt;domain&gt;/msp/{...same as nodes...}, users/&lt;Name&gt;@&lt;domain&gt;/tls/{ca.crt,client.crt,client.key}
 * </pre>
 *
 * @param org    the organisation this material was generated for
 * @param orgDir the organisation's directory
 */
public record OrgMaterial(OrgCrypto org, Path orgDir) {

    /** Name of every private key file (CA keys and MSP keystores), as cryptogen names them. */
    public static final String PRIVATE_KEY_FILE = "priv_sk";
    /** NodeOUs configuration file in every MSP directory. */
    public static final String NODE_OU_CONFIG = "config.yaml";

    public OrgMaterial {
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(orgDir, "orgDir");
    }

    /** The organisation's directory for {@code org} under {@code root}. */
    public static Path orgDir(final Path root, final OrgCrypto org) {
        return root.resolve(org.ordererOrg() ? "ordererOrganizations" : "peerOrganizations").resolve(org.domain());
    }

    // ---- organisation ----

    /** The signing CA's certificate, {@code ca/ca.<domain>-cert.pem}. */
    public Path caCert() {
        return orgDir.resolve("ca").resolve(caCertFileName());
    }

    /** The signing CA's private key, {@code ca/priv_sk}. */
    public Path caKey() {
        return orgDir.resolve("ca").resolve(PRIVATE_KEY_FILE);
    }

    /** The TLS CA's certificate, {@code tlsca/tlsca.<domain>-cert.pem}: the trust root for this org's TLS. */
    public Path tlsCaCert() {
        return orgDir.resolve("tlsca").resolve(tlsCaCertFileName());
    }

    /** The TLS CA's private key, {@code tlsca/priv_sk}. */
    public Path tlsCaKey() {
        return orgDir.resolve("tlsca").resolve(PRIVATE_KEY_FILE);
    }

    /** The organisation MSP (cacerts, tlscacerts, config.yaml; no keys): {@code MSPDir} in configtx.yaml. */
    public Path orgMspDir() {
        return orgDir.resolve("msp");
    }

    // ---- nodes ----

    /** {@code <host>.<domain>}: the node's certificate CN and DNS name. */
    public String nodeName(final String host) {
        return requireNode(host) + "." + org.domain();
    }

    /** The node's directory, {@code peers/<host>.<domain>} or {@code orderers/<host>.<domain>}. */
    public Path nodeDir(final String host) {
        return node(host).dir();
    }

    /** The node's local MSP ({@code CORE_PEER_MSPCONFIGPATH} / {@code ORDERER_GENERAL_LOCALMSPDIR}). */
    public Path nodeMspDir(final String host) {
        return node(host).mspDir();
    }

    /** The node's signing certificate, {@code msp/signcerts/<host>.<domain>-cert.pem}. */
    public Path nodeCert(final String host) {
        return node(host).signCert();
    }

    /** The node's signing key, {@code msp/keystore/priv_sk}. */
    public Path nodeKey(final String host) {
        return node(host).key();
    }

    /** The node's TLS directory: {@code ca.crt} (TLS CA), {@code server.crt}, {@code server.key}. */
    public Path nodeTlsDir(final String host) {
        return node(host).tlsDir();
    }

    /** The node's TLS certificate, {@code tls/server.crt} (serverAuth + clientAuth, so Raft links can use it). */
    public Path nodeTlsCert(final String host) {
        return node(host).tlsCert();
    }

    /** The node's TLS key, {@code tls/server.key}. */
    public Path nodeTlsKey(final String host) {
        return node(host).tlsKey();
    }

    /** The TLS root a client of this node trusts, {@code tls/ca.crt} (a copy of the TLS CA certificate). */
    public Path nodeTlsCaCert(final String host) {
        return node(host).tlsCa();
    }

    // ---- users ----

    /** {@code <name>@<domain>}: the user's certificate CN. */
    public String userName(final String name) {
        return requireUser(name) + "@" + org.domain();
    }

    /** The user's directory, {@code users/<name>@<domain>}. */
    public Path userDir(final String name) {
        return user(name).dir();
    }

    /** The user's MSP ({@code CORE_PEER_MSPCONFIGPATH} for the peer CLI). */
    public Path userMspDir(final String name) {
        return user(name).mspDir();
    }

    /** The user's signing certificate, {@code msp/signcerts/<name>@<domain>-cert.pem} (Gateway identity). */
    public Path userCert(final String name) {
        return user(name).signCert();
    }

    /** The user's signing key, {@code msp/keystore/priv_sk} (Gateway signer). */
    public Path userKey(final String name) {
        return user(name).key();
    }

    /** The user's TLS directory: {@code ca.crt}, {@code client.crt}, {@code client.key}. */
    public Path userTlsDir(final String name) {
        return user(name).tlsDir();
    }

    /** The user's TLS client certificate, {@code tls/client.crt}. */
    public Path userTlsCert(final String name) {
        return user(name).tlsCert();
    }

    /** The user's TLS client key, {@code tls/client.key}. */
    public Path userTlsKey(final String name) {
        return user(name).tlsKey();
    }

    // ---- services ----

    /** A service's TLS directory, {@code services/<name>.<domain>/tls}: {@code ca.crt}, {@code server.crt},
     * {@code server.key} (serverAuth + clientAuth). */
    public Path serviceTlsDir(final String name) {
        return service(name).tlsDir();
    }

    // ---- names shared with the generator ----

    String caCertFileName() {
        return "ca." + org.domain() + "-cert.pem";
    }

    String tlsCaCertFileName() {
        return "tlsca." + org.domain() + "-cert.pem";
    }

    IdentityFiles node(final String host) {
        final String fullName = nodeName(host);
        return new IdentityFiles(orgDir.resolve(org.ordererOrg() ? "orderers" : "peers").resolve(fullName), fullName,
                true);
    }

    IdentityFiles user(final String name) {
        final String fullName = userName(name);
        return new IdentityFiles(orgDir.resolve("users").resolve(fullName), fullName, false);
    }

    IdentityFiles service(final String name) {
        if (org.service(name).isEmpty()) {
            throw new IllegalArgumentException("organisation " + org.domain() + " has no service '" + name + "'");
        }
        final String fullName = name + "." + org.domain();
        return new IdentityFiles(orgDir.resolve("services").resolve(fullName), fullName, true);
    }

    private String requireNode(final String host) {
        if (org.node(host).isEmpty()) {
            throw new IllegalArgumentException("organisation " + org.domain() + " has no node '" + host + "'");
        }
        return host;
    }

    private String requireUser(final String name) {
        if (org.user(name).isEmpty()) {
            throw new IllegalArgumentException("organisation " + org.domain() + " has no user '" + name + "'");
        }
        return name;
    }
}
