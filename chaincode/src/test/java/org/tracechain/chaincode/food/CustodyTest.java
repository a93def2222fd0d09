// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hyperledger.fabric.shim.ext.sbe.impl.StateBasedEndorsementFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TermsVerification;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.food.VerifyTermsRequest;
import org.tracechain.model.identity.Role;

class CustodyTest extends FoodFixture {

    private static final String TERMS = "{\"contractNumber\":\"PO-2026-001\",\"currency\":\"CNY\",\"price\":8800.00}";

    @BeforeEach
    void setUp() {
        configure();
        registerLot(FARM1, "L1", "100");
    }

    private List<String> endorsers(final String lotId) {
        return ledger.validationParameter(FoodKeys.lot(lotId))
                .map(p -> StateBasedEndorsementFactory.getInstance().newStateBasedEndorsement(p).listOrgs())
                .orElse(List.of());
    }

    @Test
    void registration_binds_the_lot_key_to_the_producers_peers() {
        assertThat(endorsers("L1")).containsExactly("Farm1MSP");
    }

    @Test
    void ship_puts_lot_in_transit_and_requires_the_receivers_endorsement() {
        final TrackingEvent event = ship(FARM1, "L1", "ProcMSP");

        assertThat(lot("L1").status()).isEqualTo(LotStatus.IN_TRANSIT);
        assertThat(lot("L1").shippedToMspId()).isEqualTo("ProcMSP");
        assertThat(lot("L1").holderMspId()).isEqualTo("Farm1MSP");
        assertThat(endorsers("L1")).containsExactly("ProcMSP");
        assertThat(event.body().shipment().fromMspId()).isEqualTo("Farm1MSP");
        assertThat(event.body().shipment().termsHash()).isNull();
    }

    @Test
    void receive_moves_custody_and_the_key_policy_to_the_new_holder() {
        ship(FARM1, "L1", "ProcMSP");
        receive(PROCESSOR, "L1");

        assertThat(lot("L1").holderMspId()).isEqualTo("ProcMSP");
        assertThat(lot("L1").status()).isEqualTo(LotStatus.ACTIVE);
        assertThat(lot("L1").shippedToMspId()).isNull();
        assertThat(endorsers("L1")).containsExactly("ProcMSP");
        assertThat(ledger.keys()).contains(FoodKeys.key(FoodKeys.LOT_BY_HOLDER, "ProcMSP", "L1"))
                .doesNotContain(FoodKeys.key(FoodKeys.LOT_BY_HOLDER, "Farm1MSP", "L1"));
    }

    @Test
    void a_lot_is_shipped_only_to_a_member_of_the_channel() {
        assertRefused("UNKNOWN_ORGANIZATION", FARM1, ctx -> contract.ship(ctx, json(new ShipRequest("L1", "GhostMSP",
                null, null, null, null))));
        assertThat(lot("L1").status()).isEqualTo(LotStatus.ACTIVE);
    }

