// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.testing.FoodMasterData;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.ConfigurationRequest;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.SiteRequest;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.identity.Role;
import org.tracechain.model.json.LedgerJson;

/** A foodtrace ledger with the cast of the Guangdong scenario and helpers for the common transactions. */
class FoodFixture {

    static final TestIdentity FARM1 = TestIdentities.client("Farm1MSP", "farmer1", Role.PRODUCER);
    static final TestIdentity FARM2 = TestIdentities.client("Farm2MSP", "farmer2", Role.PRODUCER);
    static final TestIdentity PROCESSOR = TestIdentities.client("ProcMSP", "proc", Role.PROCESSOR);
    static final TestIdentity CARRIER = TestIdentities.client("CarrierMSP", "driver", Role.LOGISTICS);
    static final TestIdentity MARKET1 = TestIdentities.client("Market1MSP", "stall1", Role.RETAILER);
    static final TestIdentity MARKET2 = TestIdentities.client("Market2MSP", "stall2", Role.RETAILER);
    static final TestIdentity MARKET3 = TestIdentities.client("Market3MSP", "stall3", Role.RETAILER);
    static final TestIdentity LAB = TestIdentities.client("LabMSP", "analyst", Role.INSPECTOR);
    static final TestIdentity REGULATOR = TestIdentities.client("SamrMSP", "officer", Role.REGULATOR);
    static final TestIdentity SAMR_ADMIN = TestIdentities.admin("SamrMSP", "samr-admin");
    /** A regulator role minted by a non-authority organisation's own CA. */
    static final TestIdentity ROGUE_REGULATOR = TestIdentities.client("Farm1MSP", "self-made", Role.REGULATOR);

    /** A GTIN-14 with a valid check digit, the product code and GTIN of the fixture's lots. */
    static final String CHOY_SUM_GTIN = "06901234567892";

    /** The channel's member organisations in these tests (including ones no identity above uses). */
    static final List<String> MEMBERS = List.of("CarrierMSP", "CustomsMSP", "Farm1MSP", "Farm2MSP", "LabMSP",
            "Market1MSP", "Market2MSP", "Market3MSP", "ProcMSP", "SamrMSP");

    final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
    final FoodTraceContract contract = new FoodTraceContract();
    private final java.util.Set<String> seeded = new java.util.HashSet<>();

    // ---- running transactions ---------------------------------------------------------------------------

    String submit(final TestIdentity who, final Function<Context, String> tx) {
        return ledger.submit(who, tx);
    }

    <T> T submit(final TestIdentity who, final Function<Context, String> tx, final Class<T> type) {
        return LedgerJson.fromJson(ledger.submit(who, tx), type);
    }

    <T> T evaluate(final TestIdentity who, final Function<Context, String> tx, final Class<T> type) {
        return LedgerJson.fromJson(ledger.evaluate(who, tx), type);
    }

    <T> T evaluate(final TestIdentity who, final Function<Context, String> tx, final TypeReference<T> type) {
        return LedgerJson.fromJson(ledger.evaluate(who, tx), type);
    }

    /** The salt tests send with terms (a client draws 32 random bytes; tests need repeatable hashes). */
    static final String SALT = "5a1f".repeat(16);

    /** Submits with a transient map {"terms": termsJson, "termsSalt": SALT}. */
    String submitWithTerms(final TestIdentity who, final String termsJson, final Function<Context, String> tx) {
        return ledger.submit(who, termsTransient(termsJson), tx);
    }

    /** The transient map of terms with {@link #SALT}. */
    static Map<String, byte[]> termsTransient(final String termsJson) {
        return Map.of("terms", termsJson.getBytes(StandardCharsets.UTF_8),
                "termsSalt", SALT.getBytes(StandardCharsets.UTF_8));
    }

    /** Asserts the submit is refused with {@code code} and the ledger (state, policies, private data) is unchanged. */
    void assertRefused(final String code, final TestIdentity who, final Function<Context, String> tx) {
        final var before = ledger.snapshot();
        final int events = ledger.events().size();
        assertThatThrownBy(() -> ledger.submit(who, tx)).isInstanceOfSatisfying(ChaincodeException.class,
                e -> assertThat(Refusal.codeOf(e)).as(e.getMessage()).isEqualTo(code));
        assertThat(ledger.snapshot()).isEqualTo(before);
        assertThat(ledger.events()).hasSize(events);
    }

