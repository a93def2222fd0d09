// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.EntryHead;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.GrantEvent;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.error.CommonError;

/**
 * Grants and the access log (数据访问全程留痕): a grant is made when a request is approved, allows use of
 * its items within its validity period until the owner revokes it, and every use is logged by the
 * requesting department against a valid grant.
 */
final class GrantService {

    /** Validity when neither the request nor the approval names one. */
    static final Duration DEFAULT_VALIDITY = Duration.ofDays(365);
    /** Longest validity a grant may have. */
    static final Duration MAX_VALIDITY = Duration.ofDays(3 * 366);

    private final DirectoryStore store;
    private final LedgerState state;
    private final DirectoryAccess access;

    GrantService(final DirectoryStore store, final DirectoryAccess access) {
        this.store = store;
        this.state = store.state();
        this.access = access;
    }

    /**
     * The validity period from the given bounds: from defaults to {@code now}, until to from + 365 days;
     * until must be after from and after now, and at most 3 years after from.
     */
    static Validity period(final Instant from, final Instant until, final Instant now) {
        final Instant start = from == null ? now : from;
        final Instant end = until == null ? start.plus(DEFAULT_VALIDITY) : until;
        if (!end.isAfter(start) || !end.isAfter(now)) {
            throw Refusal.of(DirectoryError.INVALID_VALIDITY, "validity %s..%s must end after its start and after now",
                    start, end);
        }
        if (Duration.between(start, end).compareTo(MAX_VALIDITY) > 0) {
            throw Refusal.of(DirectoryError.INVALID_VALIDITY, "validity may not exceed %d days",
                    MAX_VALIDITY.toDays());
        }
        return new Validity(start, end);
    }

    /**
     * An optional validity in days: 1 to {@link #MAX_VALIDITY} days, and not together with an explicit end (the
     * two would contradict each other or one would be dropped).
     */
    static Integer optionalDays(final Integer days, final Instant until) {
        if (days == null) {
            return null;
        }
        if (until != null) {
            throw Refusal.of(DirectoryError.INVALID_VALIDITY, "give validUntil or validDays, not both");
        }
        if (days < 1 || days > MAX_VALIDITY.toDays()) {
            throw Refusal.of(DirectoryError.INVALID_VALIDITY, "validDays must be 1-%d, was %d", MAX_VALIDITY.toDays(),
                    days);
        }
        return days;
    }

    /** Writes the grant for an approved request (owner decision or automatic). */
    Grant grant(final SharingRequest request, final Validity period, final boolean automatic) {
        final Grant grant = new Grant(request.requestId(), request.requestId(), request.entryCode(),
                request.ownerDepartmentCode(), request.requesterDepartmentCode(), request.items(), request.purpose(),
                period.from(), period.until(), automatic, state.txTimestamp(), state.txId(), null, null, null, null);
        state.put(DirectoryKeys.grant(state, grant.grantId()), grant);
        state.index(DirectoryKeys.GRANT_BY_OWNER, grant.ownerDepartmentCode(), grant.grantId());
        state.index(DirectoryKeys.GRANT_BY_REQUESTER, grant.requesterDepartmentCode(), grant.grantId());
        return grant;
    }

    /** The owner's catalog administrator revokes a grant, giving a reason. */
    Grant revoke(final RevokeGrantRequest request) {
        final String grantId = DirectoryInput.id("grantId", request.grantId());
        final String reason = DirectoryInput.ruleText("reason", request.reason(), DirectoryInput.MAX_NOTE);
        final Grant grant = store.grant(grantId);
        access.requireCatalogAdmin(store.department(grant.ownerDepartmentCode()), "revoking a grant");
        if (reason == null) {
            throw Refusal.of(DirectoryError.REASON_REQUIRED, "revoking grant %s needs a reason", grantId);
        }
        if (grant.revokedAt() != null) {
            throw Refusal.of(DirectoryError.GRANT_REVOKED, "grant %s was already revoked at %s", grantId,
                    grant.revokedAt());
        }
        final Grant revoked = new Grant(grant.grantId(), grant.requestId(), grant.entryCode(),
                grant.ownerDepartmentCode(), grant.requesterDepartmentCode(), grant.items(), grant.purpose(),
                grant.validFrom(), grant.validUntil(), grant.automatic(), grant.grantedAt(), grant.grantTxId(),
                state.txTimestamp(), access.caller().id(), state.txId(), reason);
        state.put(DirectoryKeys.grant(state, grantId), revoked);
        state.event(DirectoryTransaction.EVENT_GRANT_REVOKED, new GrantEvent(grantId, grant.requestId(),
                grant.entryCode(), grant.ownerDepartmentCode(), grant.requesterDepartmentCode(), reason, state.txId(),
                state.txTimestamp()));
        return revoked;
    }

