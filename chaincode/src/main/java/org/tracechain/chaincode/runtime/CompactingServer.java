// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import java.io.IOException;
import org.hyperledger.fabric.shim.ChaincodeServer;

/**
 * Starts a server after one full collection. The router has just scanned the class path for contracts and built
 * their metadata: garbage that would otherwise keep the heap, and the process's memory, large for the server's
 * whole life (one server per organisation and chaincode share a small machine with the Fabric nodes).
 */
record CompactingServer(ChaincodeServer server) implements ChaincodeServer {

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
