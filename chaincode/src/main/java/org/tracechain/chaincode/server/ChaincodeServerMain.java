// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.server;

import java.io.IOException;
import java.util.Map;
import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.hyperledger.fabric.shim.NettyChaincodeServer;

/**
 * Runs a chaincode jar as a service for one organisation's peer, over mutual TLS: the shim's own
 * {@code ContractRouter.main} can serve TLS but never asks the client for a certificate, so any local process could
 * dial the server in the peer's place. Here the server presents its certificate and accepts only clients whose
 * certificate the organisation's TLS CA issued (the peer's client identity in its package's connection.json).
 *
 * <p>Environment: the shim's {@code CHAINCODE_SERVER_ADDRESS} and {@code CORE_CHAINCODE_ID_NAME}, and
 * {@link ServerTls#CERT_FILE}, {@link ServerTls#KEY_FILE}, {@link ServerTls#CLIENT_CA_FILE} (all required).
 */
public final class ChaincodeServerMain {

    private ChaincodeServerMain() {}

    public static void main(final String[] args) throws Exception {
        final ServerTls tls = ServerTls.from(System.getenv());
        final ContractRouter router = new ContractRouter(args);
        if (!router.isServer()) {
            throw new IllegalStateException("CHAINCODE_SERVER_ADDRESS is not set: this jar runs only as a chaincode server");
        }
        final ChaincodeServerProperties properties = router.getChaincodeServerConfig();
        tls.applyTo(properties);
        router.startRouterWithChaincodeServer(new CompactingServer(new NettyChaincodeServer(router, properties)));
    }

    /**
     * Starts the server after one full collection: the router has just scanned the class path for contracts and
     * built their metadata, garbage that would otherwise keep the heap (and the process's memory) large for the
     * server's whole life. Six of these servers share a small machine with the Fabric nodes.
     */
    private record CompactingServer(ChaincodeServer server) implements ChaincodeServer {
        @Override
        public void start() throws IOException, InterruptedException {
            System.gc();
            server.start();
        }

        @Override
        public void stop() {
            server.stop();
        }
    }

    /** The server's TLS files, read from the environment. */
    record ServerTls(String certFile, String keyFile, String clientCaFile) {

        static final String CERT_FILE = "TRACECHAIN_CHAINCODE_TLS_CERT_FILE";
        static final String KEY_FILE = "TRACECHAIN_CHAINCODE_TLS_KEY_FILE";
        static final String CLIENT_CA_FILE = "TRACECHAIN_CHAINCODE_TLS_CLIENT_CA_FILE";

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
}
