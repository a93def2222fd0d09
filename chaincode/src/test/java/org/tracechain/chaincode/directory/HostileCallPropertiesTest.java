// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.hyperledger.fabric.shim.Chaincode;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.CallTemplate;
import org.tracechain.chaincode.testing.HostileCalls;
import org.tracechain.chaincode.testing.Mutation;
import org.tracechain.chaincode.testing.Proposal;
import org.tracechain.chaincode.testing.RefusalCheck;
import org.tracechain.chaincode.testing.Routing;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.ConfigureRequest;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.UpdateDutyRequest;
import org.tracechain.model.directory.WithdrawSharingRequest;

/**
 * Hostile input for govdir, through the production path (gate + Fabric's contract router) on one prepared
 * ledger: every variant of a valid call damaged by a {@link Mutation} and every call in a wrong state is refused
 * with a code of the vocabulary, without an unexpected exception, and leaves the whole ledger exactly as it was.
 */
class HostileCallPropertiesTest {

    private static final Set<String> VOCABULARY = RefusalCheck.vocabulary(DirectoryError.values());
    private static final Instant SOON = Instant.parse("2026-02-01T00:00:00Z");
    private static final TestIdentity MARKET_NO_ROLE = TestIdentities.client(DirectoryFixture.MARKET_MSP, "market-visitor");
    private static final TestIdentity REGULATOR_CLIENT = DirectoryFixture.AUDITOR;

    /**
     * The Beijing catalog (SAMR-001 unconditional, SAMR-002 conditional, PSB-001 not shared, all published), the
     * draft SAMR-003, R0 granted to civil affairs on submission with one access logged, R1 pending, R3 granted to
     * public security and revoked.
     */
    private static final class Prepared extends DirectoryFixture {
        final String logId;

