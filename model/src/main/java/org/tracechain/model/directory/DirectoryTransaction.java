// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;

import static org.tracechain.model.transaction.Parameter.identifier;
import static org.tracechain.model.transaction.Parameter.json;
import static org.tracechain.model.transaction.TransactionSignature.evaluate;
import static org.tracechain.model.transaction.TransactionSignature.submit;

import java.util.List;
import org.tracechain.model.transaction.TransactionTable;

/**
 * Transaction and event names of the govdir chaincode and the transactions' signatures ({@link #TABLE}), shared
 * by the contract and the client.
 */
public final class DirectoryTransaction {
    public static final String CHAINCODE = "govdir";
    public static final String CONTRACT = "govdir";

    // ---- identity and configuration ----
    public static final String WHO_AM_I = "WhoAmI";
    public static final String CONFIGURE = "Configure";
    public static final String GET_CONFIGURATION = "GetConfiguration";

    // ---- departments and duties ----
    public static final String REGISTER_DEPARTMENT = "RegisterDepartment";
    public static final String GET_DEPARTMENT = "GetDepartment";
    public static final String REGISTER_DUTY = "RegisterDuty";
    public static final String UPDATE_DUTY = "UpdateDuty";
    public static final String GET_DUTY = "GetDuty";
    public static final String DUTIES_BY_DEPARTMENT = "DutiesByDepartment";

    // ---- catalog entries ----
    public static final String CREATE_ENTRY = "CreateEntry";
    public static final String REVISE_ENTRY = "ReviseEntry";
    public static final String PUBLISH_ENTRY = "PublishEntry";
    public static final String RETIRE_ENTRY = "RetireEntry";
    public static final String GET_ENTRY = "GetEntry";
    public static final String ENTRY_HISTORY = "EntryHistory";

    // ---- catalog queries ----
    public static final String ENTRIES_BY_DEPARTMENT = "EntriesByDepartment";
    public static final String ENTRIES_BY_THEME = "EntriesByTheme";
    public static final String ENTRIES_BY_SHARING_TYPE = "EntriesBySharingType";
    public static final String ENTRIES_BY_UPDATE_CYCLE = "EntriesByUpdateCycle";
    public static final String ENTRIES_BY_ITEM_NAME = "EntriesByItemName";
    public static final String ENTRIES_BY_DUTY = "EntriesByDuty";

    // ---- sharing requests ----
    public static final String SUBMIT_REQUEST = "SubmitRequest";
    public static final String APPROVE_REQUEST = "ApproveRequest";
    public static final String REFUSE_REQUEST = "RefuseRequest";
    public static final String WITHDRAW_REQUEST = "WithdrawRequest";
    public static final String GET_REQUEST = "GetRequest";
    public static final String REQUESTS_BY_DEPARTMENT = "RequestsByDepartment";
    public static final String PENDING_REQUESTS = "PendingRequests";
    public static final String OVERDUE_REQUESTS = "OverdueRequests";

    // ---- grants and access log ----
    public static final String REVOKE_GRANT = "RevokeGrant";
    public static final String GET_GRANT = "GetGrant";
    public static final String GRANTS_BY_DEPARTMENT = "GrantsByDepartment";
    public static final String LOG_ACCESS = "LogAccess";
    public static final String GET_ACCESS_LOG = "GetAccessLog";
    public static final String ACCESS_LOGS_BY_GRANT = "AccessLogsByGrant";
    public static final String ACCESS_LOGS_BY_DEPARTMENT = "AccessLogsByDepartment";

