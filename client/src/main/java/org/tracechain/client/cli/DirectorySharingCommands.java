// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.DepartmentQuery;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PartySide;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.WithdrawSharingRequest;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Sharing between departments: {@code dir request ...} (requesters submit and withdraw, owners approve and
 * refuse), {@code dir requests ...} (lists), {@code dir grant ...}, {@code dir grants} and {@code dir access log}.
 */
final class DirectorySharingCommands {

    private static final TypeReference<DirectoryPage<SharingRequest>> REQUEST_PAGE = new TypeReference<>() {};
    private static final TypeReference<DirectoryPage<Grant>> GRANT_PAGE = new TypeReference<>() {};

    private DirectorySharingCommands() {}

    @Command(name = "request", description = "Sharing requests (submit/withdraw: requester; approve/refuse: owner's catalog-admin).",
            subcommands = {Submit.class, Withdraw.class, GetRequest.class, Approve.class, Refuse.class},
            footer = {"  tracechain --org security --user requester dir request submit --id REQ-1 --department PUBLIC-SECURITY \\",
                "      --entry GB-001 --item 姓名 --item 婚姻状况 --purpose \"household registration checks\"",
                "  tracechain --org civil --user cataloger dir request approve REQ-1 --days 90"})
    static final class RequestGroup {}

