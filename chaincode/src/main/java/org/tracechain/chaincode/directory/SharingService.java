// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.EntryHead;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.RequestEvent;
import org.tracechain.model.directory.RequestState;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.WithdrawSharingRequest;

/**
 * Sharing requests against published catalog entries. Unconditional entries are granted on submission,
 * not-shared entries refused on submission with their recorded legal basis, conditional ones wait for the
 * owner's decision, due 10 working days after submission.
 */
final class SharingService {

    private final DirectoryStore store;
    private final LedgerState state;
    private final DirectoryAccess access;
    private final GrantService grants;

    SharingService(final DirectoryStore store, final DirectoryAccess access, final GrantService grants) {
        this.store = store;
        this.state = store.state();
        this.access = access;
        this.grants = grants;
    }

    SharingRequest submit(final SubmitSharingRequest input) {
        final String requestId = DirectoryInput.id("requestId", input.requestId());
        final String requesterCode = DirectoryInput.id("requesterDepartmentCode", input.requesterDepartmentCode());
        final String entryCode = DirectoryInput.id("entryCode", input.entryCode());
        final List<String> items = GrantService.itemNames(input.items());
        final String purpose = DirectoryInput.text("purpose", input.purpose(), DirectoryInput.MAX_NOTE);
        final String legalBasis = DirectoryInput.ruleText("legalBasis", input.legalBasis(), DirectoryInput.MAX_NOTE);
        final String scenario = DirectoryInput.optionalText("scenario", input.scenario(), DirectoryInput.MAX_SCENARIO);
        final Instant from = DirectoryInput.optionalInstant("validFrom", input.validFrom());
        final Instant until = DirectoryInput.optionalInstant("validUntil", input.validUntil());
        final Department requester = store.department(requesterCode);
        access.requireRequester(requester, "submitting a sharing request");
        final String key = DirectoryKeys.request(state, requestId);
        if (state.exists(key)) {
            throw Refusal.of(DirectoryError.REQUEST_ALREADY_EXISTS, "request %s already exists", requestId);
        }
        final EntryHead head = store.head(entryCode);
        if (head.departmentCode().equals(requesterCode)) {
            throw Refusal.of(DirectoryError.REQUEST_OWN_ENTRY, "entry %s belongs to the requesting department",
                    entryCode);
        }
        requirePublished(head);
        final EntryVersion entry = store.version(head.latestVersionKey());
        requireItemsInEntry(items, entry);
        if (entry.metadata().sharingType() == SharingType.CONDITIONAL && legalBasis == null) {
            throw Refusal.of(DirectoryError.LEGAL_BASIS_REQUIRED,
                    "requests for conditionally shared entries need a legal basis");
        }
        DirectoryInput.refuseBlank("legalBasis", input.legalBasis());
        final Instant now = state.txTimestamp();
        final GrantService.Validity period = from == null && until == null ? null : GrantService.period(from, until, now);
        final Instant due = WorkingDays.after(now, WorkingDays.ANSWER_DAYS);
        final SharingRequest submitted = new SharingRequest(requestId, requesterCode, head.departmentCode(), entryCode,
                entry.version(), items, purpose, legalBasis, scenario, from, until, RequestState.SUBMITTED, false, now,
                access.caller().id(), state.txId(), due, null, null, null, null, null);
        state.index(DirectoryKeys.REQUEST_BY_OWNER, head.departmentCode(), requestId);
        state.index(DirectoryKeys.REQUEST_BY_REQUESTER, requesterCode, requestId);
        switch (entry.metadata().sharingType()) {
            case UNCONDITIONAL -> {
                final Grant grant = grants.grant(submitted, period == null ? GrantService.period(null, null, now) : period,
                        true);
                return decide(submitted, RequestState.APPROVED, SharingType.UNCONDITIONAL.decisionRule(),
                        "unconditional sharing", grant);
            }
            case NOT_SHARED -> {
                return decide(submitted, RequestState.REFUSED, SharingType.NOT_SHARED.decisionRule(),
                        "not shared: " + entry.metadata().legalBasis(), null);
            }
            default -> {
                state.put(key, submitted);
                state.index(DirectoryKeys.PENDING_REQUEST, head.departmentCode(), DirectoryKeys.sortable(due),
                        requestId);
                state.event(DirectoryTransaction.EVENT_REQUEST_SUBMITTED, event(submitted, null));
                return submitted;
            }
        }
    }

    /**
     * The owner's catalog administrator approves a pending request, making a grant. The grant starts at the given
     * start, else the requested one, else now; it ends at the given end, else {@code validDays} after its start
     * (never after the approval), else the requested end, else 365 days after its start.
     */
    SharingRequest approve(final ApproveSharingRequest input) {
        final String requestId = DirectoryInput.id("requestId", input.requestId());
        final Instant from = DirectoryInput.optionalInstant("validFrom", input.validFrom());
        final Instant until = DirectoryInput.optionalInstant("validUntil", input.validUntil());
        final Integer days = GrantService.optionalDays(input.validDays(), until);
        final String note = DirectoryInput.optionalText("note", input.note(), DirectoryInput.MAX_NOTE);
        final SharingRequest request = pendingForOwner(requestId, "approving a sharing request");
        final EntryHead head = store.head(request.entryCode());
        requirePublished(head);
        requireItemsInEntry(request.items(), store.version(head.latestVersionKey()));
        final Instant now = state.txTimestamp();
        final Instant start = from != null ? from : request.requestedValidFrom() != null ? request.requestedValidFrom()
                : now;
        final Instant end = until != null ? until
                : days != null ? start.plus(Duration.ofDays(days)) : request.requestedValidUntil();
        final Grant grant = grants.grant(request, GrantService.period(start, end, now), false);
        return decide(request, RequestState.APPROVED, access.caller().id(), note, grant);
    }

