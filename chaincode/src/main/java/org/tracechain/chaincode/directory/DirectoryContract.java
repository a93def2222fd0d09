// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

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
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;

/** The govdir chaincode's transactions: decode, delegate to {@link DirectoryService}, encode. */
@Contract(name = DirectoryTransaction.CONTRACT,
        info = @Info(title = "tracechain govdir", description = "Government data directory chain",
                version = "0.1.0", license = @License(name = "Apache-2.0"), contact = @Contact(name = "tracechain")))
@Default
public final class DirectoryContract implements ContractInterface {

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.WHO_AM_I)
    public String whoAmI(final Context ctx) {
        return LedgerJson.toJson(Caller.from(ctx.getClientIdentity()).info());
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.REGISTER_DEPARTMENT)
    public String registerDepartment(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(service(ctx).registerDepartment(decode(requestJson, RegisterDepartmentRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.GET_DEPARTMENT)
    public String getDepartment(final Context ctx, final String code) {
        return LedgerJson.toJson(service(ctx).getDepartment(code));
    }

    @Override
    public void unknownTransaction(final Context ctx) {
        throw Refusal.of(DirectoryError.UNKNOWN_TRANSACTION, "govdir has no transaction %s", ctx.getStub().getFunction());
    }

    private static DirectoryService service(final Context ctx) {
        return new DirectoryService(new LedgerState(ctx.getStub()), Caller.from(ctx.getClientIdentity()));
    }

    private static <T> T decode(final String json, final Class<T> type) {
        try {
            return LedgerJson.fromJson(json, type);
        } catch (MalformedJsonException e) {
            throw Refusal.of(DirectoryError.MALFORMED_INPUT, "%s", e.getMessage());
        }
    }
}
