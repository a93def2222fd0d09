// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.AggregateRequest;
import org.tracechain.model.food.ConfigurationRequest;
import org.tracechain.model.food.CorrectEventRequest;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.PartyRequest;

import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.identity.Role;

/**
 * Every role (plus no role, an organisation admin, and the right role in the wrong organisation) against every
 * transaction. "ActorMSP" is the organisation each transaction's setup makes the rightful one (holder,
 * receiver, authority, recall holder); allowed callers must succeed, others must get an access-style code.
 */
class RoleMatrixTest {

    private static final String ACTOR = "ActorMSP";
    private static final String PARTNER = "PartnerMSP";
    private static final Set<String> ACCESS_CODES = Set.of("ACCESS_DENIED", "NOT_HOLDER", "NOT_RECEIVER",
            "NOT_AN_AUTHORITY", "NOT_A_RECALL_HOLDER", "NOT_A_TRADING_PARTY", "NOT_CONFIGURED", "NOT_SITE_OWNER");

    private static final List<String> MEMBERS = List.of(ACTOR, "OtherMSP", PARTNER);
    private static final Map<String, TestIdentity> CALLERS = new LinkedHashMap<>();
    private static final Map<Role, TestIdentity> ACTORS = new LinkedHashMap<>();
    private static final TestIdentity ACTOR_ADMIN = TestIdentities.admin(ACTOR, "actor-admin");
    private static final TestIdentity PARTNER_PRODUCER = TestIdentities.client(PARTNER, "p-producer", Role.PRODUCER);

    static {
        for (final Role role : Role.values()) {
            final TestIdentity identity = TestIdentities.client(ACTOR, "u-" + role.value(), role);
            ACTORS.put(role, identity);
            CALLERS.put(role.value(), identity);
        }
        CALLERS.put("no role", TestIdentities.client(ACTOR, "u-none"));
        CALLERS.put("org admin", ACTOR_ADMIN);
    }

    /** One row of the matrix. */
    private record Case(String tx, Set<Role> allowed, boolean adminAllowed, boolean anyoneInOrg,
            boolean wrongOrgAllowed, TestIdentity wrongOrgCaller, Consumer<FoodFixture> setup,
            BiFunction<FoodTraceContract, Context, String> call, String allowedCode) {}

    private static TestIdentity actor(final Role role) {
        return ACTORS.get(role);
    }

    private static String json(final Object value) {
        return FoodFixture.json(value);
    }

    /** Configured (ActorMSP is the authority) with lot A1 held by ActorMSP. */
    private static void base(final FoodFixture f) {
        f.submit(ACTOR_ADMIN, ctx -> f.contract.configure(ctx, json(new ConfigurationRequest(List.of(ACTOR), MEMBERS))));
        f.registerMasterData(MEMBERS);
        f.submit(actor(Role.PRODUCER), ctx -> f.contract.registerLot(ctx, json(new RegisterLotRequest("A1",
                "06901234567892", "Choy sum", new BigDecimal("100"), "kg"))));
    }

    private static Case submitCase(final String tx, final Set<Role> allowed, final boolean wrongOrgAllowed,
            final Consumer<FoodFixture> setup, final BiFunction<FoodTraceContract, Context, String> call) {
        final Role sample = allowed.iterator().next();
        return new Case(tx, allowed, false, false, wrongOrgAllowed,
                TestIdentities.client("OtherMSP", "o-" + sample.value(), sample), setup, call, null);
    }

