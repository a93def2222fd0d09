// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.ConfigureRequest;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DepartmentQuery;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PartySide;
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
import org.tracechain.model.identity.Role;

/**
 * Every transaction against every kind of caller: each role, no role and the organisation admin of the
 * organisation that would act, a foreign organisation holding every role, a foreign organisation admin,
 * and a regulator organisation member and admin. Allowed calls must succeed; all others must be refused
 * with ACCESS_DENIED. Each call runs on its own uncommitted transaction over one shared ledger.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest extends DirectoryFixture {

    private static final String OTHER_MSP = "OtherMSP";
    private static final String NO_ROLE = "no-role";
    private static final String ORG_ADMIN = "org-admin";
    private static final String OTHER_ORG_ALL_ROLES = "other-org-all-roles";
    private static final String OTHER_ORG_ADMIN = "other-org-admin";
    private static final String REGULATOR_MEMBER = "regulator-org-member";
    private static final String REGULATOR_ORG_ADMIN = "regulator-org-admin";

    private enum Kind { SUBMIT, EVALUATE }

    /** Who may call: groups of caller labels. */
    private enum Rule {
        ANYONE, CATALOG_ADMIN_OF_ACTING_ORG, REQUESTER_OF_ACTING_ORG, PARTIES_AND_REGULATOR, REGULATOR_ADMIN,
        ANY_CATALOG_ADMIN
    }

    private record Tx(String name, Kind kind, String actingMsp, Rule rule, BiFunction<DirectoryContract, Context, String> call) {}

    private String logId;

    @BeforeAll
    void setUpLedger() {
        catalog();
        create(MARKET_ADMIN, "SAMR-003", MARKET, registrations());
        submit(CIVIL_REQUESTER, "R0", CIVIL, "SAMR-001", USCC);
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC);
        logId = logAccess(CIVIL_REQUESTER, "R0", USCC).logId();
    }

    private List<Tx> transactions() {
        final Instant from = Instant.parse("2026-01-01T00:00:00Z");
        final Instant until = Instant.parse("2026-02-01T00:00:00Z");
        final String entries = json(new EntryQuery(MARKET, null, null));
        final List<Tx> txs = new ArrayList<>();
        txs.add(new Tx(DirectoryTransaction.WHO_AM_I, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE, (c, ctx) -> c.whoAmI(ctx)));
        txs.add(new Tx(DirectoryTransaction.CONFIGURE, Kind.SUBMIT, REGULATOR_MSP, Rule.REGULATOR_ADMIN, (c, ctx) ->
                c.configure(ctx, json(new ConfigureRequest(List.of(REGULATOR_MSP, "AuditMSP"), null)))));
        txs.add(new Tx(DirectoryTransaction.GET_CONFIGURATION, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.getConfiguration(ctx)));
        txs.add(new Tx(DirectoryTransaction.REGISTER_DEPARTMENT, Kind.SUBMIT, CIVIL_MSP, Rule.ANY_CATALOG_ADMIN,
                (c, ctx) -> c.registerDepartment(ctx, json(new RegisterDepartmentRequest("BJ-NEW", "新部门", null)))));
        txs.add(new Tx(DirectoryTransaction.GET_DEPARTMENT, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.getDepartment(ctx, MARKET)));
        txs.add(new Tx(DirectoryTransaction.REGISTER_DUTY, Kind.SUBMIT, MARKET_MSP, Rule.CATALOG_ADMIN_OF_ACTING_ORG,
                (c, ctx) -> c.registerDuty(ctx, json(new RegisterDutyRequest("SAMR-D09", MARKET, "t", "b", null)))));
        txs.add(new Tx(DirectoryTransaction.UPDATE_DUTY, Kind.SUBMIT, MARKET_MSP, Rule.CATALOG_ADMIN_OF_ACTING_ORG,
                (c, ctx) -> c.updateDuty(ctx, json(new UpdateDutyRequest(MARKET_DUTY, "t", "b", null)))));
        txs.add(new Tx(DirectoryTransaction.GET_DUTY, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.getDuty(ctx, MARKET_DUTY)));
        txs.add(new Tx(DirectoryTransaction.DUTIES_BY_DEPARTMENT, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.dutiesByDepartment(ctx, json(new DepartmentQuery(MARKET, null, null)))));
        txs.add(new Tx(DirectoryTransaction.CREATE_ENTRY, Kind.SUBMIT, MARKET_MSP, Rule.CATALOG_ADMIN_OF_ACTING_ORG,
                (c, ctx) -> c.createEntry(ctx, json(new CreateEntryRequest("SAMR-009", MARKET, penalties(), null)))));
        txs.add(new Tx(DirectoryTransaction.REVISE_ENTRY, Kind.SUBMIT, MARKET_MSP, Rule.CATALOG_ADMIN_OF_ACTING_ORG,
                (c, ctx) -> c.reviseEntry(ctx, json(new ReviseEntryRequest("SAMR-002", registrations(), "n", null)))));
        txs.add(new Tx(DirectoryTransaction.PUBLISH_ENTRY, Kind.SUBMIT, MARKET_MSP, Rule.CATALOG_ADMIN_OF_ACTING_ORG,
                (c, ctx) -> c.publishEntry(ctx, json(new PublishEntryRequest("SAMR-003", null, null)))));
        txs.add(new Tx(DirectoryTransaction.RETIRE_ENTRY, Kind.SUBMIT, MARKET_MSP, Rule.CATALOG_ADMIN_OF_ACTING_ORG,
                (c, ctx) -> c.retireEntry(ctx, json(new RetireEntryRequest("SAMR-002", "r", null)))));
        txs.add(new Tx(DirectoryTransaction.GET_ENTRY, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.getEntry(ctx, "SAMR-002")));
        txs.add(new Tx(DirectoryTransaction.ENTRY_HISTORY, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.entryHistory(ctx, "SAMR-002")));
        txs.add(new Tx(DirectoryTransaction.ENTRIES_BY_DEPARTMENT, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.entriesByDepartment(ctx, entries)));
        txs.add(new Tx(DirectoryTransaction.ENTRIES_BY_THEME, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.entriesByTheme(ctx, json(new EntryQuery("T-ENT", null, null)))));
        txs.add(new Tx(DirectoryTransaction.ENTRIES_BY_SHARING_TYPE, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.entriesBySharingType(ctx, json(new EntryQuery("CONDITIONAL", null, null)))));
        txs.add(new Tx(DirectoryTransaction.ENTRIES_BY_UPDATE_CYCLE, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.entriesByUpdateCycle(ctx, json(new EntryQuery("DAILY", null, null)))));
        txs.add(new Tx(DirectoryTransaction.ENTRIES_BY_ITEM_NAME, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.entriesByItemName(ctx, json(new EntryQuery(USCC, null, null)))));
        txs.add(new Tx(DirectoryTransaction.ENTRIES_BY_DUTY, Kind.EVALUATE, CIVIL_MSP, Rule.ANYONE,
                (c, ctx) -> c.entriesByDuty(ctx, json(new EntryQuery(MARKET_DUTY, null, null)))));
        txs.add(new Tx(DirectoryTransaction.SUBMIT_REQUEST, Kind.SUBMIT, CIVIL_MSP, Rule.REQUESTER_OF_ACTING_ORG,
                (c, ctx) -> c.submitRequest(ctx, json(new SubmitSharingRequest("R9", CIVIL, "SAMR-002", List.of(USCC),
                        "p", "b", null, null, null)))));
        txs.add(new Tx(DirectoryTransaction.APPROVE_REQUEST, Kind.SUBMIT, MARKET_MSP, Rule.CATALOG_ADMIN_OF_ACTING_ORG,
                (c, ctx) -> c.approveRequest(ctx, json(new ApproveSharingRequest("R1", null, null, null)))));
        txs.add(new Tx(DirectoryTransaction.REFUSE_REQUEST, Kind.SUBMIT, MARKET_MSP, Rule.CATALOG_ADMIN_OF_ACTING_ORG,
                (c, ctx) -> c.refuseRequest(ctx, json(new RefuseSharingRequest("R1", "r")))));
        txs.add(new Tx(DirectoryTransaction.WITHDRAW_REQUEST, Kind.SUBMIT, CIVIL_MSP, Rule.REQUESTER_OF_ACTING_ORG,
                (c, ctx) -> c.withdrawRequest(ctx, json(new WithdrawSharingRequest("R1", null)))));
        txs.add(new Tx(DirectoryTransaction.GET_REQUEST, Kind.EVALUATE, CIVIL_MSP, Rule.PARTIES_AND_REGULATOR,
                (c, ctx) -> c.getRequest(ctx, "R1")));
        txs.add(new Tx(DirectoryTransaction.REQUESTS_BY_DEPARTMENT, Kind.EVALUATE, CIVIL_MSP, Rule.PARTIES_AND_REGULATOR,
                (c, ctx) -> c.requestsByDepartment(ctx, json(new PartyQuery(CIVIL, PartySide.REQUESTER, null, null)))));
        txs.add(new Tx(DirectoryTransaction.PENDING_REQUESTS, Kind.EVALUATE, MARKET_MSP, Rule.PARTIES_AND_REGULATOR,
                (c, ctx) -> c.pendingRequests(ctx, json(new DepartmentQuery(MARKET, null, null)))));
        txs.add(new Tx(DirectoryTransaction.OVERDUE_REQUESTS, Kind.EVALUATE, MARKET_MSP, Rule.PARTIES_AND_REGULATOR,
                (c, ctx) -> c.overdueRequests(ctx, json(new DepartmentQuery(MARKET, null, null)))));
        txs.add(new Tx(DirectoryTransaction.REVOKE_GRANT, Kind.SUBMIT, MARKET_MSP, Rule.CATALOG_ADMIN_OF_ACTING_ORG,
                (c, ctx) -> c.revokeGrant(ctx, json(new RevokeGrantRequest("R0", "r")))));
        txs.add(new Tx(DirectoryTransaction.GET_GRANT, Kind.EVALUATE, MARKET_MSP, Rule.PARTIES_AND_REGULATOR,
                (c, ctx) -> c.getGrant(ctx, "R0")));
        txs.add(new Tx(DirectoryTransaction.GRANTS_BY_DEPARTMENT, Kind.EVALUATE, MARKET_MSP, Rule.PARTIES_AND_REGULATOR,
                (c, ctx) -> c.grantsByDepartment(ctx, json(new PartyQuery(MARKET, PartySide.OWNER, null, null)))));
        txs.add(new Tx(DirectoryTransaction.LOG_ACCESS, Kind.SUBMIT, CIVIL_MSP, Rule.REQUESTER_OF_ACTING_ORG,
                (c, ctx) -> c.logAccess(ctx, json(new LogAccessRequest("R0", List.of(USCC), "p")))));
        txs.add(new Tx(DirectoryTransaction.GET_ACCESS_LOG, Kind.EVALUATE, CIVIL_MSP, Rule.PARTIES_AND_REGULATOR,
                (c, ctx) -> c.getAccessLog(ctx, logId)));
        txs.add(new Tx(DirectoryTransaction.ACCESS_LOGS_BY_GRANT, Kind.EVALUATE, MARKET_MSP, Rule.PARTIES_AND_REGULATOR,
                (c, ctx) -> c.accessLogsByGrant(ctx, json(new AccessLogQuery("R0", null, null, null, null, null)))));
        txs.add(new Tx(DirectoryTransaction.ACCESS_LOGS_BY_DEPARTMENT, Kind.EVALUATE, CIVIL_MSP,
                Rule.PARTIES_AND_REGULATOR, (c, ctx) -> c.accessLogsByDepartment(ctx,
                        json(new AccessLogQuery(null, CIVIL, from, until, null, null)))));
        return txs;
    }

    /** The callers, labelled, for a transaction acting through {@code msp}. */
    private static Map<String, TestIdentity> callers(final String msp) {
        final Map<String, TestIdentity> callers = new LinkedHashMap<>();
        for (final Role role : Role.values()) {
            callers.put(role.value(), TestIdentities.client(msp, "with-" + role.value(), role));
        }
        callers.put(NO_ROLE, TestIdentities.client(msp, "without-role"));
        callers.put(ORG_ADMIN, TestIdentities.admin(msp, "org-admin"));
        callers.put(OTHER_ORG_ALL_ROLES, TestIdentities.client(OTHER_MSP, "everything", Role.values()));
        callers.put(OTHER_ORG_ADMIN, TestIdentities.admin(OTHER_MSP, "other-admin"));
        callers.put(REGULATOR_MEMBER, TestIdentities.client(REGULATOR_MSP, "regulator-clerk"));
        callers.put(REGULATOR_ORG_ADMIN, REGULATOR_ADMIN);
        return callers;
    }

    private static Set<String> allowed(final Rule rule, final Set<String> labels) {
        return switch (rule) {
            case ANYONE -> labels;
            case CATALOG_ADMIN_OF_ACTING_ORG -> Set.of(Role.CATALOG_ADMIN.value());
            case ANY_CATALOG_ADMIN -> Set.of(Role.CATALOG_ADMIN.value(), OTHER_ORG_ALL_ROLES);
            case REQUESTER_OF_ACTING_ORG -> Set.of(Role.REQUESTER.value(), Role.CATALOG_ADMIN.value());
            case REGULATOR_ADMIN -> Set.of(ORG_ADMIN, REGULATOR_ORG_ADMIN);
            case PARTIES_AND_REGULATOR -> labels.stream()
                    .filter(l -> !l.equals(OTHER_ORG_ALL_ROLES) && !l.equals(OTHER_ORG_ADMIN))
                    .collect(Collectors.toSet());
        };
    }

    @TestFactory
    Stream<DynamicTest> every_transaction_against_every_caller() {
        final Map<String, Map<String, TestIdentity>> byMsp = new LinkedHashMap<>();
        return transactions().stream().flatMap(tx -> {
            final Map<String, TestIdentity> callers = byMsp.computeIfAbsent(tx.actingMsp(), RoleMatrixTest::callers);
            final Set<String> allowed = allowed(tx.rule(), callers.keySet());
            return callers.entrySet().stream().map(caller -> {
                final boolean ok = allowed.contains(caller.getKey());
                return DynamicTest.dynamicTest(tx.name() + " by " + caller.getKey() + " → "
                        + (ok ? "allowed" : "ACCESS_DENIED"), () -> check(tx, caller.getValue(), ok));
            });
        });
    }

    @Test
    void matrix_covers_every_transaction_name() {
        final List<String> names = DirectoryTransaction.TABLE.all().stream()
                .map(org.tracechain.model.transaction.TransactionSignature::name).toList();
        assertThat(transactions()).extracting(Tx::name).containsExactlyInAnyOrderElementsOf(names);
        for (final Tx tx : transactions()) {
            assertThat(DirectoryTransaction.TABLE.find(tx.name()).orElseThrow().readOnly())
                    .as(tx.name()).isEqualTo(tx.kind() == Kind.EVALUATE);
        }
    }

    private void check(final Tx tx, final TestIdentity caller, final boolean allowed) {
        final var before = ledger.snapshot();
        // Run as one transaction that is never committed, so every cell sees the same ledger.
        final var stub = ledger.begin(caller, Map.of());
        if (allowed) {
            assertThat(tx.call().apply(contract, new Context(stub))).isNotBlank();
        } else {
            assertThatThrownBy(() -> tx.call().apply(contract, new Context(stub)))
                    .isInstanceOfSatisfying(ChaincodeException.class,
                            e -> assertThat(Refusal.codeOf(e)).as(e.getMessage()).isEqualTo("ACCESS_DENIED"));
        }
        assertThat(ledger.snapshot()).isEqualTo(before);
        if (tx.kind() == Kind.EVALUATE) {
            assertThat(stub.getEvent()).isNull();
        }
    }
}
