// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contact;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.tracechain.chaincode.access.Caller;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;

/**
 * The foodtrace chaincode's transactions. Thin on purpose: decode the JSON argument, build the caller
 * and the service, encode the result with the canonical codec.
 */
@Contract(name = FoodTransaction.CONTRACT,
        info = @Info(title = "tracechain foodtrace", description = "Food traceability lots, events and recalls",
                version = "0.1.0", license = @License(name = "Apache-2.0"), contact = @Contact(name = "tracechain")))
@Default
public final class FoodTraceContract implements ContractInterface {

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.WHO_AM_I)
    public String whoAmI(final Context ctx) {
        return LedgerJson.toJson(Caller.from(ctx.getClientIdentity()).info());
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.REGISTER_LOT)
    public String registerLot(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(service(ctx).registerLot(decode(requestJson, RegisterLotRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_LOT)
    public String getLot(final Context ctx, final String lotId) {
        return LedgerJson.toJson(service(ctx).getLot(lotId));
    }

    @Override
    public void unknownTransaction(final Context ctx) {
        throw Refusal.of(FoodError.UNKNOWN_TRANSACTION, "foodtrace has no transaction %s", ctx.getStub().getFunction());
    }

    private static FoodTraceService service(final Context ctx) {
        return new FoodTraceService(new LedgerState(ctx.getStub()), Caller.from(ctx.getClientIdentity()));
    }

    private static <T> T decode(final String json, final Class<T> type) {
        try {
            return LedgerJson.fromJson(json, type);
        } catch (MalformedJsonException e) {
            throw Refusal.of(FoodError.MALFORMED_INPUT, "%s", e.getMessage());
        }
    }
}
