// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DepartmentQuery;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.GrantEvent;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PartySide;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.RequestEvent;
import org.tracechain.model.directory.RequestState;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.WithdrawSharingRequest;
import org.tracechain.model.error.CommonError;

class SharingAndGrantTest extends DirectoryFixture {

    @BeforeEach
    void setUp() {
        catalog();
    }

    private String submitJson(final String requestId, final String entry, final List<String> items,
            final String legalBasis) {
        return json(new SubmitSharingRequest(requestId, CIVIL, entry, items, "社会组织年检", legalBasis, "年检", null, null));
    }

    private <T> T lastEvent(final String name, final Class<T> type) {
        final var event = ledger.events().get(ledger.events().size() - 1);
        assertThat(event.name()).isEqualTo(name);
        return decode(new String(event.payload(), StandardCharsets.UTF_8), type);
    }

    private List<String> pendingIds(final String query) {
        return page(query, SharingRequest.class).items().stream().map(SharingRequest::requestId).toList();
    }

    @Test
    void unconditional_entry_is_granted_on_submission() {
        final SharingRequest request = submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-001", USCC, "企业名称");

        assertThat(request.state()).isEqualTo(RequestState.APPROVED);
        assertThat(request.automatic()).isTrue();
        // Decided by the rule of the owner's entry, not by the requester who submitted it.
        assertThat(request.decidedBy()).isEqualTo("rule:UNCONDITIONAL").isNotEqualTo(request.submittedBy());
        assertThat(request.grantId()).isEqualTo("R1");
        final Grant grant = grant(CIVIL_PLAIN, "R1");
        assertThat(grant.items()).containsExactly(USCC, "企业名称");
        assertThat(Duration.between(grant.validFrom(), grant.validUntil())).isEqualTo(Duration.ofDays(365));
        final RequestEvent event = lastEvent("RequestDecided", RequestEvent.class);
        assertThat(event.automatic()).isTrue();
        assertThat(event.state()).isEqualTo(RequestState.APPROVED);
        assertThat(event.ownerDepartmentCode()).isEqualTo(MARKET);
        assertThat(event.entryCode()).isEqualTo("SAMR-001");
        assertThat(pendingIds(ledger.evaluate(MARKET_ADMIN,
                ctx -> contract.pendingRequests(ctx, json(new DepartmentQuery(MARKET, null, null)))))).isEmpty();
    }

    @Test
    void not_shared_entry_is_refused_on_submission_with_its_legal_basis() {
        final SharingRequest request = submit(CIVIL_REQUESTER, "R1", CIVIL, "PSB-001", "姓名");

        assertThat(request.state()).isEqualTo(RequestState.REFUSED);
        assertThat(request.automatic()).isTrue();
        assertThat(request.decidedBy()).isEqualTo(SharingType.NOT_SHARED.decisionRule());
        assertThat(request.reason()).contains("《中华人民共和国居民身份证法》第十九条");
        assertThat(request.grantId()).isNull();
        assertThat(lastEvent("RequestDecided", RequestEvent.class).state()).isEqualTo(RequestState.REFUSED);
        assertQueryRefused(DirectoryError.GRANT_NOT_FOUND, CIVIL_PLAIN, ctx -> contract.getGrant(ctx, "R1"));
    }

    @Test
    void conditional_request_waits_with_a_due_date_and_is_approved_with_a_grant() {
        final SharingRequest request = submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC, "处罚内容");

        assertThat(request.state()).isEqualTo(RequestState.SUBMITTED);
        // Submitted Thu 2026-01-01 08:00 Beijing time: 10 working days later is Thu 2026-01-15.
        assertThat(request.dueAt()).isEqualTo(WorkingDays.after(request.submittedAt(), 10));
        assertThat(request.dueAt()).isEqualTo(request.submittedAt().plus(Duration.ofDays(14)));
        assertThat(lastEvent("RequestSubmitted", RequestEvent.class).dueAt()).isEqualTo(request.dueAt());
        assertThat(pendingIds(ledger.evaluate(MARKET_ADMIN,
                ctx -> contract.pendingRequests(ctx, json(new DepartmentQuery(MARKET, null, null)))))).containsExactly("R1");

