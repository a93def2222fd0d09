// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench.ceiling;

import org.tracechain.chaincode.runtime.ChaincodeMain;

/**
 * Entry point of {@code ceiling-chaincode.jar}: the same runtime as {@code FoodTraceMain} (the gate, the logging
 * policy, a CCaaS server over mutual TLS), so the benchmark compares contracts, not servers.
 */
public final class CeilingMain {

    private CeilingMain() {}

    public static void main(final String[] args) throws Exception {
        ChaincodeMain.run(args, CeilingTransaction.TABLE);
    }
}
