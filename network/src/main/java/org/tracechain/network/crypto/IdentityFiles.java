// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.nio.file.Path;

/**
 * The files of one node or user below its directory; the single definition of that layout, used both for
 * the final directory and for the staging directory the generator builds it in.
 *
 * @param dir      the identity's directory
 * @param fullName {@code host.domain} or {@code Name@domain}
 * @param node     true for a node (TLS files {@code server.*}), false for a user ({@code client.*})
 */
record IdentityFiles(Path dir, String fullName, boolean node) {

    IdentityFiles at(final Path otherDir) {
        return new IdentityFiles(otherDir, fullName, node);
    }

    Path mspDir() {
        return dir.resolve("msp");
    }

    Path cacert(final String caCertFileName) {
        return mspDir().resolve("cacerts").resolve(caCertFileName);
    }

    Path tlscacert(final String tlsCaCertFileName) {
        return mspDir().resolve("tlscacerts").resolve(tlsCaCertFileName);
    }

    Path signCert() {
        return mspDir().resolve("signcerts").resolve(fullName + "-cert.pem");
    }

    Path keystore() {
        return mspDir().resolve("keystore");
    }

    Path key() {
        return keystore().resolve(OrgMaterial.PRIVATE_KEY_FILE);
    }

    Path nodeOuConfig() {
        return mspDir().resolve(OrgMaterial.NODE_OU_CONFIG);
    }

    Path tlsDir() {
        return dir.resolve("tls");
    }

    Path tlsCa() {
        return tlsDir().resolve("ca.crt");
    }

    Path tlsCert() {
        return tlsDir().resolve(node ? "server.crt" : "client.crt");
    }

    Path tlsKey() {
        return tlsDir().resolve(node ? "server.key" : "client.key");
    }
}
