// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.tracechain.chaincode.testing.FoodMasterData;
import org.tracechain.chaincode.testing.HostileCalls;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.Mutation;
import org.tracechain.chaincode.testing.Proposal;
import org.tracechain.chaincode.testing.RefusalCheck;
import org.tracechain.chaincode.testing.Routing;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.AggregateRequest;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.identity.Role;
import org.tracechain.model.json.LedgerJson;

/**
 * Hostile input for foodtrace, through the production path (gate + Fabric's contract router) on one prepared
 * ledger: every variant of a valid call damaged by a {@link Mutation} (argument counts including none, unknown
 * names, invalid UTF-8 bytes, lone surrogates, duplicate keys at any depth, unknown, missing and mistyped
 * fields, over-long, oversized, deeply nested and truncated values, huge numbers, unknown ids, callers without
 * the role) and every call in a wrong state is refused with a code of the vocabulary, without an unexpected
 * exception, and leaves the whole ledger exactly as it was.
 */
class HostileCallPropertiesTest {

    private static final Set<String> VOCABULARY = RefusalCheck.vocabulary(FoodError.values());
    private static final String NEW_HASH = "e".repeat(64);
    private static final String DOCUMENT = "d".repeat(64);
    private static final String TERMS = "{\"contractNumber\":\"PO-1\",\"currency\":\"CNY\",\"price\":10}";

    private static final TestIdentity FARM1 = FoodFixture.FARM1;
    private static final TestIdentity PROCESSOR = FoodFixture.PROCESSOR;
    private static final TestIdentity CARRIER = FoodFixture.CARRIER;
    private static final TestIdentity MARKET1 = FoodFixture.MARKET1;
    private static final TestIdentity LAB = FoodFixture.LAB;
    private static final TestIdentity REGULATOR = FoodFixture.REGULATOR;
    private static final TestIdentity SAMR_ADMIN = FoodFixture.SAMR_ADMIN;
    private static final TestIdentity FARM1_NO_ROLE = TestIdentities.client("Farm1MSP", "farm-visitor");
    private static final TestIdentity PROC_NO_ROLE = TestIdentities.client("ProcMSP", "proc-visitor");
    private static final TestIdentity MARKET1_NO_ROLE = TestIdentities.client("Market1MSP", "market-visitor");
    private static final TestIdentity CARRIER_NO_ROLE = TestIdentities.client("CarrierMSP", "carrier-visitor");
    private static final TestIdentity LAB_NO_ROLE = TestIdentities.client("LabMSP", "lab-visitor");
    private static final TestIdentity SAMR_NO_ROLE = TestIdentities.client("SamrMSP", "samr-visitor");
    private static final TestIdentity FARM1_ADMIN = FoodMasterData.admin("Farm1MSP");
    private static final TestIdentity NEW_ADMIN = TestIdentities.admin("NewMSP", "new-admin");
    private static final TestIdentity NEW_CLIENT = TestIdentities.client("NewMSP", "new-visitor");
    private static final String FARM1_PGLN = FoodMasterData.pgln("Farm1MSP");

    /** The prepared ledger's facts the templates refer to. */
    private record Prepared(FoodFixture fixture, String registerEventId, String traceCode, String termsEventId) {}

    private static final Prepared PREPARED = prepare();
    private static final Chaincode CHAINCODE = Routing.chaincode(FoodTransaction.TABLE);