    /** Asserts the evaluate is refused with {@code code}. */
    void assertEvaluateRefused(final String code, final TestIdentity who, final Function<Context, String> tx) {
        assertThatThrownBy(() -> ledger.evaluate(who, tx)).isInstanceOfSatisfying(ChaincodeException.class,
                e -> assertThat(Refusal.codeOf(e)).as(e.getMessage()).isEqualTo(code));
    }

    /** A configuration with these authorities and the test channel's {@link #MEMBERS}. */
    static ConfigurationRequest configuration(final String... authorities) {
        return new ConfigurationRequest(List.of(authorities), MEMBERS);
    }

    static String json(final Object value) {
        return LedgerJson.toJson(value);
    }

    // ---- common steps ---------------------------------------------------------------------------------------

    /** Configures SamrMSP as the authority and registers every member's site and party (see {@link #site}). */
    void configure() {
        submit(SAMR_ADMIN, ctx -> contract.configure(ctx, json(configuration("SamrMSP"))));
        registerMasterData(MEMBERS);
    }

    /** The site each test organisation registers as its primary site: {@code S-<mspId>}. */
    static String site(final String mspId) {
        return FoodMasterData.siteId(mspId);
    }

    /** The party GLN each test organisation registers. */
    static String pgln(final String mspId) {
        return FoodMasterData.pgln(mspId);
    }

    static SiteRequest siteRequest(final String siteId, final String businessName) {
        return new SiteRequest(siteId, businessName, "+86 20 8888 0000", new PostalAddress("1 Huangpu Avenue",
                "Guangzhou", "Guangdong", "510000", "CN"), null, null, "+08:00", null);
    }

    /** Each organisation's admin registers its primary site {@link #site} and its party, once per ledger. */
    void registerMasterData(final List<String> mspIds) {
        for (final String msp : mspIds) {
            if (seeded.add(msp)) {
                FoodMasterData.seed(ledger, msp);
            }
        }
    }

    Lot registerLot(final TestIdentity producer, final String lotId, final String quantity) {
        return submit(producer, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest(lotId, CHOY_SUM_GTIN,
                "Choy sum", new BigDecimal(quantity), "kg", null, null, null, null, CHOY_SUM_GTIN, null, null))),
                Lot.class);
    }

    Lot lot(final String lotId) {
        return evaluate(FARM1, ctx -> contract.getLot(ctx, lotId), Lot.class);
    }

    TrackingEvent ship(final TestIdentity from, final String lotId, final String toMsp) {
        return submit(from, ctx -> contract.ship(ctx, json(new ShipRequest(lotId, toMsp, null, null, null, null))),
                TrackingEvent.class);
    }

    TrackingEvent receive(final TestIdentity by, final String lotId) {
        return submit(by, ctx -> contract.receive(ctx, json(new ReceiveRequest(lotId, null, null, null, null))),
                TrackingEvent.class);
    }

    /** Moves a lot from its holder to the processor (ship + receive). */
    void deliver(final TestIdentity from, final String lotId, final TestIdentity to) {
        ship(from, lotId, to.mspId());
        receive(to, lotId);
    }

    TrackingEvent split(final TestIdentity processor, final String input, final String inputQuantity,
            final List<String> outputs, final String eachQuantity) {
        final List<TransformOutput> out = outputs.stream()
                .map(id -> new TransformOutput(id, null, null, null, new BigDecimal(eachQuantity), null)).toList();
        return submit(processor, ctx -> contract.transform(ctx, json(new TransformRequest(TransformKind.SPLIT,
                List.of(new LotQuantity(input, new BigDecimal(inputQuantity), null)), out, null, null, null, null))),
                TrackingEvent.class);
    }

    static TransformOutput output(final String lotId, final String quantity) {
        return new TransformOutput(lotId, null, null, null, new BigDecimal(quantity), null);
    }

    static LotQuantity input(final String lotId, final String quantity) {
        return new LotQuantity(lotId, new BigDecimal(quantity), null);
    }
}