    /** The requesting department records one use of granted items under a valid grant. */
    AccessLog logAccess(final LogAccessRequest request) {
        final String grantId = DirectoryInput.id("grantId", request.grantId());
        final List<String> items = itemNames(request.items());
        final String purpose = DirectoryInput.text("purpose", request.purpose(), DirectoryInput.MAX_NOTE);
        final Grant grant = store.grant(grantId);
        final Department requester = store.department(grant.requesterDepartmentCode());
        access.requireRequester(requester, "logging access");
        final Instant now = state.txTimestamp();
        if (grant.revokedAt() != null) {
            throw Refusal.of(DirectoryError.GRANT_REVOKED, "grant %s was revoked at %s", grantId, grant.revokedAt());
        }
        if (now.isBefore(grant.validFrom())) {
            throw Refusal.of(DirectoryError.GRANT_NOT_YET_VALID, "grant %s is valid from %s", grantId,
                    grant.validFrom());
        }
        if (!now.isBefore(grant.validUntil())) {
            throw Refusal.of(DirectoryError.GRANT_EXPIRED, "grant %s expired at %s", grantId, grant.validUntil());
        }
        final EntryHead entry = store.head(grant.entryCode());
        if (entry.state() == PublicationState.RETIRED) {
            throw Refusal.of(DirectoryError.ENTRY_RETIRED, "entry %s is retired", grant.entryCode());
        }
        for (final String item : items) {
            if (!grant.items().contains(item)) {
                throw Refusal.of(DirectoryError.ITEM_NOT_GRANTED, "item '%s' is not in grant %s", item, grantId);
            }
        }
        final String logId = state.txId();
        final AccessLog log = new AccessLog(logId, grantId, grant.requestId(), grant.entryCode(),
                grant.ownerDepartmentCode(), grant.requesterDepartmentCode(), items, purpose, now, access.caller().id(),
                state.txId());
        state.put(DirectoryKeys.access(state, logId), log);
        final String day = DirectoryKeys.day(now);
        final String time = DirectoryKeys.sortable(now);
        state.index(DirectoryKeys.ACCESS_BY_GRANT, grantId, day, time, logId);
        state.index(DirectoryKeys.ACCESS_BY_DEPARTMENT, grant.requesterDepartmentCode(), day, time, logId);
        if (!grant.ownerDepartmentCode().equals(grant.requesterDepartmentCode())) {
            state.index(DirectoryKeys.ACCESS_BY_DEPARTMENT, grant.ownerDepartmentCode(), day, time, logId);
        }
        return log;
    }

    Grant get(final String grantId) {
        final Grant grant = store.grant(DirectoryInput.id("grantId", grantId));
        access.requireReader("grant " + grantId, store.department(grant.ownerDepartmentCode()),
                store.department(grant.requesterDepartmentCode()));
        return grant;
    }

    AccessLog getAccessLog(final String logId) {
        final AccessLog log = store.accessLog(DirectoryInput.id("logId", logId));
        access.requireReader("access log " + logId, store.department(log.ownerDepartmentCode()),
                store.department(log.requesterDepartmentCode()));
        return log;
    }

    /** A grant's validity: from (inclusive) until (exclusive). */
    record Validity(Instant from, Instant until) {}

    /** 1-200 distinct item names, as used by requests and access logs. */
    static List<String> itemNames(final List<String> values) {
        final List<String> items = DirectoryInput.list("items", values, DirectoryInput.MAX_ITEMS);
        if (items.isEmpty()) {
            throw Refusal.of(DirectoryError.ITEMS_REQUIRED, "name at least one data item");
        }
        final Set<String> seen = new HashSet<>();
        final List<String> out = new ArrayList<>();
        for (final String item : items) {
            if (!seen.add(DirectoryInput.text("items", item, DirectoryInput.MAX_ITEM_NAME))) {
                throw Refusal.of(CommonError.DUPLICATE_VALUE, "item '%s' is named twice", item);
            }
            out.add(item);
        }
        return List.copyOf(out);
    }
}
