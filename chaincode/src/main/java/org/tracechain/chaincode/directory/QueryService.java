// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DepartmentQuery;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PartySide;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;

/**
 * The list queries (evaluate only): catalog search over the entry indexes, and per-department views of
 * requests, grants and access logs. Catalog entries and duties are public to channel members; requests,
 * grants and logs only to the departments involved, regulators and auditors.
 */
final class QueryService {

    /** Longest period an access-log query may span. */
    static final Duration MAX_PERIOD = Duration.ofDays(366);

    private final DirectoryStore store;
    private final LedgerState state;
    private final DirectoryAccess access;
    private final IndexPager pager;

    QueryService(final DirectoryStore store, final DirectoryAccess access) {
        this.store = store;
        this.state = store.state();
        this.access = access;
        this.pager = new IndexPager(state);
    }

    // ---- catalog -------------------------------------------------------------------------------------

    DirectoryPage<EntryVersion> entriesByDepartment(final EntryQuery query) {
        final String code = DirectoryInput.id("value", query.value());
        store.department(code);
        return entries(DirectoryKeys.ENTRY_BY_DEPARTMENT, code, query);
    }

    DirectoryPage<EntryVersion> entriesByTheme(final EntryQuery query) {
        return entries(DirectoryKeys.ENTRY_BY_THEME, DirectoryInput.id("value", query.value()), query);
    }

    DirectoryPage<EntryVersion> entriesBySharingType(final EntryQuery query) {
        return entries(DirectoryKeys.ENTRY_BY_SHARING, enumName("value", query.value(), SharingType.values()), query);
    }

    DirectoryPage<EntryVersion> entriesByUpdateCycle(final EntryQuery query) {
        return entries(DirectoryKeys.ENTRY_BY_CYCLE, enumName("value", query.value(), UpdateCycle.values()), query);
    }

    /** Which entries (and so which departments) hold a data item, e.g. 统一社会信用代码. */
    DirectoryPage<EntryVersion> entriesByItemName(final EntryQuery query) {
        final String name = DirectoryInput.text("value", query.value(), DirectoryInput.MAX_ITEM_NAME);
        return entries(DirectoryKeys.ENTRY_BY_ITEM, EntryValidator.itemKey("value", name), query);
    }

    /** Duty → entries → items: the entries serving a duty, each with its data items. */
    DirectoryPage<EntryVersion> entriesByDuty(final EntryQuery query) {
        final String dutyId = DirectoryInput.id("value", query.value());
        store.duty(dutyId);
        return entries(DirectoryKeys.ENTRY_BY_DUTY, dutyId, query);
    }

    DirectoryPage<Duty> dutiesByDepartment(final DepartmentQuery query) {
        final String code = DirectoryInput.id("departmentCode", query.departmentCode());
        store.department(code);
        return pager.page(DirectoryKeys.DUTY_BY_DEPARTMENT, List.of(code), DirectoryInput.pageSize(query.pageSize()),
                DirectoryInput.bookmark(query.bookmark()), a -> store.duty(a.get(1)));
    }

    private DirectoryPage<EntryVersion> entries(final String index, final String value, final EntryQuery query) {
        return pager.page(index, List.of(value), DirectoryInput.pageSize(query.pageSize()),
                DirectoryInput.bookmark(query.bookmark()), a -> store.latest(a.get(1)));
    }

    // ---- requests and grants -------------------------------------------------------------------------

    DirectoryPage<SharingRequest> requestsByDepartment(final PartyQuery query) {
        final Department department = readableDepartment(query.departmentCode());
        final String index = side(query.side()) == PartySide.OWNER ? DirectoryKeys.REQUEST_BY_OWNER
                : DirectoryKeys.REQUEST_BY_REQUESTER;
        return pager.page(index, List.of(department.code()), DirectoryInput.pageSize(query.pageSize()),
                DirectoryInput.bookmark(query.bookmark()), a -> store.request(a.get(1)));
    }

    /** Requests waiting for the department's decision, earliest due first. */
    DirectoryPage<SharingRequest> pendingRequests(final DepartmentQuery query) {
        final Department department = readableDepartment(query.departmentCode());
        return pager.page(DirectoryKeys.PENDING_REQUEST, List.of(department.code()),
                DirectoryInput.pageSize(query.pageSize()), DirectoryInput.bookmark(query.bookmark()),
                a -> store.request(a.get(2)));
    }

