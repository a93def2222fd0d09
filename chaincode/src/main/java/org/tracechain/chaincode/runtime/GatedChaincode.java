// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import org.hyperledger.fabric.shim.ChaincodeBase;
import org.hyperledger.fabric.shim.ChaincodeServer;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The shim's connection machinery ({@link ChaincodeBase}: options, chaincode server or peer connection) around
 * a {@link TransactionGate}. {@code ContractRouter} is final, so the gate wraps it instead of extending it.
 */
final class GatedChaincode extends ChaincodeBase {

    private final TransactionGate gate;

    GatedChaincode(final TransactionGate gate, final String[] args) {
        this.gate = gate;
        processEnvironmentOptions();
        processCommandLineOptions(args);
        validateOptions();
        // Loads the shim's properties (message size limits, metrics): connecting a peer's stream reads them, and
        // only ContractRouter's own constructor would load them otherwise.
        getChaincodeConfig();
    }

    @Override
    public Response init(final ChaincodeStub stub) {
        return gate.init(stub);
    }

    @Override
    public Response invoke(final ChaincodeStub stub) {
        return gate.invoke(stub);
    }

    /** For a chaincode the peer launches (not chaincode-as-a-service): connects to the peer when started. */
    ChaincodeServer peerConnection() {
        return new ChaincodeServer() {
            @Override
            public void start() throws java.io.IOException {
                connectToPeer();
            }

            @Override
            public void stop() {
                // The connection ends with the JVM.
            }
        };
    }
}
