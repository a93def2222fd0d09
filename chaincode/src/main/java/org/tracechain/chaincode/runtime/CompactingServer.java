// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import java.io.IOException;
import org.hyperledger.fabric.shim.ChaincodeServer;

/**
 * Starts a server after the heap has given back what starting up took. The router has just scanned the class path
 * for contracts and built their metadata: garbage that would otherwise keep the heap, and the process's memory,
 * large for the server's whole life (one server per organisation and chaincode share a small machine with the
 * Fabric nodes).
 */
record CompactingServer(ChaincodeServer server) implements ChaincodeServer {

    private static final int FULL_COLLECTIONS_TO_SHRINK = 4;

    @Override
    public void start() throws IOException, InterruptedException {
        // The serial collector damps the shrinking of the old generation over successive full collections (none on
        // the first, 10 % of the excess on the second, 40 % on the third, all of it from the fourth), so that a
        // program calling System.gc() between phases does not shrink a heap it is about to need again. Starting up
        // is not such a phase: four collections of the ~12 MB left give back the ~40 MB the scan had grown the heap
        // by (native memory tracking: 108 MB of heap committed after one collection, 65 MB after four).
        for (int collection = 0; collection < FULL_COLLECTIONS_TO_SHRINK; collection++) {
            System.gc();
        }
        server.start();
    }

    @Override
    public void stop() {
        server.stop();
    }
}
