// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PartySide;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.RequestState;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.error.CommonError;

/**
 * The Beijing directory chain (目录链) in miniature: three municipal departments link duties to catalog
 * entries and data items, share data through requests and grants, and every step stays auditable.
 */
class BeijingScenarioTest extends DirectoryFixture {

    private static EntryMetadata socialOrganisations() {
        return metadata("社会组织登记信息", SharingType.CONDITIONAL, "仅限政务服务办理使用", null, List.of(CIVIL_DUTY),
                List.of("T-ORG"), item(USCC, "string"), item("社会组织名称", "string"), item("登记状态", "string"));
    }

    private List<String> departmentsHolding(final String itemName) {
        return page(ledger.evaluate(CIVIL_REQUESTER,
                ctx -> contract.entriesByItemName(ctx, json(new EntryQuery(itemName, null, null)))), EntryVersion.class)
                .items().stream().map(EntryVersion::departmentCode).distinct().sorted().toList();
    }

    @Test
    void three_departments_share_data_under_audit() {
        // The big-data bureau (regulator organisation) configures the chain; departments join with their duties.
        baseline();
        createAndPublish(MARKET_ADMIN, "SAMR-001", MARKET, registrations()); // 无条件共享
        createAndPublish(MARKET_ADMIN, "SAMR-002", MARKET, penalties()); // 有条件共享
        createAndPublish(CIVIL_ADMIN, "MCA-001", CIVIL, socialOrganisations()); // 有条件共享
        createAndPublish(POLICE_ADMIN, "PSB-001", POLICE, population()); // 不予共享

        // Civil affairs looks for who holds the unified social credit code.
        assertThat(departmentsHolding(USCC)).containsExactly(CIVIL, MARKET);

        // It requests the conditional penalty entry; market regulation approves with a 30-day grant.
        final SharingRequest submitted = submit(CIVIL_REQUESTER, "REQ-2026-001", CIVIL, "SAMR-002", USCC, "处罚内容");
        assertThat(submitted.state()).isEqualTo(RequestState.SUBMITTED);
        final Instant approvalTime = submitted.submittedAt().plusSeconds(1);
        final SharingRequest approved = approve(MARKET_ADMIN, "REQ-2026-001", approvalTime.plus(Duration.ofDays(30)));
        assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
        final Grant grant = grant(CIVIL_REQUESTER, approved.grantId());
        assertThat(Duration.between(grant.validFrom(), grant.validUntil())).isEqualTo(Duration.ofDays(30));

        // Two uses of the data are logged.
        final AccessLog first = logAccess(CIVIL_REQUESTER, grant.grantId(), USCC);
        ledger.advanceClock(Duration.ofDays(3));
        final AccessLog second = logAccess(CIVIL_REQUESTER, grant.grantId(), USCC, "处罚内容");

        // Public security asks civil affairs for social organisation data and is refused with a reason.
        submit(POLICE_REQUESTER, "REQ-2026-002", POLICE, "MCA-001", "社会组织名称");
        ledger.submit(CIVIL_ADMIN, ctx -> contract.refuseRequest(ctx,
                json(new RefuseSharingRequest("REQ-2026-002", "申请用途不属于共享条件所列政务服务事项"))));
        // ...and its own population register is not shared at all.
        assertThat(submit(MARKET_REQUESTER, "REQ-2026-003", MARKET, "PSB-001", "姓名").state())
                .isEqualTo(RequestState.REFUSED);

        // Market regulation revokes the grant; a later use cannot be logged.
        ledger.submit(MARKET_ADMIN, ctx -> contract.revokeGrant(ctx,
                json(new RevokeGrantRequest(grant.grantId(), "核查发现超出申请用途使用"))));
        assertRefused(DirectoryError.GRANT_REVOKED, CIVIL_REQUESTER, ctx -> contract.logAccess(ctx,
                json(new LogAccessRequest(grant.grantId(), List.of(USCC), "再次核验"))));

        // Market regulation revises its penalty entry; the history keeps every version with its transaction.
        final EntryMetadata p = penalties();
        final EntryMetadata revised = metadata(p.title(), p.sharingType(), "仅用于监管执法、信用评价与信用修复",
                null, p.dutyIds(), p.themeCodes(), p.items().toArray(org.tracechain.model.directory.DataItem[]::new));
        ledger.submit(MARKET_ADMIN, ctx -> contract.reviseEntry(ctx,
                json(new ReviseEntryRequest("SAMR-002", revised, "增加信用修复用途", null))));
        final List<EntryVersion> history = list(ledger.evaluate(AUDITOR, ctx -> contract.entryHistory(ctx, "SAMR-002")),
                new TypeReference<List<EntryVersion>>() {});
        assertThat(history).extracting(EntryVersion::version).containsExactly(1, 2, 3);
        assertThat(history).extracting(EntryVersion::state)
                .containsExactly(PublicationState.DRAFT, PublicationState.PUBLISHED, PublicationState.PUBLISHED);
        assertThat(history.get(1).metadata().sharingConditions()).isEqualTo("仅用于监管执法与信用评价");
        assertThat(history.get(2).metadata().sharingConditions()).isEqualTo("仅用于监管执法、信用评价与信用修复");
        assertThat(history).extracting(EntryVersion::txId).doesNotHaveDuplicates();

        // Civil affairs cannot edit an entry it does not own.
        assertRefused(CommonError.ACCESS_DENIED, CIVIL_ADMIN, ctx -> contract.reviseEntry(ctx,
                json(new ReviseEntryRequest("SAMR-002", socialOrganisations(), "越权修改", null))));

        // The auditor sees all of it: requests on both sides, the revoked grant, both access logs.
        final var marketRequests = page(ledger.evaluate(AUDITOR, ctx -> contract.requestsByDepartment(ctx,
                json(new PartyQuery(MARKET, PartySide.OWNER, null, null)))), SharingRequest.class).items();
        final var civilRequests = page(ledger.evaluate(AUDITOR, ctx -> contract.requestsByDepartment(ctx,
                json(new PartyQuery(CIVIL, PartySide.OWNER, null, null)))), SharingRequest.class).items();
        final var policeRequests = page(ledger.evaluate(AUDITOR, ctx -> contract.requestsByDepartment(ctx,
                json(new PartyQuery(POLICE, PartySide.OWNER, null, null)))), SharingRequest.class).items();
        assertThat(marketRequests).extracting(SharingRequest::requestId, SharingRequest::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REQ-2026-001", RequestState.APPROVED));
        assertThat(civilRequests).extracting(SharingRequest::state).containsExactly(RequestState.REFUSED);
        assertThat(civilRequests.get(0).reason()).isEqualTo("申请用途不属于共享条件所列政务服务事项");
        assertThat(policeRequests).extracting(SharingRequest::automatic).containsExactly(true);
        final var grants = page(ledger.evaluate(AUDITOR, ctx -> contract.grantsByDepartment(ctx,
                json(new PartyQuery(CIVIL, PartySide.REQUESTER, null, null)))), Grant.class).items();
        assertThat(grants).singleElement().satisfies(g -> {
            assertThat(g.revocationReason()).isEqualTo("核查发现超出申请用途使用");
            assertThat(g.allowsAccessAt(second.accessedAt())).isFalse();
        });
        final var logs = page(ledger.evaluate(AUDITOR, ctx -> contract.accessLogsByDepartment(ctx,
                json(new AccessLogQuery(null, MARKET, first.accessedAt(), second.accessedAt().plusSeconds(1), null,
                        null)))), AccessLog.class).items();
        assertThat(logs).containsExactly(first, second);
        assertThat(ledger.events()).extracting(InMemoryLedger.Event::name).containsSubsequence("EntryPublished",
                "RequestSubmitted", "RequestDecided", "RequestSubmitted", "RequestDecided", "RequestDecided",
                "GrantRevoked", "EntryRevised");
    }
}