    /**
     * Lots: L1 held by Farm1 (serial SN-1); L2 in transit to Proc; L3 in transit to Proc with private terms; P1
     * and P2 held by Proc, P2 packed in container C1; M1 held by Market1; T1 in transit to the carrier; H1 on
     * hold; X1 recalled by RC-1 (complete). A document DOCUMENT recorded by the lab.
     */
    private static Prepared prepare() {
        final FoodFixture f = new FoodFixture();
        f.configure();
        f.submit(FARM1, ctx -> f.contract.registerLot(ctx, FoodFixture.json(new org.tracechain.model.food
                .RegisterLotRequest("L1", "06901234567892", "Choy sum", java.math.BigDecimal.valueOf(100), "kg", null,
                        null, List.of("SN-1"), null))));
        for (final String lot : List.of("L2", "L3", "P1", "P2", "M1", "T1", "H1", "X1")) {
            f.registerLot(FARM1, lot, "100");
        }
        f.ship(FARM1, "L2", "ProcMSP");
        final String termsEvent = LedgerJson.fromJson(f.submitWithTerms(FARM1, TERMS, ctx -> f.contract.ship(ctx,
                FoodFixture.json(new ShipRequest("L3", "ProcMSP", null, null, null, null)))), TrackingEvent.class)
                .eventId();
        f.deliver(FARM1, "P1", PROCESSOR);
        f.deliver(FARM1, "P2", PROCESSOR);
        f.submit(PROCESSOR, ctx -> f.contract.aggregate(ctx, FoodFixture.json(new AggregateRequest("C1",
                List.of("P2"), null, null, null))));
        f.deliver(FARM1, "M1", MARKET1);
        f.ship(FARM1, "T1", "CarrierMSP");
        f.submit(REGULATOR, ctx -> f.contract.hold(ctx, "{\"lotId\":\"H1\",\"reason\":\"sampling\"}"));
        f.submit(REGULATOR, ctx -> f.contract.recall(ctx, FoodFixture.json(new RecallRequest("RC-1", "X1", "residue",
                null))));
        f.submit(FARM1_ADMIN, ctx -> f.contract.registerSite(ctx, FoodFixture.json(new org.tracechain.model.food
                .SiteRequest("F1-GLN", "Farm 1 field", "+86 20 1", new org.tracechain.model.food.PostalAddress("Field",
                        "Conghua", null, null, "CN"), "6901234000023", null, null, null))));
        f.submit(LAB, ctx -> f.contract.recordDocument(ctx, "{\"hash\":\"" + DOCUMENT + "\",\"uri\":\"https://d/1\","
                + "\"type\":\"licence\",\"issuer\":\"SAMR\"}"));
        final String registerEvent = f.ledger.evaluate(FARM1, ctx -> {
            final var state = new org.tracechain.chaincode.ledger.LedgerState(ctx.getStub());
            return state.scan(FoodKeys.LOT_EVENTS, List.of("L1", "", "L1"), 1,
                    kv -> state.attributesOf(kv.getKey()).get(4))
                    .get(0);
        });
        return new Prepared(f, registerEvent, f.lot("L1").traceCode(), termsEvent);
    }

    private static InMemoryLedger ledger() {
        return PREPARED.fixture().ledger;
    }

    private static List<String> req(final String... fields) {
        return List.of(fields);
    }

