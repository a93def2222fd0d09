// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory;

import org.tracechain.client.Committed;

import java.util.List;
import org.tracechain.client.CommitFailedException;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.client.TransactionRefusedException;
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

/**
 * The government data directory (govdir chaincode) as typed calls: one method per transaction, model records in
 * and out. Submit methods wait for the commit and return the result with its transaction id and block
 * ({@link Committed}); queries return the record, a list, or one {@link DirectoryPage} (pass its bookmark back in
 * the query for the next page). Thread-safe; as cheap as the {@link LedgerClient} it wraps.
 *
 * <pre>{@code
 * try (LedgerClient client = LedgerClient.newBuilder().home(home).organization("civil").user("requester").connect()) {
 *     GovDirectory directory = GovDirectory.of(client);
 *
 *     DirectoryPage<EntryVersion> holders = directory.entriesByItemName(new EntryQuery("统一社会信用代码", 20, null));
 *     Committed<SharingRequest> request = directory.submitRequest(new SubmitSharingRequest("REQ-1", "BJ-MCA",
 *             "SAMR-002", List.of("统一社会信用代码"), "社会组织年检", "《社会团体登记管理条例》", null, null, null));
 *     log.info("request {} in tx {}", request.value().state(), request.transactionId());
 *
 *     try (DirectoryFollower follower = directory.followEntryChanges()
 *             .entries(List.of("SAMR-002"))
 *             .requesterDepartment("BJ-MCA")
 *             .checkpointFile(home.resolve("checkpoints/mca-follow.json"))
 *             .start(change -> log.info("{} {}", change.kind(), change.entryCode()))) {
 *         ...
 *     }
 * } catch (TransactionRefusedException e) {
 *     if (e.hasCode(DirectoryError.LEGAL_BASIS_REQUIRED)) { ... }
 * }
 * }</pre>
 *
 * <p>Every method throws a {@link LedgerException}: {@link TransactionRefusedException} when the chaincode refused
 * (its {@code code()} is a {@code DirectoryError} name, {@code transactionId()} the refused proposal),
 * {@link CommitFailedException} when the transaction committed invalid (e.g. {@code ENDORSEMENT_POLICY_FAILURE}),
 * or {@code LedgerUnavailableException}. Null requests or ids throw {@link NullPointerException}.
 */
public interface GovDirectory {

    /**
     * The directory on channel and chaincode {@code govdir}.
     *
     * @param client a connected client
     * @return the directory
     */
    static GovDirectory of(final LedgerClient client) {
        return of(client, DirectoryTransaction.CHAINCODE, DirectoryTransaction.CHAINCODE);
    }

    /**
     * The directory on another channel or chaincode name.
     *
     * @param client a connected client
     * @param channel channel name
     * @param chaincode chaincode name
     * @return the directory
     */
    static GovDirectory of(final LedgerClient client, final String channel, final String chaincode) {
        return new GovDirectoryImpl(client, channel, chaincode, List.of());
    }

    /**
     * The same directory, but submit methods are endorsed by exactly these organisations instead of those the
     * Gateway chooses (which include every organisation whose key-level endorsement the transaction needs).
     *
     * @param mspIds MSP ids, at least one
     * @return a directory whose submits use these endorsers
     */
    GovDirectory endorsedBy(String... mspIds);

    // ---- identity and configuration ----

    /** {@code WhoAmI}: the caller as the chaincode sees it. */
    CallerInfo whoAmI() throws LedgerException;

    /** {@code Configure} (regulator admin). */
    Committed<Configuration> configure(ConfigureRequest request) throws LedgerException;

    /** {@code GetConfiguration}. */
    Configuration getConfiguration() throws LedgerException;

    // ---- departments and duties ----

    /** {@code RegisterDepartment} (catalog-admin of the department's own organisation). */
    Committed<Department> registerDepartment(RegisterDepartmentRequest request) throws LedgerException;

    /** {@code GetDepartment}. */
    Department getDepartment(String code) throws LedgerException;

    /** {@code RegisterDuty} (owner's catalog-admin). */
    Committed<Duty> registerDuty(RegisterDutyRequest request) throws LedgerException;

    /** {@code UpdateDuty} (owner's catalog-admin). */
    Committed<Duty> updateDuty(UpdateDutyRequest request) throws LedgerException;

    /** {@code GetDuty}. */
    Duty getDuty(String dutyId) throws LedgerException;

    /** {@code DutiesByDepartment}: one page. */
    DirectoryPage<Duty> dutiesByDepartment(DepartmentQuery query) throws LedgerException;

    // ---- catalog entries ----

    /** {@code CreateEntry}: a draft, version 1 (owner's catalog-admin). */
    Committed<EntryVersion> createEntry(CreateEntryRequest request) throws LedgerException;

