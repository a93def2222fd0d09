// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.AggregateRequest;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;

/** GS1 keys are checked where the user gives them, and no identifier is ever dropped or repaired. */
class Gs1InputTest extends FoodFixture {

    @BeforeEach
    void setUp() {
        configure();
    }

    private static RegisterLotRequest lot(final String lotId, final String gtin, final List<String> serials) {
        return new RegisterLotRequest(lotId, "CS", "Choy sum", BigDecimal.TEN, "kg", null, null, serials, null, gtin,
                null, null);
    }

    @Test
    void a_gtin_with_a_wrong_check_digit_or_length_is_refused() {
        assertRefused("INVALID_GS1_KEY", FARM1, ctx -> contract.registerLot(ctx, json(lot("L1", "06901234567893",
                null))));
        assertRefused("INVALID_GS1_KEY", FARM1, ctx -> contract.registerLot(ctx, json(lot("L1", "0690123456789",
                null))));
        assertRefused("INVALID_GS1_KEY", FARM1, ctx -> contract.registerLot(ctx, json(lot("L1", "690123456789A",
                null))));
    }

    @Test
    void with_a_gtin_the_lot_id_and_serials_must_be_gs1_ai_values() {
        assertRefused("INVALID_GS1_AI_VALUE", FARM1, ctx -> contract.registerLot(ctx, json(lot("GZ-F1-2026-0105-00001",
                CHOY_SUM_GTIN, null))));
        assertRefused("INVALID_GS1_AI_VALUE", FARM1, ctx -> contract.registerLot(ctx, json(lot("L1", CHOY_SUM_GTIN,
                List.of("SERIAL-LONGER-THAN-20-CHARS")))));
        final Lot gs1 = submit(FARM1, ctx -> contract.registerLot(ctx, json(lot("A1/B+2", CHOY_SUM_GTIN,
                List.of("S:1")))), Lot.class);
        assertThat(gs1.digitalLink()).isEqualTo("https://id.gs1.org/01/06901234567892/10/A1%2FB%2B2");
        final Lot thirteen = submit(FARM1, ctx -> contract.registerLot(ctx, json(lot("L13", "6291041500213", null))),
                Lot.class);
        assertThat(thirteen.gtin()).as("stored as sent").isEqualTo("6291041500213");
        assertThat(thirteen.digitalLink()).isEqualTo("https://id.gs1.org/01/06291041500213/10/L13");
        assertRefused("INVALID_GS1_AI_VALUE", FARM1, ctx -> contract.registerSerials(ctx,
                "{\"lotId\":\"L13\",\"serials\":[\"123456789012345678901\"]}"));
    }

    @Test
    void without_a_gtin_a_long_lot_id_keeps_its_urn_and_is_never_truncated() {
        final Lot lot = submit(FARM1, ctx -> contract.registerLot(ctx, json(lot("GZ-F1-2026-0105-00001", null,
                List.of("SERIAL-LONGER-THAN-20-CHARS")))), Lot.class);
        assertThat(lot.digitalLink()).isEqualTo("urn:tracechain:lot:CS:GZ-F1-2026-0105-00001");
        assertThat(lot.gtin()).isNull();
    }

    @Test
    void transformation_outputs_inherit_or_bring_a_checked_gtin() {
        registerLot(FARM1, "F1", "10");
        deliver(FARM1, "F1", PROCESSOR);
        assertRefused("INVALID_GS1_KEY", PROCESSOR, ctx -> contract.transform(ctx, json(new TransformRequest(
                TransformKind.PROCESS, List.of(new LotQuantity("F1", BigDecimal.ONE, null)), List.of(new TransformOutput(
                        "P1", "CASE", "Choy sum case", null, BigDecimal.ONE, "CS", "16901234567898")), null, null, null,
                null))));
        assertRefused("INVALID_GS1_AI_VALUE", PROCESSOR, ctx -> contract.transform(ctx, json(new TransformRequest(
                TransformKind.SPLIT, List.of(new LotQuantity("F1", BigDecimal.ONE, null)), List.of(output(
                        "SPLIT-OUTPUT-LONGER-THAN-20", "1")), null, null, null, null))));
        split(PROCESSOR, "F1", "2", List.of("S1"), "2");
        assertThat(lot("S1").gtin()).isEqualTo(CHOY_SUM_GTIN);
        assertThat(lot("S1").digitalLink()).isEqualTo("https://id.gs1.org/01/06901234567892/10/S1");
    }

    @Test
    void an_eighteen_digit_container_id_claims_to_be_an_sscc_and_is_checked() {
        registerLot(FARM1, "F1", "10");
        deliver(FARM1, "F1", PROCESSOR);
        assertRefused("INVALID_GS1_KEY", PROCESSOR, ctx -> contract.aggregate(ctx, json(new AggregateRequest(
                "376104250021234568", List.of("F1"), null, null, null))));
        submit(PROCESSOR, ctx -> contract.aggregate(ctx, json(new AggregateRequest("376104250021234569",
                List.of("F1"), null, null, null))));
        assertThat(lot("F1").containerId()).isEqualTo("376104250021234569");
    }
}