    /** Calls that succeed on the prepared ledger. */
    static List<CallTemplate> validCalls() {
        final Prepared p = PREPARED;
        final List<CallTemplate> calls = new ArrayList<>(List.of(
                CallTemplate.json(FARM1, "RegisterLot", "{'lotId':'N1','productCode':'P1','productName':'Leek',"
                        + "'quantity':5,'unit':'kg','origin':{'producer':'Farm','regionCode':'440183'},"
                        + "'serials':['SN-2','SN-3']}", req("lotId", "productCode", "productName", "quantity", "unit"),
                        List.of(), FARM1_NO_ROLE),
                CallTemplate.json(FARM1, "RegisterSerials", "{'lotId':'L1','serials':['SN-9']}",
                        req("lotId", "serials"), List.of("lotId"), FARM1_NO_ROLE),
                CallTemplate.json(FARM1, "Ship", "{'lotId':'L1','toMspId':'ProcMSP','site':'S-Farm1MSP',"
                        + "'documentHashes':['" + DOCUMENT + "']}", req("lotId", "toMspId"),
                        List.of("lotId", "toMspId"), FARM1_NO_ROLE)
                        .withTransient(FoodFixture.termsTransient(TERMS)),
                CallTemplate.json(PROCESSOR, "Receive", "{'lotId':'L2','note':'ok'}", req("lotId"), List.of("lotId"),
                        PROC_NO_ROLE),
                CallTemplate.json(MARKET1, "Sell", "{'lotId':'M1','quantity':1.5}", req("lotId", "quantity"),
                        List.of("lotId"), MARKET1_NO_ROLE),
                CallTemplate.json(PROCESSOR, "Transform", "{'kind':'SPLIT','inputs':[{'lotId':'P1','quantity':10}],"
                        + "'outputs':[{'lotId':'O1','quantity':4},{'lotId':'O2','quantity':6}]}",
                        req("kind", "inputs", "outputs"), List.of(), PROC_NO_ROLE),
                CallTemplate.json(PROCESSOR, "Aggregate", "{'containerId':'C2','lotIds':['P1']}",
                        req("containerId", "lotIds"), List.of(), PROC_NO_ROLE),
                CallTemplate.json(PROCESSOR, "Disaggregate", "{'containerId':'C1'}", req("containerId"),
                        List.of("containerId"), PROC_NO_ROLE),
                CallTemplate.json(LAB, "Inspect", "{'lotId':'L1','analyte':'lead','result':0.01,'limit':0.1,"
                        + "'unit':'mg/kg','passed':true}", req("lotId", "analyte", "result", "unit"),
                        List.of("lotId"), LAB_NO_ROLE),
                CallTemplate.json(LAB, "RecordDocument", "{'hash':'" + NEW_HASH + "','uri':'https://d/2',"
                        + "'type':'licence','issuer':'SAMR','validFrom':'2026-01-01','lotIds':['L1']}",
                        req("hash", "uri", "type", "issuer"), List.of(), LAB_NO_ROLE),
                CallTemplate.json(CARRIER, "RecordSensorReadings", "{'lotIds':['T1'],'deviceId':'D1','unit':'Cel',"
                        + "'minAllowed':0,'maxAllowed':4,'readings':[{'time':'2026-01-01T00:00:00Z','value':3.5}]}",
                        req("lotIds", "deviceId", "unit", "readings"), List.of(), CARRIER_NO_ROLE),
                CallTemplate.json(FARM1, "CorrectEvent", "{'eventId':'" + p.registerEventId() + "','reason':'typo'}",
                        req("eventId", "reason"), List.of("eventId"), FARM1_NO_ROLE),
                CallTemplate.json(REGULATOR, "Recall", "{'recallId':'RC-2','lotId':'L1','reason':'residue'}",
                        req("recallId", "lotId", "reason"), List.of("lotId"), SAMR_NO_ROLE),
                CallTemplate.json(FARM1, "AcknowledgeRecall", "{'recallId':'RC-1','note':'notified'}",
                        req("recallId"), List.of("recallId"), null),
                CallTemplate.json(REGULATOR, "Hold", "{'lotId':'L1','reason':'sampling'}", req("lotId", "reason"),
                        List.of("lotId"), SAMR_NO_ROLE),
                CallTemplate.json(REGULATOR, "Release", "{'lotId':'H1','reason':'ok'}", req("lotId", "reason"),
                        List.of("lotId"), SAMR_NO_ROLE),
                CallTemplate.json(SAMR_ADMIN, "Configure", "{'authorityMspIds':['LabMSP','SamrMSP'],'memberMspIds':"
                        + FoodFixture.json(FoodFixture.MEMBERS).replace('"', '\'') + "}",
                        req("authorityMspIds", "memberMspIds"), List.of(), SAMR_NO_ROLE),
                CallTemplate.json(FARM1_ADMIN, "RegisterSite", "{'siteId':'N-SITE','businessName':'Hall','phone':"
                        + "'+86 20 1','address':{'street':'1 Road','city':'Guangzhou','countryCode':'CN'},'gln':"
                        + "'4012345000115','glnExtension':'9','utcOffset':'+08:00'}",
                        req("siteId", "businessName", "phone", "address"), List.of(), FARM1_NO_ROLE),
                CallTemplate.json(FARM1_ADMIN, "UpdateSite", "{'siteId':'S-Farm1MSP','businessName':'Hall','phone':"
                        + "'+86 20 1','address':{'street':'1 Road','city':'Guangzhou','countryCode':'CN'}}",
                        req("siteId", "businessName", "phone", "address"), List.of("siteId"), FARM1_NO_ROLE),
                CallTemplate.json(NEW_ADMIN, "RegisterParty", "{'businessName':'New Co','phone':'+86 1','uscc':"
                        + "'91350100M000100Y43'}", req("businessName", "phone"), List.of(), NEW_CLIENT),
                CallTemplate.json(FARM1_ADMIN, "UpdateParty", "{'businessName':'Farm 1','phone':'+86 1','pgln':'"
                        + FARM1_PGLN + "','primarySiteId':'S-Farm1MSP'}", req("businessName", "phone"),
                        List.of("primarySiteId"), FARM1_NO_ROLE),
                CallTemplate.json(FARM1, "Cool", "{'lotId':'L1','note':'ice'}", req("lotId"), List.of("lotId"),
                        FARM1_NO_ROLE),
                CallTemplate.json(FARM1, "ImportEvents", "{'events':[{'epcisEventId':'urn:uuid:1','registerLot':"
                        + "{'lotId':'N9','productCode':'P','productName':'Leek','quantity':1,'unit':'kg'}}]}",
                        req("events"), List.of(), FARM1_NO_ROLE),
                // ---- reads ----
                CallTemplate.ids(FARM1, "GetSite", List.of("#0"), "S-Farm1MSP"),
                CallTemplate.ids(FARM1, "GetParty", List.of("#0"), "Farm1MSP"),
                CallTemplate.json(MARKET1, "GetSiteByGln", "{'gln':'6901234000023'}", req("gln"), List.of(), null),
                CallTemplate.json(MARKET1, "GetPartyByIdentifier", "{'pgln':'" + FARM1_PGLN + "'}", List.of(),
                        List.of(), null),
                CallTemplate.ids(FARM1, "GetLot", List.of("#0"), "L1"),
                CallTemplate.ids(FARM1, "GetLotByTraceCode", List.of("#0"), p.traceCode()),
                CallTemplate.ids(FARM1, "GetSerial", List.of("#0"), "SN-1"),
                CallTemplate.ids(FARM1, "GetEvent", List.of("#0"), p.registerEventId()),
                CallTemplate.ids(REGULATOR, "RecallStatus", List.of("#0"), "RC-1"),
                CallTemplate.ids(FARM1, "GetTerms", List.of("#0"), p.termsEventId()),
                CallTemplate.ids(MARKET1, "VerifyDocument", List.of(), DOCUMENT),
                CallTemplate.ids(MARKET1, "WhoAmI", List.of()),
                CallTemplate.ids(MARKET1, "GetConfiguration", List.of()),
                CallTemplate.json(FARM1, "LotsByHolder", "{'holderMspId':'Farm1MSP','pageSize':10}", List.of(),
                        List.of(), null),
                CallTemplate.json(REGULATOR, "LotsByStatus", "{'status':'IN_TRANSIT','pageSize':5}", List.of(),
                        List.of(), null),
                CallTemplate.json(FARM1, "EventsByLot", "{'lotId':'L1'}", List.of(), List.of(), null),
                CallTemplate.json(MARKET1, "TraceBack", "{'lotId':'M1','maxDepth':5,'includeEvents':true}",
                        req("lotId"), List.of("lotId"), null),
                CallTemplate.json(REGULATOR, "TraceForward", "{'lotId':'L1'}", req("lotId"), List.of("lotId"), null),
                CallTemplate.json(FARM1, "VerifyTerms", "{'eventId':'" + p.termsEventId() + "','terms':" + TERMS
                        .replace('"', '\'') + "}", req("eventId", "terms"), List.of("eventId"), null)));
        return calls;
    }

