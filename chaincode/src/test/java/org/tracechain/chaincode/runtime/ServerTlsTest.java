// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.junit.jupiter.api.Test;

class ServerTlsTest {

    private static final Map<String, String> ENV = Map.of(ServerTls.CERT_FILE, "/tls/server.crt",
            ServerTls.KEY_FILE, "/tls/server.key", ServerTls.CLIENT_CA_FILE, "/tls/ca.crt");

    @Test
    void turns_on_tls_with_client_authentication() {
        final ChaincodeServerProperties properties = new ChaincodeServerProperties();

        ServerTls.from(ENV).applyTo(properties);

        assertThat(properties.isTlsEnabled()).isTrue();
        assertThat(properties.getKeyCertChainFile()).isEqualTo("/tls/server.crt");
        assertThat(properties.getKeyFile()).isEqualTo("/tls/server.key");
        // The shim's Netty server requires a client certificate exactly when a trust collection is set.
        assertThat(properties.getTrustCertCollectionFile()).isEqualTo("/tls/ca.crt");
    }

    @Test
    void refuses_to_serve_without_any_of_the_three() {
        for (final String missing : ENV.keySet()) {
            final Map<String, String> env = new java.util.HashMap<>(ENV);
            env.put(missing, " ");

            assertThatThrownBy(() -> ServerTls.from(env)).isInstanceOf(IllegalStateException.class)
                    .hasMessage(missing + " is not set: the chaincode server runs only with mutual TLS");
        }
    }
}