    private static List<Case> cases() {
        final Set<Role> custodians = EnumSet.of(Role.PRODUCER, Role.PROCESSOR, Role.LOGISTICS, Role.RETAILER);
        final Set<Role> writers = EnumSet.of(Role.PRODUCER, Role.PROCESSOR, Role.LOGISTICS, Role.RETAILER,
                Role.INSPECTOR, Role.REGULATOR);
        final Consumer<FoodFixture> none = f -> { };
        final List<Case> cases = new ArrayList<>();
        cases.add(submitCase(FoodTransaction.REGISTER_LOT, EnumSet.of(Role.PRODUCER), true, none,
                (c, ctx) -> c.registerLot(ctx, json(new RegisterLotRequest("N1", "P", "Pak choi", BigDecimal.ONE,
                        "kg")))));
        cases.add(submitCase(FoodTransaction.REGISTER_SERIALS, EnumSet.of(Role.PRODUCER, Role.PROCESSOR), false, none,
                (c, ctx) -> c.registerSerials(ctx, "{\"lotId\":\"A1\",\"serials\":[\"SN-1\"]}")));
        cases.add(submitCase(FoodTransaction.SHIP, custodians, false, none,
                (c, ctx) -> c.ship(ctx, json(new ShipRequest("A1", PARTNER, null, null, null, null)))));
        cases.add(submitCase(FoodTransaction.RECEIVE, custodians, false, f -> {
            f.submit(PARTNER_PRODUCER, ctx -> f.contract.registerLot(ctx, json(new RegisterLotRequest("P1", "P",
                    "Pak choi", BigDecimal.ONE, "kg"))));
            f.submit(PARTNER_PRODUCER, ctx -> f.contract.ship(ctx, json(new ShipRequest("P1", ACTOR, null, null, null,
                    null))));
        }, (c, ctx) -> c.receive(ctx, "{\"lotId\":\"P1\"}")));
        cases.add(submitCase(FoodTransaction.SELL, EnumSet.of(Role.RETAILER), false, none,
                (c, ctx) -> c.sell(ctx, json(new SellRequest("A1", BigDecimal.ONE, null, null, null)))));
        cases.add(submitCase(FoodTransaction.TRANSFORM, EnumSet.of(Role.PROCESSOR), false, none,
                (c, ctx) -> c.transform(ctx, json(new TransformRequest(TransformKind.SPLIT, List.of(
                        FoodFixture.input("A1", "10")), List.of(FoodFixture.output("S1", "10")), null, null, null,
                        null)))));
        cases.add(submitCase(FoodTransaction.AGGREGATE, EnumSet.of(Role.PROCESSOR), false, none,
                (c, ctx) -> c.aggregate(ctx, json(new AggregateRequest("PALLET-1", List.of("A1"), null, null,
                        null)))));
        cases.add(submitCase(FoodTransaction.DISAGGREGATE, EnumSet.of(Role.PROCESSOR), false,
                f -> f.submit(actor(Role.PROCESSOR), ctx -> f.contract.aggregate(ctx, json(new AggregateRequest(
                        "PALLET-1", List.of("A1"), null, null, null)))),
                (c, ctx) -> c.disaggregate(ctx, "{\"containerId\":\"PALLET-1\"}")));
        cases.add(submitCase(FoodTransaction.RECORD_SENSOR_READINGS, EnumSet.of(Role.LOGISTICS), false, none,
                (c, ctx) -> c.recordSensorReadings(ctx, json(new SensorReadingsRequest(List.of("A1"), "D1", null,
                        "Cel", BigDecimal.ZERO, BigDecimal.TEN, List.of(new SensorReading(
                                java.time.Instant.parse("2026-01-01T00:00:00Z"), BigDecimal.ONE)), null, null)))));
        cases.add(submitCase(FoodTransaction.INSPECT, EnumSet.of(Role.INSPECTOR), true, none,
                (c, ctx) -> c.inspect(ctx, json(new InspectRequest("A1", "lead", new BigDecimal("0.01"),
                        new BigDecimal("0.1"), "mg/kg", null, null, null, null, null, null, null, null)))));
        cases.add(submitCase(FoodTransaction.RECORD_DOCUMENT, writers, true, none,
                (c, ctx) -> c.recordDocument(ctx, json(new DocumentRequest("f".repeat(64), "https://d/1", "licence",
                        null, "SAMR", null, null, List.of("A1"))))));
        cases.add(submitCase(FoodTransaction.CORRECT_EVENT, writers, false, none,
                (c, ctx) -> c.correctEvent(ctx, json(new CorrectEventRequest(registerEventId(c, ctx), "typo",
                        null)))));
        for (final String tx : List.of(FoodTransaction.RECALL, FoodTransaction.HOLD)) {
            cases.add(submitCase(tx, EnumSet.of(Role.REGULATOR), false, none, (c, ctx) -> tx.equals(
                    FoodTransaction.RECALL) ? c.recall(ctx, json(new RecallRequest("RC-1", "A1", "residue", null)))
                            : c.hold(ctx, "{\"lotId\":\"A1\",\"reason\":\"sampling\"}")));
        }
        cases.add(submitCase(FoodTransaction.RELEASE, EnumSet.of(Role.REGULATOR), false,
                f -> f.submit(actor(Role.REGULATOR), ctx -> f.contract.hold(ctx, "{\"lotId\":\"A1\",\"reason\":\"x\"}")),
                (c, ctx) -> c.release(ctx, "{\"lotId\":\"A1\",\"reason\":\"ok\"}")));
        final Case continueRecall = submitCase(FoodTransaction.CONTINUE_RECALL, EnumSet.of(Role.REGULATOR), false,
                f -> f.submit(actor(Role.REGULATOR), ctx -> f.contract.recall(ctx, json(new RecallRequest("RC-1", "A1",
                        "residue", null)))), (c, ctx) -> c.continueRecall(ctx, "RC-1"));
        // A completed recall: regulators pass access control and reach the state check.
        cases.add(new Case(continueRecall.tx(), continueRecall.allowed(), false, false, false,
                continueRecall.wrongOrgCaller(), continueRecall.setup(), continueRecall.call(), "RECALL_COMPLETE"));
        cases.add(new Case(FoodTransaction.ACKNOWLEDGE_RECALL, EnumSet.noneOf(Role.class), true, true, false,
                TestIdentities.client("OtherMSP", "o-retailer", Role.RETAILER),
                f -> f.submit(actor(Role.REGULATOR), ctx -> f.contract.recall(ctx, json(new RecallRequest("RC-1", "A1",
                        "residue", null)))), (c, ctx) -> c.acknowledgeRecall(ctx, "{\"recallId\":\"RC-1\"}"), null));
        cases.add(new Case(FoodTransaction.CONFIGURE, EnumSet.noneOf(Role.class), true, false, false,
                TestIdentities.admin("OtherMSP", "other-admin"), none,
                (c, ctx) -> c.configure(ctx, json(new ConfigurationRequest(List.of(ACTOR, PARTNER), MEMBERS))), null));
        // Private terms: members of the pair's collection (both parties, the authority) only.
        final Consumer<FoodFixture> shippedWithTerms = f -> f.ledger.submit(actor(Role.PRODUCER),
                FoodFixture.termsTransient("{\"contractNumber\":\"PO-1\",\"currency\":\"CNY\",\"price\":10}"),
                ctx -> f.contract.ship(ctx, json(new ShipRequest("A1", PARTNER, null, null, null, null))));
        for (final String tx : List.of(FoodTransaction.VERIFY_TERMS, FoodTransaction.GET_TERMS)) {
            cases.add(new Case(tx, EnumSet.noneOf(Role.class), true, true, false,
                    TestIdentities.client("OtherMSP", "o-retailer", Role.RETAILER), shippedWithTerms,
                    (c, ctx) -> tx.equals(FoodTransaction.GET_TERMS) ? c.getTerms(ctx, shipEventId(ctx))
                            : c.verifyTerms(ctx, "{\"eventId\":\"" + shipEventId(ctx) + "\",\"terms\":"
                                    + "{\"contractNumber\":\"PO-1\",\"currency\":\"CNY\",\"price\":10}}"), null));
        }
        cases.add(submitCase(FoodTransaction.COOL, EnumSet.of(Role.PRODUCER, Role.PROCESSOR, Role.LOGISTICS), false,
                none, (c, ctx) -> c.cool(ctx, "{\"lotId\":\"A1\",\"note\":\"hydrocooling\"}")));
        cases.add(submitCase(FoodTransaction.IMPORT_EVENTS, EnumSet.of(Role.PRODUCER), true, none,
                (c, ctx) -> c.importEvents(ctx, "{\"events\":[{\"epcisEventId\":\"urn:uuid:1\",\"registerLot\":"
                        + json(new RegisterLotRequest("N1", "P", "Pak choi", BigDecimal.ONE, "kg")) + "}]}")));
        // Sites and parties are organisation master data: only an admin writes them, each for its own organisation.
        final TestIdentity otherAdmin = TestIdentities.admin("OtherMSP", "other-admin");
        cases.add(new Case(FoodTransaction.REGISTER_SITE, EnumSet.noneOf(Role.class), true, false, true, otherAdmin,
                none, (c, ctx) -> c.registerSite(ctx, json(FoodFixture.siteRequest("NEW-SITE", "New hall"))), null));
        cases.add(new Case(FoodTransaction.UPDATE_SITE, EnumSet.noneOf(Role.class), true, false, false, otherAdmin,
                none, (c, ctx) -> c.updateSite(ctx, json(FoodFixture.siteRequest(FoodFixture.site(ACTOR), "Renamed"))),
                null));
        cases.add(new Case(FoodTransaction.REGISTER_PARTY, EnumSet.noneOf(Role.class), true, false, true, otherAdmin,
                none, (c, ctx) -> c.registerParty(ctx, json(new PartyRequest("Actor Co", "+86 20 1", null, null,
                        "91350100M000100Y43", null))), "PARTY_ALREADY_EXISTS"));
        cases.add(new Case(FoodTransaction.UPDATE_PARTY, EnumSet.noneOf(Role.class), true, false, true, otherAdmin,
                none, (c, ctx) -> c.updateParty(ctx, json(new PartyRequest("Renamed Co", "+86 20 1", null, null,
                        "91350100M000100Y43", null))), null));
        for (final String tx : List.of(FoodTransaction.GET_SITE, FoodTransaction.GET_PARTY,
                FoodTransaction.GET_PARTY_BY_IDENTIFIER)) {
            cases.add(new Case(tx, EnumSet.noneOf(Role.class), true, true, true,
                    TestIdentities.client("OtherMSP", "reader"), none, (c, ctx) -> switch (tx) {
                        case FoodTransaction.GET_SITE -> c.getSite(ctx, FoodFixture.site(ACTOR));
                        case FoodTransaction.GET_PARTY -> c.getParty(ctx, ACTOR);
                        default -> c.getPartyByIdentifier(ctx, "{\"pgln\":\"" + FoodFixture.pgln(ACTOR) + "\"}");
                    }, null));
        }
        for (final String tx : List.of(FoodTransaction.GET_LOT, FoodTransaction.TRACE_FORWARD,
                FoodTransaction.VERIFY_DOCUMENT, FoodTransaction.GET_CONFIGURATION)) {
            cases.add(new Case(tx, EnumSet.noneOf(Role.class), true, true, true,
                    TestIdentities.client("OtherMSP", "reader"), none, (c, ctx) -> switch (tx) {
                        case FoodTransaction.GET_LOT -> c.getLot(ctx, "A1");
                        case FoodTransaction.TRACE_FORWARD -> c.traceForward(ctx, "{\"lotId\":\"A1\"}");
                        case FoodTransaction.VERIFY_DOCUMENT -> c.verifyDocument(ctx, "0".repeat(64));
                        default -> c.getConfiguration(ctx);
                    }, null));
        }
        return cases;
    }

