// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import org.hyperledger.fabric.shim.Chaincode;
import org.tracechain.chaincode.testing.Routing;
import org.tracechain.model.food.FoodTransaction;

/** The router behind a test gate, for tests that show what it does without the gate. */
final class RouterAccess {

    private RouterAccess() {}

    static Chaincode router() {
        return ((TransactionGate) Routing.chaincode(FoodTransaction.TABLE)).router();
    }
}
