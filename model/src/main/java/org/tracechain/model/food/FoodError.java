// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import org.tracechain.model.error.ErrorCode;

/**
 * Why the foodtrace chaincode refused a transaction, beyond the faults every chaincode shares
 * ({@link org.tracechain.model.error.CommonError}). The constant name is the wire code.
 */
public enum FoodError implements ErrorCode {
    // ---- access ----
    NOT_AN_AUTHORITY,
    NOT_HOLDER,
    NOT_RECEIVER,
    NOT_A_RECALL_HOLDER,
    NOT_A_TRADING_PARTY,
    // ---- lots and state transitions ----
    LOT_ALREADY_EXISTS,
    LOT_NOT_FOUND,
    LOT_IN_TRANSIT,
    LOT_NOT_IN_TRANSIT,
    LOT_CONSUMED,
    LOT_RECALLED,
    LOT_ON_HOLD,
    LOT_NOT_ON_HOLD,
    LOT_IN_CONTAINER,
    LOT_NOT_IN_CONTAINER,
    SHIP_TO_SELF,
    TRACE_CODE_NOT_FOUND,
    SERIAL_ALREADY_EXISTS,
    SERIAL_NOT_FOUND,
    // ---- quantities ----
    INSUFFICIENT_QUANTITY,
    UNIT_MISMATCH,
    QUANTITY_NOT_CONSERVED,
    // ---- events and documents ----
    DUPLICATE_EVENT,
    EVENT_NOT_FOUND,
    INCONSISTENT_RESULT,
    DOCUMENT_ALREADY_EXISTS,
    DOCUMENT_NOT_FOUND,
    TERMS_NOT_FOUND,
    // ---- recalls ----
    RECALL_ALREADY_EXISTS,
    RECALL_NOT_FOUND,
    RECALL_COMPLETE,
    RECALL_ALREADY_ACKNOWLEDGED,
    TOO_MANY_CHILDREN,
    // ---- identifiers ----
    INVALID_GS1_KEY,
    INVALID_GS1_AI_VALUE,
    INVALID_USCC,
    // ---- sites and parties ----
    SITE_ALREADY_EXISTS,
    SITE_NOT_FOUND,
    SITE_REQUIRED,
    NOT_SITE_OWNER,
    PARTY_ALREADY_EXISTS,
    PARTY_NOT_FOUND,
    // ---- critical tracking events ----
    LOT_NOT_HARVESTED;

    @Override
    public String domain() {
        return "foodtrace";
    }
}