    /** The REGISTER event of A1 (recorded by ActorMSP), found through the lot's event index. */
    private static String registerEventId(final FoodTraceContract contract, final Context ctx) {
        final var state = new org.tracechain.chaincode.ledger.LedgerState(ctx.getStub());
        return state.scan(FoodKeys.LOT_EVENTS, List.of("A1", "", "A1"), 1, kv -> state.attributesOf(kv.getKey()).get(4))
                .get(0);
    }

    /** The SHIP event of A1 (its second event). */
    private static String shipEventId(final Context ctx) {
        final var state = new org.tracechain.chaincode.ledger.LedgerState(ctx.getStub());
        return state.scan(FoodKeys.LOT_EVENTS, List.of("A1", "", "A1"), 2, kv -> state.attributesOf(kv.getKey()).get(4))
                .get(1);
    }

    @TestFactory
    Stream<DynamicTest> every_caller_against_every_transaction() {
        final List<DynamicTest> tests = new ArrayList<>();
        for (final Case c : cases()) {
            for (final Map.Entry<String, TestIdentity> caller : CALLERS.entrySet()) {
                final Role role = Role.fromValue(caller.getKey()).orElse(null);
                final boolean allowed = c.anyoneInOrg() || (role != null && c.allowed().contains(role))
                        || (caller.getValue() == ACTOR_ADMIN && c.adminAllowed());
                tests.add(DynamicTest.dynamicTest(c.tx() + " by " + caller.getKey() + " → "
                        + (allowed ? "allowed" : "refused"), () -> check(c, caller.getValue(), allowed)));
            }
            tests.add(DynamicTest.dynamicTest(c.tx() + " by the right role of another org → "
                    + (c.wrongOrgAllowed() ? "allowed" : "refused"), () -> check(c, c.wrongOrgCaller(),
                            c.wrongOrgAllowed())));
        }
        return tests.stream();
    }

    private static void check(final Case c, final TestIdentity caller, final boolean allowed) {
        final FoodFixture f = new FoodFixture();
        base(f);
        c.setup().accept(f);
        final var before = f.ledger.snapshot();
        final Throwable thrown = catchThrowable(() -> f.ledger.submit(caller, ctx -> c.call().apply(f.contract, ctx)));
        if (allowed && c.allowedCode() == null) {
            assertThat(thrown).as("%s should be allowed", c.tx()).isNull();
            return;
        }
        assertThat(thrown).isInstanceOf(ChaincodeException.class);
        final String code = Refusal.codeOf((ChaincodeException) thrown);
        if (allowed) {
            assertThat(code).as(thrown.getMessage()).isEqualTo(c.allowedCode());
        } else {
            assertThat(code).as(thrown.getMessage()).isIn(ACCESS_CODES);
        }
        assertThat(f.ledger.snapshot()).isEqualTo(before);
    }

}
