// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import java.util.Map;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;

/**
 * The chaincode server's mutual TLS, from the environment the network gives it. The shim can serve TLS from its
 * own variables but never asks the client for a certificate, so any local process could dial the server in the
 * peer's place; with a trust collection set, its Netty server requires a client certificate issued by the
 * organisation's TLS CA (the peer's client identity in its package's {@code connection.json}).
 *
 * @param certFile the server's certificate (PEM)
 * @param keyFile the server's PKCS#8 key (PEM)
 * @param clientCaFile the CA whose certificates clients must present (PEM)
 */
record ServerTls(String certFile, String keyFile, String clientCaFile) {

    // The same names as the network's ChaincodeServer node sets (the network module does not depend on this one).
    static final String CERT_FILE = "TRACECHAIN_CHAINCODE_TLS_CERT_FILE";
    static final String KEY_FILE = "TRACECHAIN_CHAINCODE_TLS_KEY_FILE";
    static final String CLIENT_CA_FILE = "TRACECHAIN_CHAINCODE_TLS_CLIENT_CA_FILE";

    /** All three are required: a chaincode server never runs without mutual TLS. */
    static ServerTls from(final Map<String, String> env) {
        return new ServerTls(required(env, CERT_FILE), required(env, KEY_FILE), required(env, CLIENT_CA_FILE));
    }

    private static String required(final Map<String, String> env, final String name) {
        final String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: the chaincode server runs only with mutual TLS");
        }
        return value;
    }

    /** TLS on, with client authentication against {@link #clientCaFile}. */
    void applyTo(final ChaincodeServerProperties properties) {
        properties.setTlsEnabled(true);
        properties.setKeyCertChainFile(certFile);
        properties.setKeyFile(keyFile);
        // A trust collection makes the shim's Netty server require a client certificate (ClientAuth.REQUIRE).
        properties.setTrustCertCollectionFile(clientCaFile);
    }
}