        final Instant until = request.submittedAt().plus(Duration.ofDays(30));
        final SharingRequest approved = approve(MARKET_ADMIN, "R1", until);

        assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
        assertThat(approved.automatic()).isFalse();
        assertThat(approved.decidedBy()).isEqualTo(
                "x509::CN=market-admin, OU=client, O=MarketMSP::CN=ca.marketmsp, O=MarketMSP");
        assertThat(grant(CIVIL_PLAIN, "R1").validUntil()).isEqualTo(until);
        assertThat(lastEvent("RequestDecided", RequestEvent.class).validUntil()).isEqualTo(until);
        assertThat(pendingIds(ledger.evaluate(MARKET_ADMIN,
                ctx -> contract.pendingRequests(ctx, json(new DepartmentQuery(MARKET, null, null)))))).isEmpty();
        assertThat(page(ledger.evaluate(CIVIL_PLAIN, ctx -> contract.grantsByDepartment(ctx,
                json(new PartyQuery(CIVIL, PartySide.REQUESTER, null, null)))), Grant.class).items())
                .extracting(Grant::grantId).containsExactly("R1");
    }

    @Test
    void refusal_needs_a_reason_and_withdrawal_the_requester() {
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC);
        submit(CIVIL_REQUESTER, "R2", CIVIL, "SAMR-002", USCC);

        assertRefused(DirectoryError.REASON_REQUIRED, MARKET_ADMIN,
                ctx -> contract.refuseRequest(ctx, json(new RefuseSharingRequest("R1", " "))));
        final SharingRequest refused = decode(ledger.submit(MARKET_ADMIN,
                ctx -> contract.refuseRequest(ctx, json(new RefuseSharingRequest("R1", "用途与共享条件不符")))),
                SharingRequest.class);
        assertThat(refused.state()).isEqualTo(RequestState.REFUSED);
        assertThat(refused.reason()).isEqualTo("用途与共享条件不符");
        assertThat(lastEvent("RequestDecided", RequestEvent.class).reason()).isEqualTo("用途与共享条件不符");

        assertRefused(CommonError.ACCESS_DENIED, MARKET_ADMIN,
                ctx -> contract.withdrawRequest(ctx, json(new WithdrawSharingRequest("R2", null))));
        assertRefused(CommonError.ACCESS_DENIED, CIVIL_PLAIN,
                ctx -> contract.withdrawRequest(ctx, json(new WithdrawSharingRequest("R2", null))));
        final SharingRequest withdrawn = decode(ledger.submit(CIVIL_REQUESTER,
                ctx -> contract.withdrawRequest(ctx, json(new WithdrawSharingRequest("R2", "不再需要")))),
                SharingRequest.class);
        assertThat(withdrawn.state()).isEqualTo(RequestState.WITHDRAWN);
        assertThat(lastEvent("RequestWithdrawn", RequestEvent.class).requestId()).isEqualTo("R2");

        for (final String id : List.of("R1", "R2")) {
            assertRefused(DirectoryError.REQUEST_NOT_PENDING, MARKET_ADMIN,
                    ctx -> contract.approveRequest(ctx, json(new ApproveSharingRequest(id, null, null, null))));
            assertRefused(DirectoryError.REQUEST_NOT_PENDING, MARKET_ADMIN,
                    ctx -> contract.refuseRequest(ctx, json(new RefuseSharingRequest(id, "x"))));
            assertRefused(DirectoryError.REQUEST_NOT_PENDING, CIVIL_REQUESTER,
                    ctx -> contract.withdrawRequest(ctx, json(new WithdrawSharingRequest(id, null))));
        }
    }

    @Test
    void submission_rules() {
        assertRefused(DirectoryError.ITEM_NOT_IN_ENTRY, CIVIL_REQUESTER,
                ctx -> contract.submitRequest(ctx, submitJson("R1", "SAMR-002", List.of(USCC, "身份证"), "b")));
        assertRefused(DirectoryError.ITEMS_REQUIRED, CIVIL_REQUESTER,
                ctx -> contract.submitRequest(ctx, submitJson("R1", "SAMR-002", List.of(), "b")));
        assertRefused(CommonError.DUPLICATE_VALUE, CIVIL_REQUESTER,
                ctx -> contract.submitRequest(ctx, submitJson("R1", "SAMR-002", List.of(USCC, USCC), "b")));
        assertRefused(DirectoryError.LEGAL_BASIS_REQUIRED, CIVIL_REQUESTER,
                ctx -> contract.submitRequest(ctx, submitJson("R1", "SAMR-002", List.of(USCC), null)));
        assertRefused(DirectoryError.ENTRY_NOT_FOUND, CIVIL_REQUESTER,
                ctx -> contract.submitRequest(ctx, submitJson("R1", "NOPE", List.of(USCC), "b")));
        assertRefused(DirectoryError.REQUEST_OWN_ENTRY, MARKET_REQUESTER, ctx -> contract.submitRequest(ctx,
                json(new SubmitSharingRequest("R1", MARKET, "SAMR-002", List.of(USCC), "p", "b", null, null, null))));
        assertRefused(CommonError.ACCESS_DENIED, CIVIL_PLAIN,
                ctx -> contract.submitRequest(ctx, submitJson("R1", "SAMR-002", List.of(USCC), "b")));
        assertRefused(CommonError.ACCESS_DENIED, POLICE_REQUESTER,
                ctx -> contract.submitRequest(ctx, submitJson("R1", "SAMR-002", List.of(USCC), "b")));
        assertRefused(DirectoryError.DEPARTMENT_NOT_FOUND, CIVIL_REQUESTER, ctx -> contract.submitRequest(ctx,
                json(new SubmitSharingRequest("R1", "NOPE", "SAMR-002", List.of(USCC), "p", "b", null, null, null))));
        assertRefused(DirectoryError.INVALID_VALIDITY, CIVIL_REQUESTER, ctx -> contract.submitRequest(ctx,
                json(new SubmitSharingRequest("R1", CIVIL, "SAMR-002", List.of(USCC), "p", "b", null,
                        Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")))));
        assertRefused(DirectoryError.INVALID_VALIDITY, CIVIL_REQUESTER, ctx -> contract.submitRequest(ctx,
                json(new SubmitSharingRequest("R1", CIVIL, "SAMR-002", List.of(USCC), "p", "b", null, null,
                        Instant.parse("2036-01-01T00:00:00Z")))));
        assertRefused(CommonError.INVALID_FIELD, CIVIL_REQUESTER, ctx -> contract.submitRequest(ctx,
                json(new SubmitSharingRequest("R1", CIVIL, "SAMR-002", List.of(USCC), "p", "b", null, null,
                        Instant.parse("2999-01-01T00:00:00Z")))));
        ledger.submit(MARKET_ADMIN, ctx -> contract.createEntry(ctx, json(new CreateEntryRequest("SAMR-005", MARKET,
                penalties(), null))));
        assertRefused(DirectoryError.ENTRY_NOT_PUBLISHED, CIVIL_REQUESTER,
                ctx -> contract.submitRequest(ctx, submitJson("R1", "SAMR-005", List.of(USCC), "b")));
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC);
        assertRefused(DirectoryError.REQUEST_ALREADY_EXISTS, CIVIL_REQUESTER,
                ctx -> contract.submitRequest(ctx, submitJson("R1", "SAMR-002", List.of(USCC), "b")));
        ledger.submit(MARKET_ADMIN,
                ctx -> contract.retireEntry(ctx, json(new RetireEntryRequest("SAMR-002", "合并", null))));
        assertRefused(DirectoryError.ENTRY_RETIRED, CIVIL_REQUESTER,
                ctx -> contract.submitRequest(ctx, submitJson("R2", "SAMR-002", List.of(USCC), "b")));
        assertRefused(DirectoryError.ENTRY_RETIRED, MARKET_ADMIN,
                ctx -> contract.approveRequest(ctx, json(new ApproveSharingRequest("R1", null, null, null))));
    }

    @Test
    void only_the_owner_decides() {
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC);
        for (final var who : List.of(CIVIL_ADMIN, CIVIL_REQUESTER, MARKET_REQUESTER, AUDITOR, POLICE_ADMIN)) {
            assertRefused(CommonError.ACCESS_DENIED, who,
                    ctx -> contract.approveRequest(ctx, json(new ApproveSharingRequest("R1", null, null, null))));
            assertRefused(CommonError.ACCESS_DENIED, who,
                    ctx -> contract.refuseRequest(ctx, json(new RefuseSharingRequest("R1", "x"))));
        }
        assertRefused(DirectoryError.REQUEST_NOT_FOUND, MARKET_ADMIN,
                ctx -> contract.approveRequest(ctx, json(new ApproveSharingRequest("NOPE", null, null, null))));
        assertRefused(DirectoryError.INVALID_VALIDITY, MARKET_ADMIN, ctx -> contract.approveRequest(ctx,
                json(new ApproveSharingRequest("R1", null, Instant.parse("2025-06-01T00:00:00Z"), null))));
    }

    @Test
    void approval_days_count_from_the_grants_start_not_from_the_approval() {
        final Instant start = Instant.parse("2026-03-01T00:00:00Z");
        ledger.submit(CIVIL_REQUESTER, ctx -> contract.submitRequest(ctx, json(new SubmitSharingRequest("R1", CIVIL,
                "SAMR-002", List.of(USCC), "核验", "《社会团体登记管理条例》第二十八条", null, start, null))));
        final SharingRequest approved = decode(ledger.submit(MARKET_ADMIN, ctx -> contract.approveRequest(ctx,
                json(new ApproveSharingRequest("R1", null, null, 30, null)))), SharingRequest.class);

        final Grant grant = grant(CIVIL_PLAIN, "R1");
        assertThat(grant.validFrom()).isEqualTo(start);
        assertThat(grant.validUntil()).isEqualTo(start.plus(Duration.ofDays(30)));
        assertThat(approved.decidedAt()).isBefore(start);

        // Without any start, the grant starts at the approval and the days count from there.
        submit(CIVIL_REQUESTER, "R2", CIVIL, "SAMR-002", USCC);
        final SharingRequest now = decode(ledger.submit(MARKET_ADMIN, ctx -> contract.approveRequest(ctx,
                json(new ApproveSharingRequest("R2", null, null, 7, null)))), SharingRequest.class);
        assertThat(grant(CIVIL_PLAIN, "R2").validFrom()).isEqualTo(now.decidedAt());
        assertThat(grant(CIVIL_PLAIN, "R2").validUntil()).isEqualTo(now.decidedAt().plus(Duration.ofDays(7)));
    }

    @Test
    void approval_days_are_bounded_and_exclusive_with_an_explicit_end() {
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC);
        for (final int days : List.of(0, -1, 1099)) {
            assertRefused(DirectoryError.INVALID_VALIDITY, MARKET_ADMIN, ctx -> contract.approveRequest(ctx,
                    json(new ApproveSharingRequest("R1", null, null, days, null))));
        }
        assertRefused(DirectoryError.INVALID_VALIDITY, MARKET_ADMIN, ctx -> contract.approveRequest(ctx,
                json(new ApproveSharingRequest("R1", null, Instant.parse("2026-06-01T00:00:00Z"), 30, null))));
    }

    @Test
    void overdue_requests_use_the_query_timestamp_as_now() {
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC);
        ledger.advanceClock(Duration.ofDays(5));
        submit(CIVIL_REQUESTER, "R2", CIVIL, "SAMR-002", USCC);
        final String query = json(new DepartmentQuery(MARKET, null, null));

        assertThat(pendingIds(ledger.evaluate(MARKET_ADMIN, ctx -> contract.overdueRequests(ctx, query)))).isEmpty();
        ledger.advanceClock(Duration.ofDays(10));
        assertThat(pendingIds(ledger.evaluate(MARKET_ADMIN, ctx -> contract.overdueRequests(ctx, query))))
                .containsExactly("R1");
        ledger.advanceClock(Duration.ofDays(10));
        assertThat(pendingIds(ledger.evaluate(AUDITOR, ctx -> contract.overdueRequests(ctx, query))))
                .containsExactly("R1", "R2");
        assertThat(pendingIds(ledger.evaluate(MARKET_ADMIN, ctx -> contract.pendingRequests(ctx, query))))
                .containsExactly("R1", "R2");
        assertQueryRefused(CommonError.ACCESS_DENIED, CIVIL_ADMIN, ctx -> contract.overdueRequests(ctx, query));
        assertQueryRefused(CommonError.ACCESS_DENIED, POLICE_AUDITOR, ctx -> contract.pendingRequests(ctx, query));
    }

    @Test
    void access_is_logged_only_under_a_valid_grant_within_its_scope() {
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC, "处罚内容");
        final Instant start = ledger.evaluate(CIVIL_PLAIN, ctx -> ctx.getStub().getTxTimestamp());
        ledger.submit(MARKET_ADMIN, ctx -> contract.approveRequest(ctx, json(new ApproveSharingRequest("R1",
                start.plus(Duration.ofDays(1)), start.plus(Duration.ofDays(31)), "同意"))));

        assertRefused(DirectoryError.GRANT_NOT_YET_VALID, CIVIL_REQUESTER,
                ctx -> contract.logAccess(ctx, json(new LogAccessRequest("R1", List.of(USCC), "核验"))));
        ledger.advanceClock(Duration.ofDays(2));
        final AccessLog log = logAccess(CIVIL_REQUESTER, "R1", USCC);
        assertThat(log.requesterDepartmentCode()).isEqualTo(CIVIL);
        assertThat(log.ownerDepartmentCode()).isEqualTo(MARKET);

        assertRefused(DirectoryError.ITEM_NOT_GRANTED, CIVIL_REQUESTER,
                ctx -> contract.logAccess(ctx, json(new LogAccessRequest("R1", List.of("处罚决定书文号"), "核验"))));
        assertRefused(CommonError.ACCESS_DENIED, MARKET_ADMIN,
                ctx -> contract.logAccess(ctx, json(new LogAccessRequest("R1", List.of(USCC), "核验"))));
        assertRefused(CommonError.ACCESS_DENIED, CIVIL_PLAIN,
                ctx -> contract.logAccess(ctx, json(new LogAccessRequest("R1", List.of(USCC), "核验"))));
        assertRefused(CommonError.INVALID_FIELD, CIVIL_REQUESTER,
                ctx -> contract.logAccess(ctx, json(new LogAccessRequest("R1", List.of(USCC), null))));
        assertRefused(DirectoryError.GRANT_NOT_FOUND, CIVIL_REQUESTER,
                ctx -> contract.logAccess(ctx, json(new LogAccessRequest("NOPE", List.of(USCC), "核验"))));
        ledger.advanceClock(Duration.ofDays(30));
        assertRefused(DirectoryError.GRANT_EXPIRED, CIVIL_REQUESTER,
                ctx -> contract.logAccess(ctx, json(new LogAccessRequest("R1", List.of(USCC), "核验"))));
        assertThat(page(ledger.evaluate(MARKET_ADMIN,
                ctx -> contract.accessLogsByGrant(ctx, json(new AccessLogQuery("R1", null, null, null, null, null)))),
                AccessLog.class).items()).containsExactly(log);
    }

    @Test
    void revoked_grant_allows_no_further_access() {
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-001", USCC);
        logAccess(CIVIL_REQUESTER, "R1", USCC);

        assertRefused(CommonError.ACCESS_DENIED, CIVIL_ADMIN,
                ctx -> contract.revokeGrant(ctx, json(new RevokeGrantRequest("R1", "x"))));
        assertRefused(DirectoryError.REASON_REQUIRED, MARKET_ADMIN,
                ctx -> contract.revokeGrant(ctx, json(new RevokeGrantRequest("R1", null))));
        final Grant revoked = decode(ledger.submit(MARKET_ADMIN,
                ctx -> contract.revokeGrant(ctx, json(new RevokeGrantRequest("R1", "超范围使用")))), Grant.class);

        assertThat(revoked.revocationReason()).isEqualTo("超范围使用");
        assertThat(revoked.allowsAccessAt(revoked.revokedAt())).isFalse();
        final GrantEvent event = lastEvent("GrantRevoked", GrantEvent.class);
        assertThat(event.requesterDepartmentCode()).isEqualTo(CIVIL);
        assertThat(event.entryCode()).isEqualTo("SAMR-001");
        assertRefused(DirectoryError.GRANT_REVOKED, CIVIL_REQUESTER,
                ctx -> contract.logAccess(ctx, json(new LogAccessRequest("R1", List.of(USCC), "核验"))));
        assertRefused(DirectoryError.GRANT_REVOKED, MARKET_ADMIN,
                ctx -> contract.revokeGrant(ctx, json(new RevokeGrantRequest("R1", "again"))));
    }

    @Test
    void retired_entry_allows_no_further_access() {
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-001", USCC);
        ledger.submit(MARKET_ADMIN, ctx -> contract.retireEntry(ctx, json(new RetireEntryRequest("SAMR-001", "停用", null))));

        assertRefused(DirectoryError.ENTRY_RETIRED, CIVIL_REQUESTER,
                ctx -> contract.logAccess(ctx, json(new LogAccessRequest("R1", List.of(USCC), "核验"))));
    }

    @Test
    void requests_grants_and_logs_are_visible_to_the_parties_regulators_and_auditors_only() {
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-001", USCC);
        final String logId = logAccess(CIVIL_REQUESTER, "R1", USCC).logId();

        for (final var reader : List.of(MARKET_ADMIN, CIVIL_PLAIN, AUDITOR, REGULATOR_ADMIN)) {
            assertThat(ledger.<String>evaluate(reader, ctx -> contract.getRequest(ctx, "R1"))).contains("\"requestId\":\"R1\"");
            assertThat(ledger.<String>evaluate(reader, ctx -> contract.getGrant(ctx, "R1"))).contains("\"grantId\":\"R1\"");
            assertThat(ledger.<String>evaluate(reader, ctx -> contract.getAccessLog(ctx, logId))).contains(logId);
        }
        // Role attributes are minted by each organisation: an auditor of an unlisted organisation is no auditor.
        for (final var outsider : List.of(POLICE_ADMIN, POLICE_AUDITOR)) {
            assertQueryRefused(CommonError.ACCESS_DENIED, outsider, ctx -> contract.getRequest(ctx, "R1"));
            assertQueryRefused(CommonError.ACCESS_DENIED, outsider, ctx -> contract.getGrant(ctx, "R1"));
            assertQueryRefused(CommonError.ACCESS_DENIED, outsider, ctx -> contract.getAccessLog(ctx, logId));
            assertQueryRefused(CommonError.ACCESS_DENIED, outsider, ctx -> contract.accessLogsByGrant(ctx,
                    json(new AccessLogQuery("R1", null, null, null, null, null))));
            assertQueryRefused(CommonError.ACCESS_DENIED, outsider, ctx -> contract.requestsByDepartment(ctx,
                    json(new PartyQuery(CIVIL, PartySide.REQUESTER, null, null))));
        }
        assertQueryRefused(DirectoryError.REQUEST_NOT_FOUND, AUDITOR, ctx -> contract.getRequest(ctx, "NOPE"));
        assertQueryRefused(DirectoryError.ACCESS_LOG_NOT_FOUND, AUDITOR, ctx -> contract.getAccessLog(ctx, "NOPE"));
    }
}