    // ---- chaincode event names (one event per transaction) ----
    /** Payload {@link EntryChange}: a draft became published. */
    public static final String EVENT_ENTRY_PUBLISHED = "EntryPublished";
    /** Payload {@link EntryChange}: a published entry got a new version. */
    public static final String EVENT_ENTRY_REVISED = "EntryRevised";
    /** Payload {@link EntryChange}: an entry was retired. */
    public static final String EVENT_ENTRY_RETIRED = "EntryRetired";
    /** Payload {@link RequestEvent}: a conditional request awaits the owner. */
    public static final String EVENT_REQUEST_SUBMITTED = "RequestSubmitted";
    /** Payload {@link RequestEvent}: approved, refused, auto-granted or auto-refused. */
    public static final String EVENT_REQUEST_DECIDED = "RequestDecided";
    /** Payload {@link RequestEvent}: the requester withdrew a pending request. */
    public static final String EVENT_REQUEST_WITHDRAWN = "RequestWithdrawn";
    /** Payload {@link GrantEvent}: the owner revoked a grant. */
    public static final String EVENT_GRANT_REVOKED = "GrantRevoked";

    /**
     * Every govdir transaction: name, submit or evaluate, positional arguments. The chaincode refuses any call
     * that does not match its entry here before it reads the ledger.
     */
    public static final TransactionTable TABLE = new TransactionTable(CONTRACT, List.of(
            evaluate(WHO_AM_I),
            submit(CONFIGURE, json("request", ConfigureRequest.class)),
            evaluate(GET_CONFIGURATION),

            submit(REGISTER_DEPARTMENT, json("request", RegisterDepartmentRequest.class)),
            evaluate(GET_DEPARTMENT, identifier("code")),
            submit(REGISTER_DUTY, json("request", RegisterDutyRequest.class)),
            submit(UPDATE_DUTY, json("request", UpdateDutyRequest.class)),
            evaluate(GET_DUTY, identifier("dutyId")),
            evaluate(DUTIES_BY_DEPARTMENT, json("query", DepartmentQuery.class)),

            submit(CREATE_ENTRY, json("request", CreateEntryRequest.class)),
            submit(REVISE_ENTRY, json("request", ReviseEntryRequest.class)),
            submit(PUBLISH_ENTRY, json("request", PublishEntryRequest.class)),
            submit(RETIRE_ENTRY, json("request", RetireEntryRequest.class)),
            evaluate(GET_ENTRY, identifier("code")),
            evaluate(ENTRY_HISTORY, identifier("code")),

            evaluate(ENTRIES_BY_DEPARTMENT, json("query", EntryQuery.class)),
            evaluate(ENTRIES_BY_THEME, json("query", EntryQuery.class)),
            evaluate(ENTRIES_BY_SHARING_TYPE, json("query", EntryQuery.class)),
            evaluate(ENTRIES_BY_UPDATE_CYCLE, json("query", EntryQuery.class)),
            evaluate(ENTRIES_BY_ITEM_NAME, json("query", EntryQuery.class)),
            evaluate(ENTRIES_BY_DUTY, json("query", EntryQuery.class)),

            submit(SUBMIT_REQUEST, json("request", SubmitSharingRequest.class)),
            submit(APPROVE_REQUEST, json("request", ApproveSharingRequest.class)),
            submit(REFUSE_REQUEST, json("request", RefuseSharingRequest.class)),
            submit(WITHDRAW_REQUEST, json("request", WithdrawSharingRequest.class)),
            evaluate(GET_REQUEST, identifier("requestId")),
            evaluate(REQUESTS_BY_DEPARTMENT, json("query", PartyQuery.class)),
            evaluate(PENDING_REQUESTS, json("query", DepartmentQuery.class)),
            evaluate(OVERDUE_REQUESTS, json("query", DepartmentQuery.class)),

            submit(REVOKE_GRANT, json("request", RevokeGrantRequest.class)),
            evaluate(GET_GRANT, identifier("grantId")),
            evaluate(GRANTS_BY_DEPARTMENT, json("query", PartyQuery.class)),
            submit(LOG_ACCESS, json("request", LogAccessRequest.class)),
            evaluate(GET_ACCESS_LOG, identifier("logId")),
            evaluate(ACCESS_LOGS_BY_GRANT, json("query", AccessLogQuery.class)),
            evaluate(ACCESS_LOGS_BY_DEPARTMENT, json("query", AccessLogQuery.class))));

    private DirectoryTransaction() {}
}