    @Command(name = "submit", description = "Ask another department for data items of its entry.",
            footer = {"  tracechain --org security --user requester dir request submit --id REQ-1 --department PUBLIC-SECURITY \\",
                "      --entry GB-001 --item 姓名 --item 婚姻状况 --purpose \"household registration checks\" \\",
                "      --legal-basis \"Household Registration Regulations, art. 10\""})
    static final class Submit extends DirectoryCommand {
        @Option(names = "--id", required = true, description = "new request id") String requestId;
        @Option(names = "--department", required = true, paramLabel = "CODE", description = "your (requesting) department")
        String department;
        @Option(names = "--entry", required = true, paramLabel = "CODE", description = "entry code") String entry;
        @Option(names = "--item", required = true, paramLabel = "NAME", description = "data item (repeat for several)")
        List<String> items;
        @Option(names = "--purpose", required = true, description = "what the data is for") String purpose;
        @Option(names = "--legal-basis", description = "legal basis (required for conditional entries)")
        String legalBasis;
        @Option(names = "--scenario", description = "application scenario") String scenario;
        @Option(names = "--valid-from", paramLabel = "INSTANT", description = "requested grant start, e.g. 2026-01-01T00:00:00Z")
        Instant validFrom;
        @Option(names = "--valid-until", paramLabel = "INSTANT", description = "requested grant end")
        Instant validUntil;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(directory.submitRequest(new SubmitSharingRequest(requestId,
                    department, entry, items, purpose, legalBasis, scenario, validFrom, validUntil)));
        }
    }

    @Command(name = "withdraw", description = "Withdraw your pending request.",
            footer = {"  tracechain --org security --user requester dir request withdraw REQ-1 --reason \"no longer needed\""})
    static final class Withdraw extends DirectoryCommand {
        @Parameters(paramLabel = "ID", description = "request id") String requestId;
        @Option(names = "--reason", description = "why (optional)") String reason;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(directory.withdrawRequest(new WithdrawSharingRequest(requestId, reason)));
        }
    }

    @Command(name = "get", description = "Show a request.",
            footer = {"  tracechain --org security --user requester dir request get REQ-1"})
    static final class GetRequest extends DirectoryCommand {
        @Parameters(paramLabel = "ID", description = "request id") String requestId;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            output().record(read(DirectoryTransaction.GET_REQUEST, requestId));
        }
    }

    @Command(name = "approve", description = "Approve a pending request of your entry, making a grant.",
            footer = {"  tracechain --org civil --user cataloger dir request approve REQ-1 --days 90 --note \"approved\"",
                "  tracechain --org civil --user cataloger dir request approve REQ-1 --valid-from 2026-02-01T00:00:00Z \\",
                "      --valid-until 2026-12-31T23:59:59Z"})
    static final class Approve extends DirectoryCommand {
        @Parameters(paramLabel = "ID", description = "request id") String requestId;
        @Option(names = "--valid-from", paramLabel = "INSTANT", description = "grant start (default: as requested, else now)")
        Instant validFrom;
        @Option(names = "--valid-until", paramLabel = "INSTANT", description = "grant end (default: as requested, else 365 days)")
        Instant validUntil;
        @Option(names = "--days", paramLabel = "N", description = "grant for N days (1-1098) counted from the grant's start:"
                + " --valid-from, else the requested start, else the approval (instead of --valid-until)")
        Integer days;
        @Option(names = "--note", description = "approval note") String note;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            // The chaincode counts the days from the grant's start, which only it knows for sure (the requested
            // start is on the ledger); it refuses --days with --valid-until, or outside 1-1098 (INVALID_VALIDITY).
            committed(directory.approveRequest(new ApproveSharingRequest(requestId, validFrom, validUntil, days, note)));
        }
    }

    @Command(name = "refuse", description = "Refuse a pending request of your entry.",
            footer = {"  tracechain --org civil --user cataloger dir request refuse REQ-2 --reason \"no legal basis given\""})
    static final class Refuse extends DirectoryCommand {
        @Parameters(paramLabel = "ID", description = "request id") String requestId;
        @Option(names = "--reason", required = true, description = "why") String reason;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(directory.refuseRequest(new RefuseSharingRequest(requestId, reason)));
        }
    }

    @Command(name = "requests", description = "Lists of requests (departments involved, regulators, auditors).",
            subcommands = {Pending.class, Overdue.class, ByDepartment.class},
            footer = {"  tracechain --org civil --user cataloger dir requests pending --department CIVIL-AFFAIRS",
                "  tracechain --org regulator --user auditor dir requests overdue --department CIVIL-AFFAIRS"})
    static final class RequestsGroup {}

    @Command(name = "pending", description = "Undecided requests of a department's entries, earliest due first.",
            footer = {"  tracechain --org civil --user cataloger dir requests pending --department CIVIL-AFFAIRS"})
    static final class Pending extends DirectoryCommand {
        @Option(names = "--department", required = true, paramLabel = "CODE", description = "owner department")
        String department;
        @ArgGroup(exclusive = false) Paging paging = new Paging();

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            page(query(DirectoryTransaction.PENDING_REQUESTS,
                    new DepartmentQuery(department, paging.pageSize, paging.bookmark)), REQUEST_PAGE, DirectoryTables::requests);
        }
    }

    @Command(name = "overdue", description = "Pending requests past their due time (10 working days).",
            footer = {"  tracechain --org regulator --user auditor dir requests overdue --department CIVIL-AFFAIRS"})
    static final class Overdue extends DirectoryCommand {
        @Option(names = "--department", required = true, paramLabel = "CODE", description = "owner department")
        String department;
        @ArgGroup(exclusive = false) Paging paging = new Paging();

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            page(query(DirectoryTransaction.OVERDUE_REQUESTS,
                    new DepartmentQuery(department, paging.pageSize, paging.bookmark)), REQUEST_PAGE, DirectoryTables::requests);
        }
    }

    @Command(name = "list", description = "All requests of a department, as owner or requester.",
            footer = {"  tracechain --org security --user requester dir requests list --department PUBLIC-SECURITY \\",
                "      --side REQUESTER --page-size 20"})
    static final class ByDepartment extends DirectoryCommand {
        @Option(names = "--department", required = true, paramLabel = "CODE", description = "department code")
        String department;
        @Option(names = "--side", defaultValue = "OWNER", description = "OWNER or REQUESTER (default ${DEFAULT-VALUE})")
        PartySide side;
        @ArgGroup(exclusive = false) Paging paging = new Paging();

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            page(query(DirectoryTransaction.REQUESTS_BY_DEPARTMENT,
                    new PartyQuery(department, side, paging.pageSize, paging.bookmark)), REQUEST_PAGE, DirectoryTables::requests);
        }
    }

    @Command(name = "grant", description = "Grants (revoke: owner's catalog-admin).",
            subcommands = {Revoke.class, GetGrant.class},
            footer = {"  tracechain --org security --user requester dir grant get GRANT-REQ-1",
                "  tracechain --org civil --user cataloger dir grant revoke GRANT-REQ-1 --reason \"purpose fulfilled\""})
    static final class GrantGroup {}

    @Command(name = "revoke", description = "Revoke a grant of your entry.",
            footer = {"  tracechain --org civil --user cataloger dir grant revoke GRANT-REQ-1 --reason \"purpose fulfilled\""})
    static final class Revoke extends DirectoryCommand {
        @Parameters(paramLabel = "ID", description = "grant id") String grantId;
        @Option(names = "--reason", required = true, description = "why") String reason;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(directory.revokeGrant(new RevokeGrantRequest(grantId, reason)));
        }
    }

    @Command(name = "get", description = "Show a grant.",
            footer = {"  tracechain --org security --user requester dir grant get GRANT-REQ-1"})
    static final class GetGrant extends DirectoryCommand {
        @Parameters(paramLabel = "ID", description = "grant id") String grantId;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            output().record(read(DirectoryTransaction.GET_GRANT, grantId));
        }
    }

    @Command(name = "grants", description = "Grants of a department, as owner or requester.",
            footer = {"  tracechain --org civil --user cataloger dir grants --department CIVIL-AFFAIRS",
                "  tracechain --org security --user requester dir grants --department PUBLIC-SECURITY --side REQUESTER"})
    static final class Grants extends DirectoryCommand {
        @Option(names = "--department", required = true, paramLabel = "CODE", description = "department code")
        String department;
        @Option(names = "--side", defaultValue = "OWNER", description = "OWNER or REQUESTER (default ${DEFAULT-VALUE})")
        PartySide side;
        @ArgGroup(exclusive = false) Paging paging = new Paging();

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            page(query(DirectoryTransaction.GRANTS_BY_DEPARTMENT,
                    new PartyQuery(department, side, paging.pageSize, paging.bookmark)), GRANT_PAGE, DirectoryTables::grants);
        }
    }

    @Command(name = "access", description = "Record uses of granted data (requester).", subcommands = LogAccess.class,
            footer = {"  tracechain --org security --user requester dir access log --grant GRANT-REQ-1 --item 姓名 \\",
                "      --purpose \"case 2026-0042\""})
    static final class AccessGroup {}

    @Command(name = "log", description = "Record one use of granted data items.",
            footer = {"  tracechain --org security --user requester dir access log --grant GRANT-REQ-1 --item 姓名 \\",
                "      --item 婚姻状况 --purpose \"case 2026-0042\""})
    static final class LogAccess extends DirectoryCommand {
        @Option(names = "--grant", required = true, paramLabel = "ID", description = "grant id") String grantId;
        @Option(names = "--item", required = true, paramLabel = "NAME", description = "data item used (repeat for several)")
        List<String> items;
        @Option(names = "--purpose", required = true, description = "purpose of this use") String purpose;

        @Override
        protected void run(final GovDirectory directory) throws Exception {
            committed(directory.logAccess(new LogAccessRequest(grantId, items, purpose)));
        }
    }
}
