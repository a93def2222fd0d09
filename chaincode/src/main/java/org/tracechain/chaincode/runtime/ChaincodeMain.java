// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import org.hyperledger.fabric.contract.ContractRouter;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeServerProperties;
import org.hyperledger.fabric.shim.NettyChaincodeServer;
import org.tracechain.model.transaction.TransactionTable;

/**
 * Starts a tracechain chaincode: Fabric's contract router behind the {@link TransactionGate}, with the
 * {@link ChaincodeLogging} policy, as a chaincode server when {@code CHAINCODE_SERVER_ADDRESS} is set
 * (chaincode-as-a-service, how tracechain deploys; always over mutual TLS, see {@link ServerTls}) and as a client
 * of the peer otherwise.
 */
public final class ChaincodeMain {

    private ChaincodeMain() {}

    /** Runs the chaincode serving {@code table}'s transactions, until the JVM shuts down. */
    public static void run(final String[] args, final TransactionTable table) throws Exception {
        final ContractRouter router = new ContractRouter(args);
        ChaincodeLogging.apply();
        final GatedChaincode chaincode = new GatedChaincode(new TransactionGate(router, table), args);
        final ChaincodeServer server;
        if (chaincode.isServer()) {
            final ChaincodeServerProperties properties = chaincode.getChaincodeServerConfig();
            ServerTls.from(System.getenv()).applyTo(properties);
            server = new CompactingServer(new NettyChaincodeServer(chaincode, properties));
        } else {
            server = chaincode.peerConnection();
        }
        // Scans the classpath for the contract, builds its metadata, then starts the server.
        router.startRouterWithChaincodeServer(server);
    }
}
