// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.CommitFailedException;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.directory.DirectoryChange;
import org.tracechain.client.directory.DirectoryFollower;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.OpenAttribute;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PartySide;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.RequestState;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.model.directory.SharingMethod;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.UpdateCycle;
import org.tracechain.model.error.CommonError;

/**
 * The Beijing directory chain (目录链) on the live network, through the typed {@link GovDirectory} client: market
 * regulation (regulator organisation), civil affairs (civil) and public security (security) publish catalog
 * entries, share data through requests and grants, and the regulator's auditor sees all of it. Every id is
 * unique to the run, so the test also passes on a kept ledger.
 */
@ExtendWith(LiveNetworkExtension.class)
@Order(3)
class BeijingCaseIT {

    private static final String REGULATOR_MSP = "RegulatorMSP";
    private static final String CIVIL_MSP = "CivilAffairsMSP";
    private static final String SECURITY_MSP = "PublicSecurityMSP";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void three_departments_share_data_under_audit(
            @Identity(org = "regulator", user = "cataloger") final LedgerClient marketAdminClient,
            @Identity(org = "regulator", user = "requester") final LedgerClient marketClerkClient,
            @Identity(org = "regulator", user = "auditor") final LedgerClient auditorClient,
            @Identity(org = "civil", user = "cataloger") final LedgerClient civilAdminClient,
            @Identity(org = "civil", user = "requester") final LedgerClient civilClerkClient,
            @Identity(org = "security", user = "cataloger") final LedgerClient policeAdminClient,
            @Identity(org = "security", user = "requester") final LedgerClient policeClerkClient) throws Exception {
        final GovDirectory marketAdmin = GovDirectory.of(marketAdminClient);
        final GovDirectory marketClerk = GovDirectory.of(marketClerkClient);
        final GovDirectory auditor = GovDirectory.of(auditorClient);
        final GovDirectory civilAdmin = GovDirectory.of(civilAdminClient);
        final GovDirectory civilClerk = GovDirectory.of(civilClerkClient);
        final GovDirectory policeAdmin = GovDirectory.of(policeAdminClient);
        final GovDirectory policeClerk = GovDirectory.of(policeClerkClient);
        // An item name of this run only, so the search below finds exactly this run's entries.
        final String uscc = "统一社会信用代码-" + Ids.unique("U");

        // Three departments join with their duties.
        final String market = department(marketAdmin, "SAMR", "北京市市场监督管理局");
        final String civil = department(civilAdmin, "MCA", "北京市民政局");
        final String police = department(policeAdmin, "PSB", "北京市公安局");
        final String marketDuty = duty(marketAdmin, market, "市场主体登记注册", "《中华人民共和国市场主体登记管理条例》");
        final String civilDuty = duty(civilAdmin, civil, "社会组织登记管理", "《社会团体登记管理条例》");
        final String policeDuty = duty(policeAdmin, police, "户籍管理", "《中华人民共和国户口登记条例》");

        // Entries of all three sharing types.
        final String registrations = Ids.unique("SAMR-E");
        final String penalties = Ids.unique("SAMR-E");
        final String organisations = Ids.unique("MCA-E");
        final String population = Ids.unique("PSB-E");
        createAndPublish(marketAdmin, registrations, market, metadata("企业登记信息", SharingType.UNCONDITIONAL, null,
                null, marketDuty, item(uscc), item("企业名称"), item("成立日期")));
        final EntryMetadata penaltyMetadata = metadata("企业行政处罚信息", SharingType.CONDITIONAL, "仅用于监管执法与信用评价",
                null, marketDuty, item(uscc), item("处罚决定书文号"), item("处罚内容"));
        final List<Committed<EntryVersion>> penaltyVersions = createAndPublish(marketAdmin, penalties, market,
                penaltyMetadata);
        createAndPublish(civilAdmin, organisations, civil, metadata("社会组织登记信息", SharingType.CONDITIONAL,
                "仅限政务服务办理使用", null, civilDuty, item(uscc), item("社会组织名称")));
        final Committed<EntryVersion> lastPublished = createAndPublish(policeAdmin, population, police,
                metadata("人口户籍信息", SharingType.NOT_SHARED, null, "《中华人民共和国居民身份证法》第十九条",
                        policeDuty, item("公民身份号码"), item("姓名"))).get(1);
        // Each department reads and endorses through its own peer: wait until every peer has the entries.
        for (final LedgerClient peer : List.of(marketClerkClient, civilClerkClient, policeClerkClient)) {
            seen(peer, lastPublished);
        }

        // Civil affairs searches who holds the unified social credit code.
        assertThat(civilClerk.entriesByItemName(new EntryQuery(uscc, 50, null)).items())
                .extracting(EntryVersion::code).containsExactlyInAnyOrder(registrations, penalties, organisations);

        // It requests the conditional penalty entry; market regulation approves a 30-day grant.
        final String grantRequest = Ids.unique("REQ");
        final Committed<SharingRequest> submitted = civilClerk.submitRequest(new SubmitSharingRequest(grantRequest,
                civil, penalties, List.of(uscc, "处罚内容"), "办理社会组织年检", "《社会团体登记管理条例》第二十八条", "年检核验",
                null, null));
        assertThat(submitted.value().state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(submitted.value().submitTxId()).isEqualTo(submitted.transactionId());
        final Instant validFrom = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        final Committed<SharingRequest> approved = marketAdmin.approveRequest(new ApproveSharingRequest(grantRequest,
                validFrom, validFrom.plus(Duration.ofDays(30)), "同意，限年检使用"));
        assertThat(approved.value().state()).isEqualTo(RequestState.APPROVED);
        seen(civilClerkClient, approved);
        final Grant grant = civilClerk.getGrant(approved.value().grantId());
        assertThat(Duration.between(grant.validFrom(), grant.validUntil())).isEqualTo(Duration.ofDays(30));
        assertThat(grant.grantTxId()).isEqualTo(approved.transactionId());

        // Two uses of the data are logged.
        final Committed<AccessLog> firstUse = civilClerk.logAccess(new LogAccessRequest(grant.grantId(),
                List.of(uscc), "年检核验"));
        final Committed<AccessLog> secondUse = civilClerk.logAccess(new LogAccessRequest(grant.grantId(),
                List.of(uscc, "处罚内容"), "信用核查"));
        assertThat(firstUse.value().txId()).isEqualTo(firstUse.transactionId());

        // Public security asks civil affairs and is refused with a reason; its own register is never shared,
        // and market regulation's unconditional registrations are granted at once.
        final String refusedRequest = Ids.unique("REQ");
        policeClerk.submitRequest(new SubmitSharingRequest(refusedRequest, police, organisations,
                List.of("社会组织名称"), "治安管理核查", "《中华人民共和国治安管理处罚法》", null, null, null));
        final Committed<SharingRequest> refused = civilAdmin.refuseRequest(new RefuseSharingRequest(refusedRequest,
                "申请用途不属于共享条件所列政务服务事项"));
        assertThat(refused.value().state()).isEqualTo(RequestState.REFUSED);
        final Committed<SharingRequest> notShared = marketClerk.submitRequest(new SubmitSharingRequest(
                Ids.unique("REQ"), market, population, List.of("姓名"), "企业法人核验", null, null, null, null));
        assertThat(notShared.value().state()).isEqualTo(RequestState.REFUSED);
        assertThat(notShared.value().automatic()).isTrue();
        final Committed<SharingRequest> unconditional = policeClerk.submitRequest(new SubmitSharingRequest(
                Ids.unique("REQ"), police, registrations, List.of("企业名称"), "案件协查", null, null, null, null));
        assertThat(unconditional.value().state()).isEqualTo(RequestState.APPROVED);

        // Market regulation revokes the grant; a later use is refused with the code and a transaction id.
        final Committed<Grant> revoked = marketAdmin.revokeGrant(new RevokeGrantRequest(grant.grantId(),
                "核查发现超出申请用途使用"));
        assertThat(revoked.value().revokeTxId()).isEqualTo(revoked.transactionId());
        seen(civilClerkClient, revoked);
        assertThatThrownBy(() -> civilClerk.logAccess(new LogAccessRequest(grant.grantId(), List.of(uscc), "再次核验")))
                .isInstanceOfSatisfying(TransactionRefusedException.class, e -> {
                    assertThat(e.code()).hasValue(DirectoryError.GRANT_REVOKED.name());
                    assertThat(e.hasCode(DirectoryError.GRANT_REVOKED)).isTrue();
                    assertThat(e.transactionId()).isPresent();
                });

        // Market regulation revises the penalty entry; the history keeps both published versions with their txs.
        final EntryMetadata revisedMetadata = withConditions(penaltyMetadata, "仅用于监管执法、信用评价与信用修复");
        final Committed<EntryVersion> revision = marketAdmin.reviseEntry(new ReviseEntryRequest(penalties,
                revisedMetadata, "增加信用修复用途", 2));
        final List<EntryVersion> history = auditor.entryHistory(penalties);
        assertThat(history).extracting(EntryVersion::version, EntryVersion::state, EntryVersion::txId).containsExactly(
                tuple(1, PublicationState.DRAFT, penaltyVersions.get(0).transactionId()),
                tuple(2, PublicationState.PUBLISHED, penaltyVersions.get(1).transactionId()),
                tuple(3, PublicationState.PUBLISHED, revision.transactionId()));
        assertThat(history.get(1).metadata().sharingConditions()).isEqualTo("仅用于监管执法与信用评价");
        assertThat(history.get(2).metadata().sharingConditions()).isEqualTo("仅用于监管执法、信用评价与信用修复");

        // Civil affairs cannot edit an entry it does not own: its chaincode check refuses at endorsement.
        assertThatThrownBy(() -> civilAdmin.reviseEntry(new ReviseEntryRequest(penalties,
                withConditions(penaltyMetadata, "越权修改"), "越权修改", null)))
                .isInstanceOfSatisfying(TransactionRefusedException.class, e -> {
                    assertThat(e.code()).hasValue(CommonError.ACCESS_DENIED.name());
                    assertThat(e.transactionId()).isPresent();
                });
        assertThat(auditor.getEntry(penalties).version()).isEqualTo(3);

        // The auditor sees all of it: requests of every owner, the revoked grant, both access logs.
        assertThat(auditor.requestsByDepartment(new PartyQuery(market, PartySide.OWNER, 50, null)).items())
                .extracting(SharingRequest::requestId, SharingRequest::state).containsExactlyInAnyOrder(
                        tuple(grantRequest, RequestState.APPROVED),
                        tuple(unconditional.value().requestId(), RequestState.APPROVED));
        assertThat(auditor.requestsByDepartment(new PartyQuery(civil, PartySide.OWNER, 50, null)).items())
                .singleElement().satisfies(r -> {
                    assertThat(r.state()).isEqualTo(RequestState.REFUSED);
                    assertThat(r.reason()).isEqualTo("申请用途不属于共享条件所列政务服务事项");
                    assertThat(r.decisionTxId()).isEqualTo(refused.transactionId());
                });
        assertThat(auditor.requestsByDepartment(new PartyQuery(police, PartySide.OWNER, 50, null)).items())
                .singleElement().satisfies(r -> assertThat(r.automatic()).isTrue());
        assertThat(auditor.grantsByDepartment(new PartyQuery(civil, PartySide.REQUESTER, 50, null)).items())
                .singleElement().satisfies(g -> {
                    assertThat(g.revocationReason()).isEqualTo("核查发现超出申请用途使用");
                    assertThat(g.revokeTxId()).isEqualTo(revoked.transactionId());
                    assertThat(g.allowsAccessAt(Instant.now())).isFalse();
                });
        assertThat(auditor.accessLogsByGrant(new AccessLogQuery(grant.grantId(), null, null, null, 50, null)).items())
                .containsExactly(firstUse.value(), secondUse.value());
        final Instant from = firstUse.value().accessedAt().minusSeconds(1);
        assertThat(auditor.accessLogsByDepartment(new AccessLogQuery(null, market, from, Instant.now().plusSeconds(60),
                50, null)).items()).containsExactly(firstUse.value(), secondUse.value());
        assertThat(auditor.getRequest(refusedRequest).state()).isEqualTo(RequestState.REFUSED);
    }

    /**
     * Entry keys carry a key-level (state-based) endorsement policy naming the owner's organisation. The chaincode
     * policy (MAJORITY of three) would accept civil affairs + public security, and the chaincode itself accepts the
     * caller (the owner's own catalog administrator), so endorsement succeeds; but the committing peers validate
     * the write to the entry head against the key's own policy, which those endorsements do not satisfy, and mark
     * the transaction ENDORSEMENT_POLICY_FAILURE: nothing is written. With the owner among the endorsers the same
     * revision commits.
     */
    @Test
    void entry_changes_need_the_owner_organisations_endorsement(
            @Identity(org = "regulator", user = "cataloger") final LedgerClient marketAdminClient,
            @Identity(org = "civil", user = "requester") final LedgerClient civilClerkClient,
            @Identity(org = "security", user = "requester") final LedgerClient policeClerkClient) throws Exception {
        final GovDirectory marketAdmin = GovDirectory.of(marketAdminClient);
        final String market = department(marketAdmin, "SAMR", "北京市市场监督管理局");
        final String duty = duty(marketAdmin, market, "市场主体登记注册", "《中华人民共和国市场主体登记管理条例》");
        final String code = Ids.unique("SAMR-E");
        final EntryMetadata metadata = metadata("企业登记信息", SharingType.UNCONDITIONAL, null, null, duty,
                item("统一社会信用代码"), item("企业名称"));
        final Committed<EntryVersion> published = createAndPublish(marketAdmin, code, market, metadata).get(1);
        final ReviseEntryRequest revision = new ReviseEntryRequest(code, withTitle(metadata, "企业登记信息（修订）"),
                "标题更正", 2);
        // The revision is endorsed on civil affairs' and public security's peers: they must have the entry.
        seen(civilClerkClient, published);
        seen(policeClerkClient, published);

        final CommitFailedException failed = catchThrowableOfType(CommitFailedException.class,
                () -> marketAdmin.endorsedBy(CIVIL_MSP, SECURITY_MSP).reviseEntry(revision));
        assertThat(failed.validationCode()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
        assertThat(failed.transactionId()).isPresent();
        assertThat(failed.blockNumber()).isPresent();
        civilClerkClient.awaitBlock("govdir", failed.blockNumber().orElseThrow(), WAIT);
        final GovDirectory reader = GovDirectory.of(civilClerkClient);
        assertThat(reader.getEntry(code).version()).isEqualTo(2);
        assertThat(reader.getEntry(code).metadata().title()).isEqualTo("企业登记信息");

        final Committed<EntryVersion> endorsedByOwner = marketAdmin.endorsedBy(REGULATOR_MSP, CIVIL_MSP)
                .reviseEntry(revision);
        assertThat(endorsedByOwner.value().version()).isEqualTo(3);
        seen(civilClerkClient, endorsedByOwner);
        assertThat(reader.getEntry(code).txId()).isEqualTo(endorsedByOwner.transactionId());
    }

    @Test
    void a_checkpointed_follower_resumes_with_exactly_the_new_changes(
            @Identity(org = "regulator", user = "cataloger") final LedgerClient marketAdminClient,
            @Identity(org = "civil", user = "requester") final LedgerClient civilClerkClient,
            @TempDir final Path checkpoints) throws Exception {
        final GovDirectory marketAdmin = GovDirectory.of(marketAdminClient);
        final GovDirectory civil = GovDirectory.of(civilClerkClient);
        final String market = department(marketAdmin, "SAMR", "北京市市场监督管理局");
        final String duty = duty(marketAdmin, market, "市场主体登记注册", "《中华人民共和国市场主体登记管理条例》");
        final String followed = Ids.unique("SAMR-E");
        final String later = Ids.unique("SAMR-E");
        final String other = Ids.unique("SAMR-E");
        final EntryMetadata metadata = metadata("企业登记信息", SharingType.UNCONDITIONAL, null, null, duty,
                item("统一社会信用代码"), item("企业名称"));
        final Committed<EntryVersion> draft = marketAdmin.createEntry(new CreateEntryRequest(followed, market,
                metadata, null));
        final Path checkpoint = checkpoints.resolve("civil-follows-market.json");
        final List<DirectoryChange> firstRun = new CopyOnWriteArrayList<>();

        // Started before publication, from the block of the draft (the draft itself emits no event).
        try (DirectoryFollower follower = civil.followEntryChanges()
                .entries(List.of(followed, later))
                .checkpointFile(checkpoint)
                .startBlock(draft.blockNumber())
                .start(firstRun::add)) {
            final var published = marketAdmin.publishEntry(new PublishEntryRequest(followed, null, null));
            marketAdmin.createEntry(new CreateEntryRequest(other, market, metadata, null));
            marketAdmin.publishEntry(new PublishEntryRequest(other, null, null)); // not followed
            final var revised = marketAdmin.reviseEntry(new ReviseEntryRequest(followed,
                    withTitle(metadata, "企业登记信息（修订）"), "标题更正", null));
            final var retired = marketAdmin.retireEntry(new RetireEntryRequest(followed, "并入新目录", null));
            await().atMost(WAIT).until(() -> firstRun.size() >= 3);
            assertThat(follower.isRunning()).isTrue();
            assertThat(firstRun).extracting(DirectoryChange::kind, DirectoryChange::transactionId).containsExactly(
                    tuple(DirectoryChange.Kind.ENTRY_PUBLISHED, published.transactionId()),
                    tuple(DirectoryChange.Kind.ENTRY_REVISED, revised.transactionId()),
                    tuple(DirectoryChange.Kind.ENTRY_RETIRED, retired.transactionId()));
            assertThat(firstRun.get(1).entry().version()).isEqualTo(3);
            assertThat(firstRun.get(2).entry().state()).isEqualTo(PublicationState.RETIRED);
        }

        // While nobody listens, another followed entry is published and revised.
        final var laterPublished = createAndPublish(marketAdmin, later, market, metadata).get(1);
        final var laterRevised = marketAdmin.reviseEntry(new ReviseEntryRequest(later,
                withTitle(metadata, "企业登记信息（二）"), "标题更正", null));

        final List<DirectoryChange> secondRun = new CopyOnWriteArrayList<>();
        try (DirectoryFollower follower = civil.followEntryChanges()
                .entries(List.of(followed, later))
                .checkpointFile(checkpoint)
                .startBlock(draft.blockNumber()) // ignored: the checkpoint wins
                .start(secondRun::add)) {
            await().atMost(WAIT).until(() -> secondRun.size() >= 2);
            // Give a repeated or extra event the time to show up.
            await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> secondRun.size() == 2);
            assertThat(follower.isRunning()).isTrue();
        }
        assertThat(secondRun).extracting(DirectoryChange::kind, DirectoryChange::transactionId).containsExactly(
                tuple(DirectoryChange.Kind.ENTRY_PUBLISHED, laterPublished.transactionId()),
                tuple(DirectoryChange.Kind.ENTRY_REVISED, laterRevised.transactionId()));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** Waits until the reader's peer has committed {@code write}'s block: each organisation reads its own peer. */
    private static void seen(final LedgerClient reader, final Committed<?> write) throws Exception {
        reader.awaitBlock("govdir", write.blockNumber(), WAIT);
    }

    private static String department(final GovDirectory admin, final String prefix, final String name)
            throws Exception {
        final String code = Ids.unique(prefix);
        admin.registerDepartment(new RegisterDepartmentRequest(code, name, null));
        return code;
    }

    private static String duty(final GovDirectory admin, final String department, final String title,
            final String legalBasis) throws Exception {
        final String dutyId = Ids.unique(department + "-D");
        admin.registerDuty(new RegisterDutyRequest(dutyId, department, title, legalBasis, null));
        return dutyId;
    }

    /** Creates and publishes an entry; returns both committed versions. */
    private static List<Committed<EntryVersion>> createAndPublish(final GovDirectory admin, final String code,
            final String department, final EntryMetadata metadata) throws Exception {
        final Committed<EntryVersion> draft = admin.createEntry(new CreateEntryRequest(code, department, metadata,
                null));
        final Committed<EntryVersion> published = admin.publishEntry(new PublishEntryRequest(code, null, 1));
        return List.of(draft, published);
    }

    private static EntryMetadata metadata(final String title, final SharingType type, final String conditions,
            final String legalBasis, final String duty, final DataItem... items) {
        return new EntryMetadata(title, title + "摘要", List.of(duty), List.of("T-GOV"), "1-01-001",
                Arrays.asList(items), type, conditions, legalBasis,
                type == SharingType.NOT_SHARED ? null : SharingMethod.API, OpenAttribute.NOT_OPEN, UpdateCycle.DAILY,
                "登记系统");
    }

    private static EntryMetadata withConditions(final EntryMetadata m, final String conditions) {
        return new EntryMetadata(m.title(), m.description(), m.dutyIds(), m.themeCodes(), m.classificationCode(),
                m.items(), m.sharingType(), conditions, m.legalBasis(), m.sharingMethod(), m.openAttribute(),
                m.updateCycle(), m.sourceSystem());
    }

    private static EntryMetadata withTitle(final EntryMetadata m, final String title) {
        return new EntryMetadata(title, m.description(), m.dutyIds(), m.themeCodes(), m.classificationCode(),
                m.items(), m.sharingType(), m.sharingConditions(), m.legalBasis(), m.sharingMethod(),
                m.openAttribute(), m.updateCycle(), m.sourceSystem());
    }

    private static DataItem item(final String name) {
        return new DataItem(name, "string", null);
    }
}
