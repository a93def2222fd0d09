// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/** Transaction and event names of the govdir chaincode, shared by the contract and the client. */
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

    private DirectoryTransaction() {}
}