    /** Calls that are well-formed but wrong for the ledger's state (or the caller): refused as they are. */
    static List<Proposal> wrongStates() {
        final Prepared p = PREPARED;
        final List<CallTemplate> calls = List.of(
                CallTemplate.json(FARM1, "Ship", "{'lotId':'L2','toMspId':'Market1MSP'}", List.of(), List.of(), null),
                CallTemplate.json(FARM1, "Ship", "{'lotId':'L1','toMspId':'Farm1MSP'}", List.of(), List.of(), null),
                CallTemplate.json(FARM1, "Ship", "{'lotId':'L1','toMspId':'GhostMSP'}", List.of(), List.of(), null),
                CallTemplate.json(FARM1, "Ship", "{'lotId':'H1','toMspId':'ProcMSP'}", List.of(), List.of(), null),
                CallTemplate.json(FARM1, "Ship", "{'lotId':'X1','toMspId':'ProcMSP'}", List.of(), List.of(), null),
                CallTemplate.json(MARKET1, "Ship", "{'lotId':'L1','toMspId':'ProcMSP'}", List.of(), List.of(), null),
                CallTemplate.json(PROCESSOR, "Receive", "{'lotId':'L1'}", List.of(), List.of(), null),
                CallTemplate.json(MARKET1, "Receive", "{'lotId':'L2'}", List.of(), List.of(), null),
                CallTemplate.json(MARKET1, "Sell", "{'lotId':'M1','quantity':1000}", List.of(), List.of(), null),
                CallTemplate.json(MARKET1, "Sell", "{'lotId':'M1','quantity':-1}", List.of(), List.of(), null),
                CallTemplate.json(REGULATOR, "Release", "{'lotId':'L1','reason':'ok'}", List.of(), List.of(), null),
                CallTemplate.json(REGULATOR, "Hold", "{'lotId':'H1','reason':'again'}", List.of(), List.of(), null),
                CallTemplate.json(REGULATOR, "Recall", "{'recallId':'RC-1','lotId':'L1','reason':'x'}", List.of(),
                        List.of(), null),
                CallTemplate.ids(REGULATOR, "ContinueRecall", List.of(), "RC-1"),
                CallTemplate.json(PROCESSOR, "AcknowledgeRecall", "{'recallId':'RC-1'}", List.of(), List.of(), null),
                CallTemplate.json(FARM1, "RegisterLot", "{'lotId':'L1','productCode':'P1','productName':'Leek',"
                        + "'quantity':5,'unit':'kg'}", List.of(), List.of(), null),
                CallTemplate.json(FARM1, "RegisterSerials", "{'lotId':'L1','serials':['SN-1']}", List.of(), List.of(),
                        null),
                CallTemplate.json(PROCESSOR, "Disaggregate", "{'containerId':'C1','lotIds':['P1']}", List.of(),
                        List.of(), null),
                CallTemplate.json(PROCESSOR, "Aggregate", "{'containerId':'C3','lotIds':['P2']}", List.of(), List.of(),
                        null),
                CallTemplate.json(PROCESSOR, "Transform", "{'kind':'SPLIT','inputs':[{'lotId':'P1','quantity':10}],"
                        + "'outputs':[{'lotId':'O1','quantity':11}]}", List.of(), List.of(), null),
                CallTemplate.json(PROCESSOR, "Transform", "{'kind':'SPLIT','inputs':[{'lotId':'P1','quantity':10,"
                        + "'unit':'kg'}],'outputs':[{'lotId':'L1','quantity':10}]}", List.of(), List.of(), null),
                CallTemplate.json(LAB, "RecordDocument", "{'hash':'" + DOCUMENT + "','uri':'https://d/1',"
                        + "'type':'licence','issuer':'SAMR'}", List.of(), List.of(), null),
                CallTemplate.json(LAB, "Inspect", "{'lotId':'L1','analyte':'lead','result':1,'limit':0.1,"
                        + "'unit':'mg/kg','passed':true}", List.of(), List.of(), null),
                CallTemplate.json(FARM1, "Ship", "{'lotId':'L1','toMspId':'ProcMSP','documentHashes':['" + NEW_HASH
                        + "']}", List.of(), List.of(), null),
                CallTemplate.json(TestIdentities.admin("Farm1MSP", "farm-admin"), "Configure",
                        "{'authorityMspIds':['Farm1MSP'],'memberMspIds':['Farm1MSP']}", List.of(), List.of(), null),
                CallTemplate.json(FoodFixture.ROGUE_REGULATOR, "Hold", "{'lotId':'L1','reason':'x'}", List.of(),
                        List.of(), null),
                CallTemplate.ids(MARKET1, "GetTerms", List.of(), p.termsEventId()),
                // A right guess of the terms by a non-member of their collection learns nothing.
                CallTemplate.json(MARKET1, "VerifyTerms", "{'eventId':'" + p.termsEventId() + "','terms':" + TERMS
                        .replace('"', '\'') + "}", List.of(), List.of(), null),
                CallTemplate.json(FARM1, "Ship", "{'lotId':'L1','toMspId':'ProcMSP'}", List.of(), List.of(), null)
                        .withTransient(Map.of("terms", TERMS.getBytes(StandardCharsets.UTF_8))),
                CallTemplate.json(FARM1, "Ship", "{'lotId':'L1','toMspId':'ProcMSP'}", List.of(), List.of(), null)
                        .withTransient(Map.of("terms", TERMS.getBytes(StandardCharsets.UTF_8), "termsSalt",
                                "SALT".getBytes(StandardCharsets.UTF_8))),
                CallTemplate.ids(FARM1, "GetLot", List.of(), "NOPE"),
                CallTemplate.json(FARM1_ADMIN, "RegisterSite", "{'siteId':'S-Farm1MSP','businessName':'Hall','phone':"
                        + "'+86 20 1','address':{'street':'1 Road','city':'Guangzhou','countryCode':'CN'}}", List.of(),
                        List.of(), null),
                CallTemplate.json(FARM1_ADMIN, "UpdateSite", "{'siteId':'S-ProcMSP','businessName':'Hall','phone':"
                        + "'+86 20 1','address':{'street':'1 Road','city':'Guangzhou','countryCode':'CN'}}", List.of(),
                        List.of(), null),
                CallTemplate.json(FARM1_ADMIN, "RegisterParty", "{'businessName':'Farm','phone':'+86 1','pgln':'"
                        + FARM1_PGLN + "'}", List.of(), List.of(), null),
                CallTemplate.json(FARM1, "Cool", "{'lotId':'T1'}", List.of(), List.of(), null),
                CallTemplate.json(FARM1, "ImportEvents", "{'events':[{'epcisEventId':'urn:uuid:2','registerLot':"
                        + "{'lotId':'L1','productCode':'P','productName':'Leek','quantity':1,'unit':'kg'}}]}",
                        List.of(), List.of(), null),
                CallTemplate.json(FARM1, "RegisterLot", "{'lotId':'G1','productCode':'P','productName':'Leek',"
                        + "'quantity':1,'unit':'kg','gtin':'06901234567893'}", List.of(), List.of(), null));
        return calls.stream().map(CallTemplate::proposal).toList();
    }