    /** Pending requests past their due date; "now" is this query's proposal timestamp. */
    DirectoryPage<SharingRequest> overdueRequests(final DepartmentQuery query) {
        final Department department = readableDepartment(query.departmentCode());
        final String now = DirectoryKeys.sortable(state.txTimestamp());
        return pager.page(DirectoryKeys.PENDING_REQUEST, List.of(department.code()),
                DirectoryInput.pageSize(query.pageSize()), DirectoryInput.bookmark(query.bookmark()),
                a -> a.get(1).compareTo(now) < 0, a -> store.request(a.get(2)));
    }

    DirectoryPage<Grant> grantsByDepartment(final PartyQuery query) {
        final Department department = readableDepartment(query.departmentCode());
        final String index = side(query.side()) == PartySide.OWNER ? DirectoryKeys.GRANT_BY_OWNER
                : DirectoryKeys.GRANT_BY_REQUESTER;
        return pager.page(index, List.of(department.code()), DirectoryInput.pageSize(query.pageSize()),
                DirectoryInput.bookmark(query.bookmark()), a -> store.grant(a.get(1)));
    }

    // ---- access logs ---------------------------------------------------------------------------------

    DirectoryPage<AccessLog> accessLogsByGrant(final AccessLogQuery query) {
        final String grantId = DirectoryInput.id("grantId", query.grantId());
        if (query.departmentCode() != null) {
            throw DirectoryInput.invalid("AccessLogsByGrant takes grantId, not departmentCode");
        }
        final Grant grant = store.grant(grantId);
        access.requireReader("the access log of grant " + grantId, store.department(grant.ownerDepartmentCode()),
                store.department(grant.requesterDepartmentCode()));
        return logs(DirectoryKeys.ACCESS_BY_GRANT, grantId, query);
    }

    /** Logs where the department used data or owned the data used (either side). */
    DirectoryPage<AccessLog> accessLogsByDepartment(final AccessLogQuery query) {
        if (query.grantId() != null) {
            throw DirectoryInput.invalid("AccessLogsByDepartment takes departmentCode, not grantId");
        }
        final Department department = readableDepartment(query.departmentCode());
        return logs(DirectoryKeys.ACCESS_BY_DEPARTMENT, department.code(), query);
    }

    private DirectoryPage<AccessLog> logs(final String index, final String subject, final AccessLogQuery query) {
        final int pageSize = DirectoryInput.pageSize(query.pageSize());
        final String bookmark = DirectoryInput.bookmark(query.bookmark());
        final Instant from = DirectoryInput.optionalInstant("from", query.from());
        final Instant until = DirectoryInput.optionalInstant("until", query.until());
        if (from == null && until == null) {
            return pager.page(index, List.of(subject), pageSize, bookmark, a -> store.accessLog(a.get(3)));
        }
        if (from == null || until == null || !until.isAfter(from)) {
            throw DirectoryInput.invalid("a period needs both from and until, until after from");
        }
        if (Duration.between(from, until).compareTo(MAX_PERIOD) > 0) {
            throw DirectoryInput.invalid("a period may span at most %d days", MAX_PERIOD.toDays());
        }
        return pager.period(index, subject, from, until, pageSize, bookmark, a -> store.accessLog(a.get(3)));
    }

    private Department readableDepartment(final String code) {
        final Department department = store.department(DirectoryInput.id("departmentCode", code));
        access.requireReader("department " + code + "'s requests, grants and logs", department);
        return department;
    }

    private static PartySide side(final PartySide side) {
        if (side == null) {
            throw DirectoryInput.invalid("side is required (OWNER or REQUESTER)");
        }
        return side;
    }

    private static String enumName(final String field, final String value, final Enum<?>[] values) {
        DirectoryInput.id(field, value);
        if (Arrays.stream(values).noneMatch(v -> v.name().equals(value))) {
            throw DirectoryInput.invalid("%s must be one of %s", field, Arrays.toString(values));
        }
        return value;
    }
}