    /** {@code ReviseEntry}: a new version (owner's catalog-admin). */
    Committed<EntryVersion> reviseEntry(ReviseEntryRequest request) throws LedgerException;

    /** {@code PublishEntry}: a new, published version (owner's catalog-admin). */
    Committed<EntryVersion> publishEntry(PublishEntryRequest request) throws LedgerException;

    /** {@code RetireEntry}: a new, retired version (owner's catalog-admin). */
    Committed<EntryVersion> retireEntry(RetireEntryRequest request) throws LedgerException;

    /** {@code GetEntry}: the latest version. */
    EntryVersion getEntry(String code) throws LedgerException;

    /** {@code EntryHistory}: every version, oldest first, each with its transaction id. */
    List<EntryVersion> entryHistory(String code) throws LedgerException;

    // ---- catalog queries (one page each; value is what the query name says) ----

    /** {@code EntriesByDepartment}. */
    DirectoryPage<EntryVersion> entriesByDepartment(EntryQuery query) throws LedgerException;

    /** {@code EntriesByTheme}. */
    DirectoryPage<EntryVersion> entriesByTheme(EntryQuery query) throws LedgerException;

    /** {@code EntriesBySharingType}: value UNCONDITIONAL, CONDITIONAL or NOT_SHARED. */
    DirectoryPage<EntryVersion> entriesBySharingType(EntryQuery query) throws LedgerException;

    /** {@code EntriesByUpdateCycle}: value an {@code UpdateCycle} name. */
    DirectoryPage<EntryVersion> entriesByUpdateCycle(EntryQuery query) throws LedgerException;

    /** {@code EntriesByItemName}: entries describing a data item of that name (case and width insensitive). */
    DirectoryPage<EntryVersion> entriesByItemName(EntryQuery query) throws LedgerException;

    /** {@code EntriesByDuty}. */
    DirectoryPage<EntryVersion> entriesByDuty(EntryQuery query) throws LedgerException;

    // ---- sharing requests ----

    /** {@code SubmitRequest} (requester or catalog-admin of the requesting department). */
    Committed<SharingRequest> submitRequest(SubmitSharingRequest request) throws LedgerException;

    /** {@code ApproveRequest} (owner's catalog-admin): the result names the grant. */
    Committed<SharingRequest> approveRequest(ApproveSharingRequest request) throws LedgerException;

    /** {@code RefuseRequest} (owner's catalog-admin). */
    Committed<SharingRequest> refuseRequest(RefuseSharingRequest request) throws LedgerException;

    /** {@code WithdrawRequest} (requesting department). */
    Committed<SharingRequest> withdrawRequest(WithdrawSharingRequest request) throws LedgerException;

    /** {@code GetRequest} (either department, regulators, auditors). */
    SharingRequest getRequest(String requestId) throws LedgerException;

    /** {@code RequestsByDepartment}. */
    DirectoryPage<SharingRequest> requestsByDepartment(PartyQuery query) throws LedgerException;

    /** {@code PendingRequests}: the department's undecided requests, earliest due first. */
    DirectoryPage<SharingRequest> pendingRequests(DepartmentQuery query) throws LedgerException;

    /** {@code OverdueRequests}: pending requests past their due time. */
    DirectoryPage<SharingRequest> overdueRequests(DepartmentQuery query) throws LedgerException;

    // ---- grants and access log ----

    /** {@code RevokeGrant} (owner's catalog-admin). */
    Committed<Grant> revokeGrant(RevokeGrantRequest request) throws LedgerException;

    /** {@code GetGrant}. */
    Grant getGrant(String grantId) throws LedgerException;

    /** {@code GrantsByDepartment}. */
    DirectoryPage<Grant> grantsByDepartment(PartyQuery query) throws LedgerException;

    /** {@code LogAccess} (requesting department, under a valid grant). */
    Committed<AccessLog> logAccess(LogAccessRequest request) throws LedgerException;

    /** {@code GetAccessLog}. */
    AccessLog getAccessLog(String logId) throws LedgerException;

    /** {@code AccessLogsByGrant}. */
    DirectoryPage<AccessLog> accessLogsByGrant(AccessLogQuery query) throws LedgerException;

    /** {@code AccessLogsByDepartment}: logs where the department is either side. */
    DirectoryPage<AccessLog> accessLogsByDepartment(AccessLogQuery query) throws LedgerException;

    // ---- change notification ----

    /**
     * Starts describing a follower of catalog changes: EntryPublished, EntryRevised, EntryRetired,
     * RequestDecided and GrantRevoked events, decoded and filtered.
     *
     * @return a follower builder
     */
    DirectoryFollower.Builder followEntryChanges();
}