    @Provide
    Arbitrary<Proposal> hostileCalls() {
        final Arbitrary<Proposal> mutated = Combinators.combine(Arbitraries.of(validCalls()),
                Arbitraries.of(Mutation.class), Arbitraries.longs())
                .as((call, mutation, seed) -> HostileCalls.mutate(call, mutation, new Random(seed),
                        FoodTransaction.TABLE));
        return Arbitraries.frequencyOf(Tuple.of(19, mutated), Tuple.of(1, Arbitraries.of(wrongStates())));
    }

    @Property(tries = 10_000)
    void every_hostile_call_is_refused_with_a_code_and_changes_nothing(@ForAll("hostileCalls") final Proposal call) {
        final String code = RefusalCheck.assertRefusedWithoutChange(ledger(), CHAINCODE, call, VOCABULARY);
        Statistics.label("code").collect(code);
        // The generators really reach every kind of refusal, not just the first check that fails.
        Statistics.label("code").coverage(coverage -> {
            for (final String expected : List.of("WRONG_ARGUMENTS", "UNKNOWN_TRANSACTION", "INVALID_ENCODING",
                    "MALFORMED_JSON", "INPUT_TOO_LARGE", "INVALID_FIELD", "FIELD_TOO_LONG", "ACCESS_DENIED",
                    "UNKNOWN_ORGANIZATION", "LOT_NOT_FOUND", "EVENT_NOT_FOUND", "RECALL_NOT_FOUND", "LOT_IN_TRANSIT",
                    "NOT_AN_AUTHORITY", "SITE_NOT_FOUND")) {
                coverage.check(expected).count(n -> n > 0);
            }
        });
    }

    @Test
    void every_wrong_state_is_refused() {
        for (final Proposal call : wrongStates()) {
            RefusalCheck.assertRefusedWithoutChange(ledger(), CHAINCODE, call, VOCABULARY);
        }
    }

    @Test
    void the_valid_calls_succeed_so_the_refusals_are_about_the_damage() {
        // Each on its own transaction that is never committed, so all of them see the prepared ledger.
        for (final CallTemplate call : validCalls()) {
            final Proposal proposal = call.proposal();
            final Chaincode.Response response = CHAINCODE.invoke(ledger().begin(proposal.caller(),
                    proposal.transientData()).withRawArgs(proposal.args()));
            assertThat(response.getStatusCode()).as("%s: %s", call, response.getMessage()).isEqualTo(200);
        }
    }
}
