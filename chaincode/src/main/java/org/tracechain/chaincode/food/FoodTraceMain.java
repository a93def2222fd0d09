// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import org.tracechain.chaincode.runtime.ChaincodeMain;
import org.tracechain.model.food.FoodTransaction;

/** Entry point of {@code foodtrace-chaincode.jar}. */
public final class FoodTraceMain {

    private FoodTraceMain() {}

    public static void main(final String[] args) throws Exception {
        ChaincodeMain.run(args, FoodTransaction.TABLE);
    }
}