        Prepared() {
            catalog();
            create(MARKET_ADMIN, "SAMR-003", MARKET, registrations());
            submit(CIVIL_REQUESTER, "R0", CIVIL, "SAMR-001", USCC);
            submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC);
            submit(POLICE_REQUESTER, "R3", POLICE, "SAMR-001", USCC);
            ledger.submit(MARKET_ADMIN, ctx -> contract.revokeGrant(ctx, json(new RevokeGrantRequest("R3", "misuse"))));
            final AccessLog log = logAccess(CIVIL_REQUESTER, "R0", USCC);
            logId = log.logId();
        }
    }

    private static final Prepared PREPARED = new Prepared();
    private static final Chaincode CHAINCODE = Routing.chaincode(DirectoryTransaction.TABLE);

    private static String json(final Object value) {
        return DirectoryFixture.json(value).replace('"', '\'');
    }

    private static CallTemplate call(final TestIdentity who, final String function, final Object request,
            final List<String> required, final List<String> references, final TestIdentity noRole) {
        return CallTemplate.json(who, function, json(request), required, references, noRole);
    }

    private static List<String> fields(final String... names) {
        return List.of(names);
    }

    /** Calls that succeed on the prepared ledger. */
    static List<CallTemplate> validCalls() {
        return List.of(
                call(DirectoryFixture.REGULATOR_ADMIN, "Configure", new ConfigureRequest(List.of(
                        DirectoryFixture.REGULATOR_MSP), List.of("AuditMSP")), fields("regulatorMspIds"), List.of(),
                        REGULATOR_CLIENT),
                call(DirectoryFixture.CIVIL_ADMIN, "RegisterDepartment", new RegisterDepartmentRequest("BJ-HD-MCA",
                        "海淀区民政局", DirectoryFixture.CIVIL), fields("code", "name"), fields("parentCode"),
                        DirectoryFixture.CIVIL_PLAIN),
                call(DirectoryFixture.MARKET_ADMIN, "RegisterDuty", new RegisterDutyRequest("SAMR-D09",
                        DirectoryFixture.MARKET, "企业年报公示", "《企业信息公示暂行条例》", "年度报告"),
                        fields("dutyId", "departmentCode", "title", "legalBasis"), fields("departmentCode"),
                        MARKET_NO_ROLE),
                call(DirectoryFixture.MARKET_ADMIN, "UpdateDuty", new UpdateDutyRequest(DirectoryFixture.MARKET_DUTY,
                        "市场主体登记", "《市场主体登记管理条例》", null), fields("dutyId", "title", "legalBasis"),
                        fields("dutyId"), MARKET_NO_ROLE),
                call(DirectoryFixture.MARKET_ADMIN, "CreateEntry", new CreateEntryRequest("SAMR-009",
                        DirectoryFixture.MARKET, DirectoryFixture.penalties(), "新建"),
                        fields("code", "departmentCode", "metadata"), fields("departmentCode"), MARKET_NO_ROLE),
                call(DirectoryFixture.MARKET_ADMIN, "ReviseEntry", new ReviseEntryRequest("SAMR-002",
                        DirectoryFixture.registrations(), "改为无条件共享", 2), fields("code", "metadata"), fields("code"),
                        MARKET_NO_ROLE),
                call(DirectoryFixture.MARKET_ADMIN, "PublishEntry", new PublishEntryRequest("SAMR-003", "发布", 1),
                        fields("code"), fields("code"), MARKET_NO_ROLE),
                call(DirectoryFixture.MARKET_ADMIN, "RetireEntry", new RetireEntryRequest("SAMR-002", "停用", 2),
                        fields("code", "reason"), fields("code"), MARKET_NO_ROLE),
                call(DirectoryFixture.CIVIL_REQUESTER, "SubmitRequest", new SubmitSharingRequest("R9",
                        DirectoryFixture.CIVIL, "SAMR-002", List.of(DirectoryFixture.USCC), "年检核验",
                        "《社会团体登记管理条例》", "年检", SOON, SOON.plusSeconds(86_400)),
                        fields("requestId", "requesterDepartmentCode", "entryCode", "items", "purpose"),
                        fields("requesterDepartmentCode", "entryCode"), DirectoryFixture.CIVIL_PLAIN),
                call(DirectoryFixture.MARKET_ADMIN, "ApproveRequest", new ApproveSharingRequest("R1", SOON, null, 30,
                        "同意"), fields("requestId"), fields("requestId"), MARKET_NO_ROLE),
                call(DirectoryFixture.MARKET_ADMIN, "RefuseRequest", new RefuseSharingRequest("R1", "超出职责范围"),
                        fields("requestId", "reason"), fields("requestId"), MARKET_NO_ROLE),
                call(DirectoryFixture.CIVIL_REQUESTER, "WithdrawRequest", new WithdrawSharingRequest("R1", "不再需要"),
                        fields("requestId"), fields("requestId"), DirectoryFixture.CIVIL_PLAIN),
                call(DirectoryFixture.MARKET_ADMIN, "RevokeGrant", new RevokeGrantRequest("R0", "超范围使用"),
                        fields("grantId", "reason"), fields("grantId"), MARKET_NO_ROLE),
                call(DirectoryFixture.CIVIL_REQUESTER, "LogAccess", new LogAccessRequest("R0",
                        List.of(DirectoryFixture.USCC), "年检核验"), fields("grantId", "items", "purpose"),
                        fields("grantId"), DirectoryFixture.CIVIL_PLAIN),
                // ---- reads ----
                CallTemplate.ids(DirectoryFixture.CIVIL_PLAIN, "GetDepartment", List.of("#0"), DirectoryFixture.MARKET),
                CallTemplate.ids(DirectoryFixture.CIVIL_PLAIN, "GetDuty", List.of("#0"), DirectoryFixture.MARKET_DUTY),
                CallTemplate.ids(DirectoryFixture.CIVIL_PLAIN, "GetEntry", List.of("#0"), "SAMR-001"),
                CallTemplate.ids(DirectoryFixture.CIVIL_PLAIN, "EntryHistory", List.of("#0"), "SAMR-001"),
                CallTemplate.ids(DirectoryFixture.CIVIL_PLAIN, "GetRequest", List.of("#0"), "R1"),
                CallTemplate.ids(DirectoryFixture.CIVIL_PLAIN, "GetGrant", List.of("#0"), "R0"),
                CallTemplate.ids(DirectoryFixture.CIVIL_PLAIN, "GetAccessLog", List.of("#0"), PREPARED.logId),
                CallTemplate.ids(DirectoryFixture.CIVIL_PLAIN, "GetConfiguration", List.of()),
                CallTemplate.ids(DirectoryFixture.CIVIL_PLAIN, "WhoAmI", List.of()),
                CallTemplate.json(DirectoryFixture.CIVIL_PLAIN, "DutiesByDepartment", "{'departmentCode':'BJ-SAMR',"
                        + "'pageSize':10}", List.of(), List.of(), null),
                CallTemplate.json(DirectoryFixture.CIVIL_PLAIN, "EntriesByTheme", "{'value':'T-ENT','pageSize':5}",
                        List.of(), List.of(), null),
                CallTemplate.json(DirectoryFixture.CIVIL_PLAIN, "EntriesByItemName", "{'value':'"
                        + DirectoryFixture.USCC + "'}", List.of(), List.of(), null),
                CallTemplate.json(DirectoryFixture.CIVIL_PLAIN, "RequestsByDepartment", "{'departmentCode':'BJ-MCA',"
                        + "'side':'REQUESTER'}", List.of(), List.of(), null),
                CallTemplate.json(DirectoryFixture.MARKET_ADMIN, "PendingRequests", "{'departmentCode':'BJ-SAMR'}",
                        List.of(), List.of(), null),
                CallTemplate.json(DirectoryFixture.CIVIL_PLAIN, "AccessLogsByGrant", "{'grantId':'R0',"
                        + "'from':'2026-01-01T00:00:00Z','until':'2026-01-02T00:00:00Z'}", List.of(), List.of(),
                        null));
    }

    /** Calls that are well-formed but wrong for the ledger's state (or the caller): refused as they are. */
    static List<Proposal> wrongStates() {
        return List.of(
                call(DirectoryFixture.MARKET_ADMIN, "PublishEntry", new PublishEntryRequest("SAMR-001", null, null),
                        List.of(), List.of(), null),
                call(DirectoryFixture.MARKET_ADMIN, "ApproveRequest", new ApproveSharingRequest("R0", null, null,
                        null), List.of(), List.of(), null),
                call(DirectoryFixture.MARKET_REQUESTER, "SubmitRequest", new SubmitSharingRequest("R8",
                        DirectoryFixture.MARKET, "SAMR-001", List.of(DirectoryFixture.USCC), "p", null, null, null,
                        null), List.of(), List.of(), null),
                call(DirectoryFixture.CIVIL_REQUESTER, "SubmitRequest", new SubmitSharingRequest("R0",
                        DirectoryFixture.CIVIL, "SAMR-001", List.of(DirectoryFixture.USCC), "p", null, null, null,
                        null), List.of(), List.of(), null),
                call(DirectoryFixture.CIVIL_REQUESTER, "SubmitRequest", new SubmitSharingRequest("R8",
                        DirectoryFixture.CIVIL, "SAMR-003", List.of(DirectoryFixture.USCC), "p", null, null, null,
                        null), List.of(), List.of(), null),
                call(DirectoryFixture.CIVIL_REQUESTER, "SubmitRequest", new SubmitSharingRequest("R8",
                        DirectoryFixture.CIVIL, "SAMR-001", List.of("不存在的数据项"), "p", null, null, null, null),
                        List.of(), List.of(), null),
                call(DirectoryFixture.CIVIL_REQUESTER, "SubmitRequest", new SubmitSharingRequest("R8",
                        DirectoryFixture.CIVIL, "SAMR-002", List.of(DirectoryFixture.USCC), "p", null, null, null,
                        null), List.of(), List.of(), null),
                call(DirectoryFixture.CIVIL_ADMIN, "RegisterDepartment", new RegisterDepartmentRequest("bj-samr", "x",
                        null), List.of(), List.of(), null),
                call(DirectoryFixture.MARKET_ADMIN, "RegisterDuty", new RegisterDutyRequest(DirectoryFixture
                        .MARKET_DUTY, DirectoryFixture.MARKET, "t", "b", null), List.of(), List.of(), null),
                call(DirectoryFixture.MARKET_ADMIN, "CreateEntry", new CreateEntryRequest("SAMR-001",
                        DirectoryFixture.MARKET, DirectoryFixture.penalties(), null), List.of(), List.of(), null),
                call(DirectoryFixture.MARKET_ADMIN, "CreateEntry", new CreateEntryRequest("SAMR-010",
                        DirectoryFixture.MARKET, DirectoryFixture.metadata("x", org.tracechain.model.directory
                                .SharingType.UNCONDITIONAL, null, null, List.of(DirectoryFixture.CIVIL_DUTY),
                                List.of(), DirectoryFixture.item("a", "string")), null), List.of(), List.of(), null),
                call(DirectoryFixture.MARKET_ADMIN, "ReviseEntry", new ReviseEntryRequest("SAMR-002",
                        DirectoryFixture.penalties(), null, null), List.of(), List.of(), null),
                call(DirectoryFixture.MARKET_ADMIN, "ReviseEntry", new ReviseEntryRequest("SAMR-002",
                        DirectoryFixture.registrations(), null, 1), List.of(), List.of(), null),
                call(DirectoryFixture.CIVIL_REQUESTER, "LogAccess", new LogAccessRequest("R1",
                        List.of(DirectoryFixture.USCC), "p"), List.of(), List.of(), null),
                call(DirectoryFixture.CIVIL_REQUESTER, "LogAccess", new LogAccessRequest("R0", List.of("企业名称"), "p"),
                        List.of(), List.of(), null),
                call(DirectoryFixture.POLICE_REQUESTER, "LogAccess", new LogAccessRequest("R3",
                        List.of(DirectoryFixture.USCC), "p"), List.of(), List.of(), null),
                call(DirectoryFixture.MARKET_ADMIN, "RevokeGrant", new RevokeGrantRequest("R3", "again"), List.of(),
                        List.of(), null),
                call(DirectoryFixture.MARKET_ADMIN, "RefuseRequest", new RefuseSharingRequest("R1", null), List.of(),
                        List.of(), null),
                call(DirectoryFixture.MARKET_ADMIN, "ApproveRequest", new ApproveSharingRequest("R1", null, SOON, 30,
                        null), List.of(), List.of(), null),
                call(TestIdentities.admin(DirectoryFixture.CIVIL_MSP, "civil-org-admin"), "Configure",
                        new ConfigureRequest(List.of(DirectoryFixture.CIVIL_MSP), null), List.of(), List.of(), null),
                CallTemplate.ids(DirectoryFixture.POLICE_REQUESTER, "GetRequest", List.of(), "R1"))
                .stream().map(CallTemplate::proposal).toList();
    }

    @Provide
    Arbitrary<Proposal> hostileCalls() {
        final Arbitrary<Proposal> mutated = Combinators.combine(Arbitraries.of(validCalls()),
                Arbitraries.of(Mutation.class), Arbitraries.longs())
                .as((call, mutation, seed) -> HostileCalls.mutate(call, mutation, new Random(seed),
                        DirectoryTransaction.TABLE));
        return Arbitraries.frequencyOf(Tuple.of(19, mutated), Tuple.of(1, Arbitraries.of(wrongStates())));
    }

    @Property(tries = 10_000)
    void every_hostile_call_is_refused_with_a_code_and_changes_nothing(@ForAll("hostileCalls") final Proposal call) {
        final String code = RefusalCheck.assertRefusedWithoutChange(PREPARED.ledger, CHAINCODE, call, VOCABULARY);
        Statistics.label("code").collect(code);
        Statistics.label("code").coverage(coverage -> {
            for (final String expected : List.of("WRONG_ARGUMENTS", "UNKNOWN_TRANSACTION", "INVALID_ENCODING",
                    "MALFORMED_JSON", "INPUT_TOO_LARGE", "INVALID_FIELD", "FIELD_TOO_LONG", "ACCESS_DENIED",
                    "DEPARTMENT_NOT_FOUND", "ENTRY_NOT_FOUND", "REQUEST_NOT_FOUND", "GRANT_NOT_FOUND",
                    "REQUEST_NOT_PENDING", "ENTRY_ALREADY_PUBLISHED")) {
                coverage.check(expected).count(n -> n > 0);
            }
        });
    }

    @Test
    void every_wrong_state_is_refused() {
        for (final Proposal call : wrongStates()) {
            RefusalCheck.assertRefusedWithoutChange(PREPARED.ledger, CHAINCODE, call, VOCABULARY);
        }
    }

    @Test
    void the_valid_calls_succeed_so_the_refusals_are_about_the_damage() {
        // Each on its own transaction that is never committed, so all of them see the prepared ledger.
        for (final CallTemplate call : validCalls()) {
            final Proposal proposal = call.proposal();
            final Chaincode.Response response = CHAINCODE.invoke(PREPARED.ledger.begin(proposal.caller(),
                    proposal.transientData()).withRawArgs(proposal.args()));
            assertThat(response.getStatusCode()).as("%s: %s", call, response.getMessage()).isEqualTo(200);
        }
    }
}
