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
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;

class TransformationTest extends FoodFixture {

    @BeforeEach
    void setUp() {
        configure();
        registerLot(FARM1, "F1", "100");
        registerLot(FARM2, "F2", "50");
        deliver(FARM1, "F1", PROCESSOR);
        deliver(FARM2, "F2", PROCESSOR);
    }

    private String transform(final TransformKind kind, final List<LotQuantity> inputs,
            final List<TransformOutput> outputs) {
        return json(new TransformRequest(kind, inputs, outputs, site("ProcMSP"), null, null, null));
    }

    @Test
    void merge_consumes_inputs_and_creates_a_child_with_lineage() {
        final TrackingEvent event = submit(PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.MERGE,
                List.of(input("F1", "100"), input("F2", "30")), List.of(output("M1", "130")))), TrackingEvent.class);

        final Lot merged = lot("M1");
        assertThat(merged.parentLotIds()).containsExactly("F1", "F2");
        assertThat(merged.unit()).isEqualTo("kg");
        assertThat(merged.productCode()).isEqualTo("06901234567892");
        assertThat(merged.holderMspId()).isEqualTo("ProcMSP");
        assertThat(lot("F1").status()).isEqualTo(LotStatus.CONSUMED);
        assertThat(lot("F1").quantity()).isEqualByComparingTo("0");
        assertThat(lot("F2").status()).isEqualTo(LotStatus.ACTIVE);
        assertThat(lot("F2").quantity()).isEqualByComparingTo("20");
        assertThat(event.body().lotIds()).containsExactly("F1", "F2", "M1");
        assertThat(event.body().transformation().inputs()).extracting(LotQuantity::lotId).containsExactly("F1", "F2");
        assertThat(ledger.keys()).contains(FoodKeys.key(FoodKeys.CHILDREN, "F1", "F1", "M1"),
                FoodKeys.key(FoodKeys.PARENTS, "M1", "F2"));
    }

    @Test
    void cannot_consume_more_than_a_lot_holds() {
        assertRefused("INSUFFICIENT_QUANTITY", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("F2", "50.000001")), List.of(output("S1", "1")))));
    }

    @Test
    void split_outputs_cannot_exceed_the_input() {
        assertRefused("QUANTITY_NOT_CONSERVED", PROCESSOR, ctx -> contract.transform(ctx, transform(
                TransformKind.SPLIT, List.of(input("F1", "60")), List.of(output("S1", "30"), output("S2", "30.5")))));
    }

    @Test
    void split_with_loss_is_allowed_and_leaves_the_remainder() {
        split(PROCESSOR, "F1", "60", List.of("S1", "S2"), "29.5");
        assertThat(lot("F1").quantity()).isEqualByComparingTo("40");
        assertThat(lot("S1").quantity()).isEqualByComparingTo("29.5");
    }

    @Test
    void units_must_match() {
        assertRefused("UNIT_MISMATCH", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(new LotQuantity("F1", BigDecimal.TEN, "lb")), List.of(output("S1", "1")))));
        assertRefused("UNIT_MISMATCH", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("F1", "10")), List.of(new TransformOutput("S1", null, null, null, BigDecimal.ONE,
                        "box")))));
        submit(FARM1, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("B1", "X1", "Crates",
                BigDecimal.TEN, "box"))));
        deliver(FARM1, "B1", PROCESSOR);
        assertRefused("UNIT_MISMATCH", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.MERGE,
                List.of(input("F1", "1"), input("B1", "1")), List.of(output("M1", "1")))));
    }

    @Test
    void process_may_change_product_and_unit_but_needs_them() {
        submit(PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.PROCESS, List.of(input("F1", "100")),
                List.of(new TransformOutput("J1", "P-JUICE", "Vegetable juice", "beverage", new BigDecimal("80"),
                        "l")))));
        assertThat(lot("J1").unit()).isEqualTo("l");
        assertRefused("INVALID_FIELD", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.PROCESS,
                List.of(input("F2", "1")), List.of(output("J2", "1")))));
    }

    @Test
    void only_the_holding_processor_transforms() {
        registerLot(FARM1, "F3", "10");
        assertRefused("NOT_HOLDER", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("F3", "1")), List.of(output("S1", "1")))));
        assertRefused("ACCESS_DENIED", FARM1, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("F3", "1")), List.of(output("S1", "1")))));
    }

    @Test
    void outputs_must_be_new_and_distinct() {
        assertRefused("LOT_ALREADY_EXISTS", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("F1", "10")), List.of(output("F2", "1")))));
        assertRefused("DUPLICATE_VALUE", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("F1", "10")), List.of(output("S1", "1"), output("S1", "1")))));
        assertRefused("DUPLICATE_VALUE", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.MERGE,
                List.of(input("F1", "1"), input("F1", "1")), List.of(output("M1", "1")))));
    }

    @Test
    void merge_has_one_output_and_split_one_input() {
        assertRefused("INVALID_FIELD", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.MERGE,
                List.of(input("F1", "1")), List.of(output("A", "0.5"), output("B", "0.5")))));
        assertRefused("INVALID_FIELD", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("F1", "1"), input("F2", "1")), List.of(output("A", "1")))));
    }

    @Test
    void too_many_outputs_are_refused() {
        final List<TransformOutput> outputs = java.util.stream.IntStream.range(0, 101)
                .mapToObj(i -> output("O" + i, "0.1")).toList();
        assertRefused("TOO_MANY_VALUES", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("F1", "100")), outputs)));
    }

    @Test
    void consumed_recalled_and_held_lots_cannot_be_transformed() {
        split(PROCESSOR, "F2", "50", List.of("S1"), "50");
        assertRefused("LOT_CONSUMED", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("F2", "1")), List.of(output("X", "1")))));
        submit(REGULATOR, ctx -> contract.hold(ctx, "{\"lotId\":\"S1\",\"reason\":\"check\"}"));
        assertRefused("LOT_ON_HOLD", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("S1", "1")), List.of(output("X", "1")))));
        submit(REGULATOR, ctx -> contract.recall(ctx, "{\"recallId\":\"R1\",\"lotId\":\"F1\",\"reason\":\"x\"}"));
        assertRefused("LOT_RECALLED", PROCESSOR, ctx -> contract.transform(ctx, transform(TransformKind.SPLIT,
                List.of(input("F1", "1")), List.of(output("X", "1")))));
    }

    @Test
    void aggregate_and_disaggregate_a_pallet() {
        submit(PROCESSOR, ctx -> contract.aggregate(ctx, json(new AggregateRequest("SSCC-1", List.of("F1", "F2"), null,
                null, null))));
        assertThat(lot("F1").containerId()).isEqualTo("SSCC-1");
        assertRefused("LOT_IN_CONTAINER", PROCESSOR, ctx -> contract.aggregate(ctx, json(new AggregateRequest(
                "SSCC-2", List.of("F1"), null, null, null))));
        assertRefused("LOT_NOT_IN_CONTAINER", PROCESSOR, ctx -> contract.disaggregate(ctx, json(new AggregateRequest(
                "SSCC-2", List.of("F1"), null, null, null))));

        submit(PROCESSOR, ctx -> contract.disaggregate(ctx, json(new AggregateRequest("SSCC-1", null, null, null,
                null))));
        assertThat(lot("F1").containerId()).isNull();
        assertThat(lot("F2").containerId()).isNull();
        assertRefused("LOT_NOT_IN_CONTAINER", PROCESSOR, ctx -> contract.disaggregate(ctx, json(new AggregateRequest(
                "SSCC-1", null, null, null, null))));
    }

    @Test
    void aggregation_needs_the_processor_role_and_custody() {
        assertRefused("ACCESS_DENIED", CARRIER, ctx -> contract.aggregate(ctx, json(new AggregateRequest("P", List.of(
                "F1"), null, null, null))));
        registerLot(FARM1, "F9", "1");
        assertRefused("NOT_HOLDER", PROCESSOR, ctx -> contract.aggregate(ctx, json(new AggregateRequest("P", List.of(
                "F9"), null, null, null))));
    }
}
