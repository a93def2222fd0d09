// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory;

import org.tracechain.client.Committed;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Objects;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.client.LedgerTransaction;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.Configuration;
import org.tracechain.model.directory.ConfigureRequest;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DepartmentQuery;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.UpdateDutyRequest;
import org.tracechain.model.directory.WithdrawSharingRequest;
import org.tracechain.model.identity.CallerInfo;
import org.tracechain.model.json.LedgerJson;

/** {@link GovDirectory} over a {@link LedgerContract}: encodes the request record, decodes the result. */
final class GovDirectoryImpl implements GovDirectory {

    private static final TypeReference<List<EntryVersion>> VERSIONS = new TypeReference<>() {};
    private static final TypeReference<DirectoryPage<EntryVersion>> ENTRY_PAGE = new TypeReference<>() {};
    private static final TypeReference<DirectoryPage<Duty>> DUTY_PAGE = new TypeReference<>() {};
    private static final TypeReference<DirectoryPage<SharingRequest>> REQUEST_PAGE = new TypeReference<>() {};
    private static final TypeReference<DirectoryPage<Grant>> GRANT_PAGE = new TypeReference<>() {};
    private static final TypeReference<DirectoryPage<AccessLog>> LOG_PAGE = new TypeReference<>() {};

    private final LedgerClient client;
    private final LedgerContract contract;
    private final List<String> endorsers;

