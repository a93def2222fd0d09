// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import org.tracechain.model.error.ErrorCode;

/** Why the foodtrace chaincode refused a transaction. The constant name is the wire code. */
public enum FoodError implements ErrorCode {
    MALFORMED_INPUT,
    INVALID_FIELD,
    ACCESS_DENIED,
    UNKNOWN_TRANSACTION,
    LOT_ALREADY_EXISTS,
    LOT_NOT_FOUND;

    @Override
    public String domain() {
        return "foodtrace";
    }
}
