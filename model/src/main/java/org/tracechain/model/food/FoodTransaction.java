// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/** Transaction names of the foodtrace chaincode, shared by the contract and the client. */
public final class FoodTransaction {
    public static final String CHAINCODE = "foodtrace";
    public static final String CONTRACT = "foodtrace";

    public static final String WHO_AM_I = "WhoAmI";
    public static final String REGISTER_LOT = "RegisterLot";
    public static final String GET_LOT = "GetLot";

    private FoodTransaction() {}
}