    GovDirectoryImpl(final LedgerClient client, final String channel, final String chaincode,
            final List<String> endorsers) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.contract = client.contract(channel, chaincode);
        this.endorsers = List.copyOf(endorsers);
    }

    @Override
    public GovDirectory endorsedBy(final String... mspIds) {
        Objects.requireNonNull(mspIds, "mspIds must not be null");
        if (mspIds.length == 0) {
            throw new IllegalArgumentException("name at least one endorsing organisation");
        }
        return new GovDirectoryImpl(client, contract.channel(), contract.chaincode(), List.of(mspIds));
    }

    @Override
    public CallerInfo whoAmI() throws LedgerException {
        return contract.evaluateJson(DirectoryTransaction.WHO_AM_I, CallerInfo.class);
    }

    @Override
    public Committed<Configuration> configure(final ConfigureRequest request) throws LedgerException {
        return submit(DirectoryTransaction.CONFIGURE, request, Configuration.class);
    }

    @Override
    public Configuration getConfiguration() throws LedgerException {
        return contract.evaluateJson(DirectoryTransaction.GET_CONFIGURATION, Configuration.class);
    }

    @Override
    public Committed<Department> registerDepartment(final RegisterDepartmentRequest request) throws LedgerException {
        return submit(DirectoryTransaction.REGISTER_DEPARTMENT, request, Department.class);
    }

    @Override
    public Department getDepartment(final String code) throws LedgerException {
        return get(DirectoryTransaction.GET_DEPARTMENT, code, Department.class);
    }

    @Override
    public Committed<Duty> registerDuty(final RegisterDutyRequest request) throws LedgerException {
        return submit(DirectoryTransaction.REGISTER_DUTY, request, Duty.class);
    }

    @Override
    public Committed<Duty> updateDuty(final UpdateDutyRequest request) throws LedgerException {
        return submit(DirectoryTransaction.UPDATE_DUTY, request, Duty.class);
    }

    @Override
    public Duty getDuty(final String dutyId) throws LedgerException {
        return get(DirectoryTransaction.GET_DUTY, dutyId, Duty.class);
    }

    @Override
    public DirectoryPage<Duty> dutiesByDepartment(final DepartmentQuery query) throws LedgerException {
        return query(DirectoryTransaction.DUTIES_BY_DEPARTMENT, query, DUTY_PAGE);
    }

    @Override
    public Committed<EntryVersion> createEntry(final CreateEntryRequest request) throws LedgerException {
        return submit(DirectoryTransaction.CREATE_ENTRY, request, EntryVersion.class);
    }

    @Override
    public Committed<EntryVersion> reviseEntry(final ReviseEntryRequest request) throws LedgerException {
        return submit(DirectoryTransaction.REVISE_ENTRY, request, EntryVersion.class);
    }

    @Override
    public Committed<EntryVersion> publishEntry(final PublishEntryRequest request) throws LedgerException {
        return submit(DirectoryTransaction.PUBLISH_ENTRY, request, EntryVersion.class);
    }

    @Override
    public Committed<EntryVersion> retireEntry(final RetireEntryRequest request) throws LedgerException {
        return submit(DirectoryTransaction.RETIRE_ENTRY, request, EntryVersion.class);
    }

    @Override
    public EntryVersion getEntry(final String code) throws LedgerException {
        return get(DirectoryTransaction.GET_ENTRY, code, EntryVersion.class);
    }

    @Override
    public List<EntryVersion> entryHistory(final String code) throws LedgerException {
        return contract.evaluateJsonAs(DirectoryTransaction.ENTRY_HISTORY, VERSIONS, Objects.requireNonNull(code, "code"));
    }

    @Override
    public DirectoryPage<EntryVersion> entriesByDepartment(final EntryQuery query) throws LedgerException {
        return query(DirectoryTransaction.ENTRIES_BY_DEPARTMENT, query, ENTRY_PAGE);
    }

    @Override
    public DirectoryPage<EntryVersion> entriesByTheme(final EntryQuery query) throws LedgerException {
        return query(DirectoryTransaction.ENTRIES_BY_THEME, query, ENTRY_PAGE);
    }

    @Override
    public DirectoryPage<EntryVersion> entriesBySharingType(final EntryQuery query) throws LedgerException {
        return query(DirectoryTransaction.ENTRIES_BY_SHARING_TYPE, query, ENTRY_PAGE);
    }

    @Override
    public DirectoryPage<EntryVersion> entriesByUpdateCycle(final EntryQuery query) throws LedgerException {
        return query(DirectoryTransaction.ENTRIES_BY_UPDATE_CYCLE, query, ENTRY_PAGE);
    }

    @Override
    public DirectoryPage<EntryVersion> entriesByItemName(final EntryQuery query) throws LedgerException {
        return query(DirectoryTransaction.ENTRIES_BY_ITEM_NAME, query, ENTRY_PAGE);
    }

    @Override
    public DirectoryPage<EntryVersion> entriesByDuty(final EntryQuery query) throws LedgerException {
        return query(DirectoryTransaction.ENTRIES_BY_DUTY, query, ENTRY_PAGE);
    }

    @Override
    public Committed<SharingRequest> submitRequest(final SubmitSharingRequest request) throws LedgerException {
        return submit(DirectoryTransaction.SUBMIT_REQUEST, request, SharingRequest.class);
    }

    @Override
    public Committed<SharingRequest> approveRequest(final ApproveSharingRequest request) throws LedgerException {
        return submit(DirectoryTransaction.APPROVE_REQUEST, request, SharingRequest.class);
    }

    @Override
    public Committed<SharingRequest> refuseRequest(final RefuseSharingRequest request) throws LedgerException {
        return submit(DirectoryTransaction.REFUSE_REQUEST, request, SharingRequest.class);
    }

    @Override
    public Committed<SharingRequest> withdrawRequest(final WithdrawSharingRequest request) throws LedgerException {
        return submit(DirectoryTransaction.WITHDRAW_REQUEST, request, SharingRequest.class);
    }

    @Override
    public SharingRequest getRequest(final String requestId) throws LedgerException {
        return get(DirectoryTransaction.GET_REQUEST, requestId, SharingRequest.class);
    }

    @Override
    public DirectoryPage<SharingRequest> requestsByDepartment(final PartyQuery query) throws LedgerException {
        return query(DirectoryTransaction.REQUESTS_BY_DEPARTMENT, query, REQUEST_PAGE);
    }

    @Override
    public DirectoryPage<SharingRequest> pendingRequests(final DepartmentQuery query) throws LedgerException {
        return query(DirectoryTransaction.PENDING_REQUESTS, query, REQUEST_PAGE);
    }

    @Override
    public DirectoryPage<SharingRequest> overdueRequests(final DepartmentQuery query) throws LedgerException {
        return query(DirectoryTransaction.OVERDUE_REQUESTS, query, REQUEST_PAGE);
    }

    @Override
    public Committed<Grant> revokeGrant(final RevokeGrantRequest request) throws LedgerException {
        return submit(DirectoryTransaction.REVOKE_GRANT, request, Grant.class);
    }

    @Override
    public Grant getGrant(final String grantId) throws LedgerException {
        return get(DirectoryTransaction.GET_GRANT, grantId, Grant.class);
    }

    @Override
    public DirectoryPage<Grant> grantsByDepartment(final PartyQuery query) throws LedgerException {
        return query(DirectoryTransaction.GRANTS_BY_DEPARTMENT, query, GRANT_PAGE);
    }

    @Override
    public Committed<AccessLog> logAccess(final LogAccessRequest request) throws LedgerException {
        return submit(DirectoryTransaction.LOG_ACCESS, request, AccessLog.class);
    }

    @Override
    public AccessLog getAccessLog(final String logId) throws LedgerException {
        return get(DirectoryTransaction.GET_ACCESS_LOG, logId, AccessLog.class);
    }

    @Override
    public DirectoryPage<AccessLog> accessLogsByGrant(final AccessLogQuery query) throws LedgerException {
        return query(DirectoryTransaction.ACCESS_LOGS_BY_GRANT, query, LOG_PAGE);
    }

    @Override
    public DirectoryPage<AccessLog> accessLogsByDepartment(final AccessLogQuery query) throws LedgerException {
        return query(DirectoryTransaction.ACCESS_LOGS_BY_DEPARTMENT, query, LOG_PAGE);
    }

    @Override
    public DirectoryFollower.Builder followEntryChanges() {
        return new DirectoryFollowerImpl.BuilderImpl(
                client.newChaincodeEventListener(contract.channel(), contract.chaincode()));
    }

    private <T> Committed<T> submit(final String transactionName, final Object request, final Class<T> resultType)
            throws LedgerException {
        Objects.requireNonNull(request, "request must not be null");
        final LedgerTransaction.Builder transaction =
                contract.newTransaction(transactionName).addArguments(LedgerJson.toJson(request));
        if (!endorsers.isEmpty()) {
            transaction.endorsingOrganizations(endorsers.toArray(String[]::new));
        }
        return Committed.of(transaction.build().submit(), resultType);
    }

    private <T> T get(final String transactionName, final String id, final Class<T> resultType)
            throws LedgerException {
        return contract.evaluateJson(transactionName, resultType, Objects.requireNonNull(id, "id must not be null"));
    }

    private <T> T query(final String transactionName, final Object query, final TypeReference<T> resultType)
            throws LedgerException {
        Objects.requireNonNull(query, "query must not be null");
        return contract.evaluateJsonAs(transactionName, resultType, LedgerJson.toJson(query));
    }

    @Override
    public String toString() {
        return "GovDirectory[" + contract.channel() + "/" + contract.chaincode()
                + (endorsers.isEmpty() ? "" : ", endorsed by " + endorsers) + "]";
    }
}