    @Test
    void without_a_member_list_nothing_is_shipped() {
        final FoodFixture unconfigured = new FoodFixture();
        unconfigured.registerMasterData(MEMBERS);
        unconfigured.registerLot(FARM1, "L1", "100");
        unconfigured.assertRefused("NOT_CONFIGURED", FARM1, ctx -> unconfigured.contract.ship(ctx, json(
                new ShipRequest("L1", "ProcMSP", null, null, null, null))));
        // A configuration written before members were recorded must be configured again.
        unconfigured.submit(SAMR_ADMIN, ctx -> {
            ctx.getStub().putState(FoodKeys.config(), ("{\"authorityMspIds\":[\"SamrMSP\"],\"txId\":\"t0\","
                    + "\"updatedAt\":\"2026-01-01T00:00:00Z\",\"updatedBy\":\"x\",\"updatedByMspId\":\"SamrMSP\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return "";
        });
        unconfigured.assertRefused("NOT_CONFIGURED", FARM1, ctx -> unconfigured.contract.ship(ctx, json(
                new ShipRequest("L1", "ProcMSP", null, null, null, null))));
        unconfigured.configure();
        unconfigured.ship(FARM1, "L1", "ProcMSP");
    }

    @Test
    void only_the_holder_ships() {
        assertRefused("NOT_HOLDER", FARM2, ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null,
                null, null, null))));
    }

    @Test
    void shipping_needs_a_custodian_role() {
        final var clerk = TestIdentities.client("Farm1MSP", "clerk", Role.AUDITOR);
        assertRefused("ACCESS_DENIED", clerk, ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null,
                null, null, null))));
    }

    @Test
    void a_lot_in_transit_is_not_shipped_again() {
        ship(FARM1, "L1", "ProcMSP");
        assertRefused("LOT_IN_TRANSIT", FARM1, ctx -> contract.ship(ctx, json(new ShipRequest("L1", "CarrierMSP",
                null, null, null, null))));
    }

    @Test
    void shipping_to_oneself_is_refused() {
        assertRefused("SHIP_TO_SELF", FARM1, ctx -> contract.ship(ctx, json(new ShipRequest("L1", "Farm1MSP", null,
                null, null, null))));
    }

    @Test
    void only_the_named_receiver_receives() {
        ship(FARM1, "L1", "ProcMSP");
        assertRefused("NOT_RECEIVER", CARRIER, ctx -> contract.receive(ctx, "{\"lotId\":\"L1\"}"));
    }

    @Test
    void a_lot_not_in_transit_cannot_be_received() {
        assertRefused("LOT_NOT_IN_TRANSIT", PROCESSOR, ctx -> contract.receive(ctx, "{\"lotId\":\"L1\"}"));
    }

    @Test
    void unknown_lot_is_refused() {
        assertRefused("LOT_NOT_FOUND", FARM1, ctx -> contract.ship(ctx, json(new ShipRequest("NOPE", "ProcMSP", null,
                null, null, null))));
    }

    @Test
    void event_time_in_the_future_is_refused() {
        assertRefused("INVALID_FIELD", FARM1, ctx -> contract.ship(ctx,
                "{\"lotId\":\"L1\",\"toMspId\":\"ProcMSP\",\"eventTime\":\"2030-01-01T00:00:00Z\"}"));
    }

    @Test
    void unrecorded_documents_cannot_be_cited() {
        assertRefused("DOCUMENT_NOT_FOUND", FARM1, ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP",
                null, null, List.of("a".repeat(64)), null))));
    }

    @Test
    void private_terms_go_to_the_pair_collection_with_only_the_hash_on_the_channel() {
        final TrackingEvent event = LedgerJsonAccess.event(submitWithTerms(FARM1, TERMS,
                ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null, null, null, null)))));

        final String collection = "terms_Farm1MSP_ProcMSP";
        assertThat(event.body().shipment().termsCollection()).isEqualTo(collection);
        final byte[] stored = ledger.privateState(collection, FoodKeys.key(FoodKeys.TERMS, event.eventId())).orElseThrow();
        assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo("{\"salt\":\"" + SALT + "\",\"terms\":"
                + "{\"contractNumber\":\"PO-2026-001\",\"currency\":\"CNY\",\"price\":8800}}");
        assertThat(event.body().shipment().termsHash()).isEqualTo(Hashing.hex(Hashing.sha256(stored)));
        assertThat(ledger.keys().stream().map(k -> ledger.stateAsString(k).orElse("")))
                .noneMatch(v -> v.contains("PO-2026-001"));
    }

    @Test
    void verify_terms_proves_a_match_and_detects_a_mismatch() {
        final TrackingEvent event = LedgerJsonAccess.event(submitWithTerms(FARM1, TERMS,
                ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null, null, null, null)))));

        final TermsVerification good = evaluate(PROCESSOR, ctx -> contract.verifyTerms(ctx, json(new VerifyTermsRequest(
                event.eventId(), new TradeTerms(new BigDecimal("8800"), "CNY", "PO-2026-001", null)))),
                TermsVerification.class);
        final TermsVerification bad = evaluate(PROCESSOR, ctx -> contract.verifyTerms(ctx, json(new VerifyTermsRequest(
                event.eventId(), new TradeTerms(new BigDecimal("7800"), "CNY", "PO-2026-001", null)))),
                TermsVerification.class);

        assertThat(good.matches()).isTrue();
        assertThat(good.privateDataHashMatches()).isTrue();
        assertThat(bad.matches()).isFalse();
    }

    @Test
    void terms_are_readable_by_the_parties_only() {
        final TrackingEvent event = LedgerJsonAccess.event(submitWithTerms(FARM1, TERMS,
                ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null, null, null, null)))));

        assertThat(evaluate(PROCESSOR, ctx -> contract.getTerms(ctx, event.eventId()), TradeTerms.class).contractNumber())
                .isEqualTo("PO-2026-001");
        assertThat(evaluate(REGULATOR, ctx -> contract.getTerms(ctx, event.eventId()), TradeTerms.class).currency())
                .isEqualTo("CNY");
        assertEvaluateRefused("NOT_A_TRADING_PARTY", MARKET1, ctx -> contract.getTerms(ctx, event.eventId()));
    }

    @Test
    void malformed_terms_are_refused() {
        final var before = ledger.snapshot();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> submitWithTerms(FARM1, "{\"price\":\"x\"}",
                ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null, null, null, null)))))
                .hasMessageStartingWith("[MALFORMED_JSON] transient terms");
        assertThat(ledger.snapshot()).isEqualTo(before);
        final byte[] notUtf8 = {'{', '"', 'n', 'o', 't', 'e', '"', ':', '"', (byte) 0xFF, '"', '}'};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ledger.submit(FARM1, java.util.Map.of("terms", notUtf8),
                ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null, null, null, null)))))
                .hasMessageStartingWith("[INVALID_ENCODING] transient terms");
        assertThat(ledger.snapshot()).isEqualTo(before);
    }

    @Test
    void retailer_of_the_holder_sells_and_a_lot_sold_out_is_consumed() {
        deliver(FARM1, "L1", MARKET1);
        submit(MARKET1, ctx -> contract.sell(ctx, json(new SellRequest("L1", new BigDecimal("40"), null, null, null))));
        assertThat(lot("L1").quantity()).isEqualByComparingTo("60");

        assertRefused("INSUFFICIENT_QUANTITY", MARKET1, ctx -> contract.sell(ctx, json(new SellRequest("L1",
                new BigDecimal("60.5"), null, null, null))));
        submit(MARKET1, ctx -> contract.sell(ctx, json(new SellRequest("L1", new BigDecimal("60"), null, null, null))));
        assertThat(lot("L1").status()).isEqualTo(LotStatus.CONSUMED);
        assertRefused("LOT_CONSUMED", MARKET1, ctx -> contract.sell(ctx, json(new SellRequest("L1", BigDecimal.ONE,
                null, null, null))));
    }

    @Test
    void selling_needs_the_retailer_role_of_the_holder() {
        assertRefused("ACCESS_DENIED", FARM1, ctx -> contract.sell(ctx, json(new SellRequest("L1", BigDecimal.ONE,
                null, null, null))));
        assertRefused("NOT_HOLDER", MARKET1, ctx -> contract.sell(ctx, json(new SellRequest("L1", BigDecimal.ONE,
                null, null, null))));
    }

    @Test
    void held_and_recalled_lots_cannot_ship() {
        registerLot(FARM1, "L2", "10");
        submit(REGULATOR, ctx -> contract.hold(ctx, "{\"lotId\":\"L1\",\"reason\":\"sampling\"}"));
        submit(REGULATOR, ctx -> contract.recall(ctx, "{\"recallId\":\"R1\",\"lotId\":\"L2\",\"reason\":\"residue\"}"));

        assertRefused("LOT_ON_HOLD", FARM1, ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null,
                null, null, null))));
        assertRefused("LOT_RECALLED", FARM1, ctx -> contract.ship(ctx, json(new ShipRequest("L2", "ProcMSP", null,
                null, null, null))));
    }

    @Test
    void a_lot_recalled_in_transit_can_still_be_received_and_stays_recalled() {
        ship(FARM1, "L1", "ProcMSP");
        submit(REGULATOR, ctx -> contract.recall(ctx, "{\"recallId\":\"R1\",\"lotId\":\"L1\",\"reason\":\"residue\"}"));
        receive(PROCESSOR, "L1");

        assertThat(lot("L1").status()).isEqualTo(LotStatus.RECALLED);
        assertThat(lot("L1").holderMspId()).isEqualTo("ProcMSP");
    }
}
