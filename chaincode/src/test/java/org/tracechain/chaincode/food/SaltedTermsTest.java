// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.SaltedTerms;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TermsVerification;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.food.VerifyTermsRequest;

/** Private terms are salted by the client, so their public hash confirms no guess, and only members verify them. */
class SaltedTermsTest extends FoodFixture {

    private static final String TERMS = "{\"contractNumber\":\"PO-2026-001\",\"currency\":\"CNY\",\"price\":8800.00}";

    @BeforeEach
    void setUp() {
        configure();
        registerLot(FARM1, "L1", "100");
    }

    @Test
    void the_public_hash_cannot_be_recomputed_from_the_plain_terms() {
        final TrackingEvent event = LedgerJsonAccess.event(submitWithTerms(FARM1, TERMS,
                ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null, null, null, null)))));
        final String published = event.body().shipment().termsHash();
        final TradeTerms exact = new TradeTerms(new BigDecimal("8800"), "CNY", "PO-2026-001", null);

        // Everything an outsider could hash from the right guess misses: the canonical terms, their spellings.
        assertThat(published).isNotEqualTo(Hashing.ofCanonicalJson(exact))
                .isNotEqualTo(Hashing.hex(Hashing.sha256(TERMS.getBytes(StandardCharsets.UTF_8))))
                .isNotEqualTo(Hashing.ofCanonicalJson(new SaltedTerms(null, exact)))
                .isNotEqualTo(Hashing.ofCanonicalJson(new SaltedTerms("0".repeat(64), exact)));
        // Only with the salt, which stays in the collection, does it match.
        assertThat(published).isEqualTo(Hashing.ofCanonicalJson(new SaltedTerms(SALT, exact)));
    }

    @Test
    void the_same_terms_with_another_salt_publish_another_hash() {
        registerLot(FARM1, "L2", "100");
        final TrackingEvent first = LedgerJsonAccess.event(submitWithTerms(FARM1, TERMS,
                ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null, null, null, null)))));
        final Map<String, byte[]> otherSalt = Map.of("terms", TERMS.getBytes(StandardCharsets.UTF_8),
                "termsSalt", "0123456789abcdef".repeat(4).getBytes(StandardCharsets.UTF_8));
        final TrackingEvent second = LedgerJsonAccess.event(ledger.submit(FARM1, otherSalt,
                ctx -> contract.ship(ctx, json(new ShipRequest("L2", "ProcMSP", null, null, null, null)))));

        assertThat(second.body().shipment().termsHash()).isNotEqualTo(first.body().shipment().termsHash());
    }

    @Test
    void terms_need_a_well_formed_salt_and_a_salt_needs_terms() {
        final var ship = (Function<Context, String>)
                ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null, null, null, null)));
        final byte[] terms = TERMS.getBytes(StandardCharsets.UTF_8);
        for (final String salt : List.of("", "5a1f", SALT.toUpperCase(Locale.ROOT), SALT + "0",
                "g".repeat(64))) {
            assertRefusedWith("INVALID_FIELD", Map.of("terms", terms, "termsSalt", salt.getBytes(StandardCharsets.UTF_8)),
                    ship);
        }
        assertRefusedWith("INVALID_FIELD", Map.of("terms", terms), ship);
        assertRefusedWith("INVALID_FIELD", Map.of("termsSalt", SALT.getBytes(StandardCharsets.UTF_8)), ship);
        assertRefusedWith("INVALID_ENCODING", Map.of("terms", terms, "termsSalt", new byte[] {(byte) 0xC3, 0x28}), ship);
    }

    private void assertRefusedWith(final String code, final Map<String, byte[]> transientData,
            final Function<Context, String> tx) {
        final var before = ledger.snapshot();
        assertThatThrownBy(() -> ledger.submit(FARM1, transientData, tx))
                .hasMessageStartingWith("[" + code + "]");
        assertThat(ledger.snapshot()).isEqualTo(before);
    }

    @Test
    void only_members_of_the_collection_verify_terms() {
        final TrackingEvent event = LedgerJsonAccess.event(submitWithTerms(FARM1, TERMS,
                ctx -> contract.ship(ctx, json(new ShipRequest("L1", "ProcMSP", null, null, null, null)))));
        final String guess = json(new VerifyTermsRequest(event.eventId(),
                new TradeTerms(new BigDecimal("8800"), "CNY", "PO-2026-001", null)));

        // A non-member with the right guess learns nothing: no "matches", only a refusal.
        assertEvaluateRefused("ACCESS_DENIED", MARKET1, ctx -> contract.verifyTerms(ctx, guess));
        assertEvaluateRefused("ACCESS_DENIED", LAB, ctx -> contract.verifyTerms(ctx, guess));
        for (final var member : List.of(FARM1, PROCESSOR, REGULATOR)) {
            assertThat(evaluate(member, ctx -> contract.verifyTerms(ctx, guess), TermsVerification.class).matches())
                    .isTrue();
        }
    }
}