    /** The owner's catalog administrator refuses a pending request, giving a reason. */
    SharingRequest refuse(final RefuseSharingRequest input) {
        final String requestId = DirectoryInput.id("requestId", input.requestId());
        final String reason = DirectoryInput.ruleText("reason", input.reason(), DirectoryInput.MAX_NOTE);
        final SharingRequest request = pendingForOwner(requestId, "refusing a sharing request");
        if (reason == null) {
            throw Refusal.of(DirectoryError.REASON_REQUIRED, "refusing request %s needs a reason", requestId);
        }
        return decide(request, RequestState.REFUSED, access.caller().id(), reason, null);
    }

    /** The requesting department withdraws its pending request. */
    SharingRequest withdraw(final WithdrawSharingRequest input) {
        final String requestId = DirectoryInput.id("requestId", input.requestId());
        final String reason = DirectoryInput.optionalText("reason", input.reason(), DirectoryInput.MAX_NOTE);
        final SharingRequest request = store.request(requestId);
        access.requireRequester(store.department(request.requesterDepartmentCode()), "withdrawing a sharing request");
        requirePending(request);
        final SharingRequest withdrawn = settle(request, RequestState.WITHDRAWN, access.caller().id(), reason, null);
        state.event(DirectoryTransaction.EVENT_REQUEST_WITHDRAWN, event(withdrawn, null));
        return withdrawn;
    }

    SharingRequest get(final String requestId) {
        final SharingRequest request = store.request(DirectoryInput.id("requestId", requestId));
        access.requireReader("request " + requestId, store.department(request.ownerDepartmentCode()),
                store.department(request.requesterDepartmentCode()));
        return request;
    }

    private SharingRequest pendingForOwner(final String requestId, final String action) {
        final SharingRequest request = store.request(requestId);
        access.requireCatalogAdmin(store.department(request.ownerDepartmentCode()), action);
        requirePending(request);
        return request;
    }

    /** Settles and announces a decision; {@code decidedBy} is a person's identity, or a rule for automatic ones. */
    private SharingRequest decide(final SharingRequest request, final RequestState outcome, final String decidedBy,
            final String reason, final Grant grant) {
        final SharingRequest decided = settle(request, outcome, decidedBy, reason, grant);
        state.event(DirectoryTransaction.EVENT_REQUEST_DECIDED, event(decided, grant));
        return decided;
    }

    /** Writes the final state; a request that was pending leaves the pending index. */
    private SharingRequest settle(final SharingRequest request, final RequestState outcome, final String decidedBy,
            final String reason, final Grant grant) {
        final boolean automatic = decidedBy.startsWith(SharingType.RULE_PREFIX);
        final SharingRequest settled = new SharingRequest(request.requestId(), request.requesterDepartmentCode(),
                request.ownerDepartmentCode(), request.entryCode(), request.entryVersion(), request.items(),
                request.purpose(), request.legalBasis(), request.scenario(), request.requestedValidFrom(),
                request.requestedValidUntil(), outcome, automatic, request.submittedAt(), request.submittedBy(),
                request.submitTxId(), request.dueAt(), state.txTimestamp(), decidedBy, state.txId(), reason,
                grant == null ? null : grant.grantId());
        state.put(DirectoryKeys.request(state, request.requestId()), settled);
        if (!automatic) {
            state.unindex(DirectoryKeys.PENDING_REQUEST, request.ownerDepartmentCode(),
                    DirectoryKeys.sortable(request.dueAt()), request.requestId());
        }
        return settled;
    }

    private static RequestEvent event(final SharingRequest request, final Grant grant) {
        return new RequestEvent(request.requestId(), request.entryCode(), request.ownerDepartmentCode(),
                request.requesterDepartmentCode(), request.state(), request.automatic(), request.reason(),
                request.grantId(), request.items(), grant == null ? null : grant.validFrom(),
                grant == null ? null : grant.validUntil(), request.dueAt(),
                request.decisionTxId() == null ? request.submitTxId() : request.decisionTxId(),
                request.decidedAt() == null ? request.submittedAt() : request.decidedAt());
    }

    private static void requirePending(final SharingRequest request) {
        if (request.state() != RequestState.SUBMITTED) {
            throw Refusal.of(DirectoryError.REQUEST_NOT_PENDING, "request %s is %s", request.requestId(),
                    request.state());
        }
    }

    private static void requirePublished(final EntryHead head) {
        if (head.state() == PublicationState.RETIRED) {
            throw Refusal.of(DirectoryError.ENTRY_RETIRED, "entry %s is retired", head.code());
        }
        if (head.state() != PublicationState.PUBLISHED) {
            throw Refusal.of(DirectoryError.ENTRY_NOT_PUBLISHED, "entry %s is not published", head.code());
        }
    }

    private static void requireItemsInEntry(final List<String> items, final EntryVersion entry) {
        final Set<String> names = entry.metadata().items().stream().map(DataItem::name).collect(Collectors.toSet());
        for (final String item : items) {
            if (!names.contains(item)) {
                throw Refusal.of(DirectoryError.ITEM_NOT_IN_ENTRY, "entry %s has no data item '%s'", entry.code(),
                        item);
            }
        }
    }
}
