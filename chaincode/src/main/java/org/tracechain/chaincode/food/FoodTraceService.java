// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import org.tracechain.chaincode.access.Caller;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.identity.Role;

/** Food traceability rules, in plain Java over {@link LedgerState}. */
public final class FoodTraceService {

    static final String LOT = "lot";

    private static final Fields FIELDS = new Fields(FoodError.INVALID_FIELD);

    private final LedgerState state;
    private final Caller caller;

    public FoodTraceService(final LedgerState state, final Caller caller) {
        this.state = state;
        this.caller = caller;
    }

    /** A producer commissions a new lot, held by the producer's organisation. */
    public Lot registerLot(final RegisterLotRequest request) {
        if (!caller.hasRole(Role.PRODUCER)) {
            throw Refusal.of(FoodError.ACCESS_DENIED, "registering a lot needs the producer role");
        }
        final String lotId = FIELDS.id("lotId", request.lotId());
        final String key = state.key(LOT, lotId);
        if (state.exists(key)) {
            throw Refusal.of(FoodError.LOT_ALREADY_EXISTS, "lot %s already exists", lotId);
        }
        final Lot lot = new Lot(lotId, FIELDS.id("productCode", request.productCode()),
                FIELDS.text("productName", request.productName(), 256),
                FIELDS.positive("quantity", request.quantity()), FIELDS.id("unit", request.unit()), caller.mspId(),
                caller.id(), state.txTimestamp(), state.txId());
        state.put(key, lot);
        return lot;
    }

    /** Any channel member reads a lot. */
    public Lot getLot(final String lotId) {
        FIELDS.id("lotId", lotId);
        return state.get(state.key(LOT, lotId), Lot.class)
                .orElseThrow(() -> Refusal.of(FoodError.LOT_NOT_FOUND, "lot %s does not exist", lotId));
    }
}
