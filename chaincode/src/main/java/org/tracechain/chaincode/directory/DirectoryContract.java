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
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.JsonArgument;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.ConfigureRequest;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DepartmentQuery;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.UpdateDutyRequest;
import org.tracechain.model.directory.WithdrawSharingRequest;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.json.LedgerJson;

/**
 * The govdir chaincode's transactions: check the argument size, decode the JSON argument, delegate to the
 * services in this package, encode the result with the canonical codec. Names and shapes are listed in
 * {@link DirectoryTransaction}.
 */
@Contract(name = DirectoryTransaction.CONTRACT,
        info = @Info(title = "tracechain govdir", description = "Government data directory chain",
                version = "0.2.0", license = @License(name = "Apache-2.0"), contact = @Contact(name = "tracechain")))
@Default
public final class DirectoryContract implements ContractInterface {

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.WHO_AM_I)
    public String whoAmI(final Context ctx) {
        return LedgerJson.toJson(Caller.from(ctx.getClientIdentity()).info());
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.CONFIGURE)
    public String configure(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).configuration().configure(decode(requestJson, ConfigureRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.GET_CONFIGURATION)
    public String getConfiguration(final Context ctx) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).configuration().get());
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.REGISTER_DEPARTMENT)
    public String registerDepartment(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).departments().registerDepartment(decode(requestJson, RegisterDepartmentRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.GET_DEPARTMENT)
    public String getDepartment(final Context ctx, final String code) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).departments().getDepartment(code));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.REGISTER_DUTY)
    public String registerDuty(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).departments().registerDuty(decode(requestJson, RegisterDutyRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.UPDATE_DUTY)
    public String updateDuty(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).departments().updateDuty(decode(requestJson, UpdateDutyRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.GET_DUTY)
    public String getDuty(final Context ctx, final String dutyId) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).departments().getDuty(dutyId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.DUTIES_BY_DEPARTMENT)
    public String dutiesByDepartment(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().dutiesByDepartment(decode(requestJson, DepartmentQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.CREATE_ENTRY)
    public String createEntry(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).entries().create(decode(requestJson, CreateEntryRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.REVISE_ENTRY)
    public String reviseEntry(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).entries().revise(decode(requestJson, ReviseEntryRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.PUBLISH_ENTRY)
    public String publishEntry(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).entries().publish(decode(requestJson, PublishEntryRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.RETIRE_ENTRY)
    public String retireEntry(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).entries().retire(decode(requestJson, RetireEntryRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.GET_ENTRY)
    public String getEntry(final Context ctx, final String code) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).entries().get(code));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.ENTRY_HISTORY)
    public String entryHistory(final Context ctx, final String code) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).entries().history(code));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.ENTRIES_BY_DEPARTMENT)
    public String entriesByDepartment(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().entriesByDepartment(decode(requestJson, EntryQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.ENTRIES_BY_THEME)
    public String entriesByTheme(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().entriesByTheme(decode(requestJson, EntryQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.ENTRIES_BY_SHARING_TYPE)
    public String entriesBySharingType(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().entriesBySharingType(decode(requestJson, EntryQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.ENTRIES_BY_UPDATE_CYCLE)
    public String entriesByUpdateCycle(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().entriesByUpdateCycle(decode(requestJson, EntryQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.ENTRIES_BY_ITEM_NAME)
    public String entriesByItemName(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().entriesByItemName(decode(requestJson, EntryQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.ENTRIES_BY_DUTY)
    public String entriesByDuty(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().entriesByDuty(decode(requestJson, EntryQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.SUBMIT_REQUEST)
    public String submitRequest(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).sharing().submit(decode(requestJson, SubmitSharingRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.APPROVE_REQUEST)
    public String approveRequest(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).sharing().approve(decode(requestJson, ApproveSharingRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.REFUSE_REQUEST)
    public String refuseRequest(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).sharing().refuse(decode(requestJson, RefuseSharingRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.WITHDRAW_REQUEST)
    public String withdrawRequest(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).sharing().withdraw(decode(requestJson, WithdrawSharingRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.GET_REQUEST)
    public String getRequest(final Context ctx, final String requestId) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).sharing().get(requestId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.REQUESTS_BY_DEPARTMENT)
    public String requestsByDepartment(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().requestsByDepartment(decode(requestJson, PartyQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.PENDING_REQUESTS)
    public String pendingRequests(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().pendingRequests(decode(requestJson, DepartmentQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.OVERDUE_REQUESTS)
    public String overdueRequests(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().overdueRequests(decode(requestJson, DepartmentQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.REVOKE_GRANT)
    public String revokeGrant(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).grants().revoke(decode(requestJson, RevokeGrantRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.GET_GRANT)
    public String getGrant(final Context ctx, final String grantId) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).grants().get(grantId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.GRANTS_BY_DEPARTMENT)
    public String grantsByDepartment(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().grantsByDepartment(decode(requestJson, PartyQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = DirectoryTransaction.LOG_ACCESS)
    public String logAccess(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).grants().logAccess(decode(requestJson, LogAccessRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.GET_ACCESS_LOG)
    public String getAccessLog(final Context ctx, final String logId) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).grants().getAccessLog(logId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.ACCESS_LOGS_BY_GRANT)
    public String accessLogsByGrant(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().accessLogsByGrant(decode(requestJson, AccessLogQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = DirectoryTransaction.ACCESS_LOGS_BY_DEPARTMENT)
    public String accessLogsByDepartment(final Context ctx, final String requestJson) {
        return LedgerJson.toJson(DirectoryServices.of(ctx).queries().accessLogsByDepartment(decode(requestJson, AccessLogQuery.class)));
    }

    /** Unreachable through the TransactionGate, which refuses unknown names first; kept for the bare router. */
    @Override
    public void unknownTransaction(final Context ctx) {
        throw Refusal.of(CommonError.UNKNOWN_TRANSACTION, "govdir has no transaction %s", ctx.getStub().getFunction());
    }

    /** Strict decoding with the common codes (see {@link JsonArgument}). */
    static <T> T decode(final String json, final Class<T> type) {
        return JsonArgument.decode(type.getSimpleName(), json, type);
    }
}
