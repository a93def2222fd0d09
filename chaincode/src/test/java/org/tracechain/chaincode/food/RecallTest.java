// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RecallAffectedLot;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.json.LedgerJson;

class RecallTest extends FoodFixture {

    @BeforeEach
    void setUp() {
        configure();
        registerLot(FARM1, "F1", "90");
        deliver(FARM1, "F1", PROCESSOR);
        split(PROCESSOR, "F1", "90", List.of("R1", "R2", "R3"), "30");
        deliver(PROCESSOR, "R1", MARKET1);
        deliver(PROCESSOR, "R2", MARKET2);
    }

    private RecallBatchNotice recall(final String recallId, final String lotId) {
        return submit(REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest(recallId, lotId,
                "chlorpyrifos above MRL", null))), RecallBatchNotice.class);
    }

    @Test
    void recall_marks_the_lot_and_every_downstream_lot_in_one_transaction() {
        final RecallBatchNotice notice = recall("RC-1", "F1");

        assertThat(notice.complete()).isTrue();
        assertThat(notice.lots()).extracting(RecallBatchNotice.AffectedLot::lotId)
                .containsExactlyInAnyOrder("F1", "R1", "R2", "R3");
        assertThat(notice.lots()).contains(new RecallBatchNotice.AffectedLot("R1", "Market1MSP"),
                new RecallBatchNotice.AffectedLot("R3", "ProcMSP"));
        for (final String lot : List.of("F1", "R1", "R2", "R3")) {
            assertThat(lot(lot).status()).isEqualTo(LotStatus.RECALLED);
            assertThat(lot(lot).recallId()).isEqualTo("RC-1");
        }
        final var event = ledger.events().get(ledger.events().size() - 1);
        assertThat(event.name()).isEqualTo("RecallIssued");
        assertThat(LedgerJson.fromBytes(event.payload(), RecallBatchNotice.class)).isEqualTo(notice);
    }

    @Test
    void holders_acknowledge_and_status_shows_who_has_not() {
        recall("RC-1", "F1");
        submit(MARKET1, ctx -> contract.acknowledgeRecall(ctx, json(new AcknowledgeRecallRequest("RC-1",
                "removed from shelf"))));

        final RecallStatusView status = evaluate(REGULATOR, ctx -> contract.recallStatus(ctx, "RC-1"),
                RecallStatusView.class);
        assertThat(status.recall().holderMspIds()).containsExactly("Market1MSP", "Market2MSP", "ProcMSP");
        assertThat(status.notAcknowledged()).containsExactly("Market2MSP", "ProcMSP");
        assertThat(status.holders().get(0).acknowledgement().note()).isEqualTo("removed from shelf");

        assertRefused("RECALL_ALREADY_ACKNOWLEDGED", MARKET1, ctx -> contract.acknowledgeRecall(ctx,
                "{\"recallId\":\"RC-1\"}"));
        assertRefused("NOT_A_RECALL_HOLDER", MARKET3, ctx -> contract.acknowledgeRecall(ctx, "{\"recallId\":\"RC-1\"}"));
        assertRefused("RECALL_NOT_FOUND", MARKET1, ctx -> contract.acknowledgeRecall(ctx, "{\"recallId\":\"RC-9\"}"));
    }

    @Test
    void recall_refusals() {
        assertRefused("ACCESS_DENIED", MARKET1, ctx -> contract.recall(ctx, json(new RecallRequest("RC-1", "F1", "x",
                null))));
        assertRefused("NOT_AN_AUTHORITY", ROGUE_REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-1",
                "F1", "x", null))));
        assertRefused("LOT_NOT_FOUND", REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-1", "NOPE",
                "x", null))));
        recall("RC-1", "R3");
        assertRefused("RECALL_ALREADY_EXISTS", REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-1",
                "F1", "x", null))));
        assertRefused("LOT_RECALLED", REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-2", "R3", "x",
                null))));
        assertRefused("RECALL_COMPLETE", REGULATOR, ctx -> contract.continueRecall(ctx, "RC-1"));
        assertRefused("RECALL_NOT_FOUND", REGULATOR, ctx -> contract.continueRecall(ctx, "RC-9"));
    }

    @Test
    void a_second_recall_upstream_reaches_lots_already_recalled_without_rewriting_them() {
        recall("RC-1", "R3");
        final RecallBatchNotice second = recall("RC-2", "F1");
        assertThat(second.lots()).hasSize(4);
        assertThat(lot("R3").recallId()).isEqualTo("RC-1");
        assertThat(lot("R1").recallId()).isEqualTo("RC-2");
    }

    @Test
    void hold_and_release_restore_the_previous_state() {
        ship(MARKET1, "R1", "Market3MSP");
        submit(REGULATOR, ctx -> contract.hold(ctx, "{\"lotId\":\"R1\",\"reason\":\"sampling\"}"));
        assertThat(lot("R1").status()).isEqualTo(LotStatus.ON_HOLD);
        assertRefused("LOT_ON_HOLD", REGULATOR, ctx -> contract.hold(ctx, "{\"lotId\":\"R1\",\"reason\":\"again\"}"));
        assertRefused("LOT_NOT_ON_HOLD", REGULATOR, ctx -> contract.release(ctx, "{\"lotId\":\"R2\",\"reason\":\"x\"}"));
        assertRefused("ACCESS_DENIED", MARKET1, ctx -> contract.release(ctx, "{\"lotId\":\"R1\",\"reason\":\"x\"}"));

        submit(REGULATOR, ctx -> contract.release(ctx, "{\"lotId\":\"R1\",\"reason\":\"sample passed\"}"));
        assertThat(lot("R1").status()).isEqualTo(LotStatus.IN_TRANSIT);
        assertThat(ledger.events().get(ledger.events().size() - 1).name()).isEqualTo("LotReleased");
    }

    @Test
    void large_recall_runs_in_batches_and_never_skips_a_lot_even_if_lineage_grows_between_batches() {
        // F9 → 600 children (six splits of 100), so the first batch (500 lots) cannot finish.
        registerLot(FARM2, "F9", "6000");
        deliver(FARM2, "F9", PROCESSOR);
        final Set<String> expected = new HashSet<>(List.of("F9"));
        for (int s = 0; s < 6; s++) {
            final int base = s * 100;
            final List<String> outputs = IntStream.range(base, base + 100).mapToObj(i -> "C" + i).toList();
            expected.addAll(outputs);
            split(PROCESSOR, "F9", "1000", outputs, "10");
        }
        final RecallBatchNotice first = recall("RC-BIG", "F9");
        assertThat(first.complete()).isFalse();
        assertThat(first.lots()).hasSize(RecallService.BATCH_LOTS);

        // Between batches a processor turns a not-yet-recalled child into a new lot: it must be recalled too.
        final String pendingChild = "C599";
        assertThat(lot(pendingChild).status()).isEqualTo(LotStatus.ACTIVE);
        split(PROCESSOR, pendingChild, "10", List.of("D1"), "10");
        expected.add("D1");

        final List<RecallBatchNotice> batches = new ArrayList<>(List.of(first));
        RecallBatchNotice last = first;
        while (!last.complete()) {
            last = submit(REGULATOR, ctx -> contract.continueRecall(ctx, "RC-BIG"), RecallBatchNotice.class);
            batches.add(last);
        }
        final List<String> recalled = batches.stream().flatMap(b -> b.lots().stream())
                .map(RecallBatchNotice.AffectedLot::lotId).toList();
        assertThat(recalled).doesNotHaveDuplicates();
        assertThat(new HashSet<>(recalled)).isEqualTo(expected);
        assertThat(ledger.events().get(ledger.events().size() - 1).name()).isEqualTo("RecallContinued");
        for (final String lotId : expected) {
            assertThat(lot(lotId).status()).as(lotId).isEqualTo(LotStatus.RECALLED);
        }
        final ResultPage<RecallAffectedLot> page = evaluate(REGULATOR, ctx -> contract.recallLots(ctx, json(
                new LotQuery(null, null, null, null, null, null, null, "RC-BIG", 500, null))), new TypeReference<>() {});
        assertThat(page.items()).hasSize(500);
        assertThat(page.bookmark()).isNotEmpty();
        assertThat(ledger.keys()).noneMatch(k -> k.startsWith(FoodKeys.key(FoodKeys.RECALL_QUEUE, "RC-BIG")
                .substring(0, FoodKeys.key(FoodKeys.RECALL_QUEUE).length())));
    }

    @Test
    void recalled_or_held_lots_cannot_be_sold_or_aggregated() {
        submit(REGULATOR, ctx -> contract.hold(ctx, "{\"lotId\":\"R2\",\"reason\":\"sampling\"}"));
        assertRefused("LOT_ON_HOLD", MARKET2, ctx -> contract.sell(ctx, "{\"lotId\":\"R2\",\"quantity\":1}"));
        recall("RC-1", "R1");
        assertRefused("LOT_RECALLED", MARKET1, ctx -> contract.sell(ctx, "{\"lotId\":\"R1\",\"quantity\":1}"));
        submit(REGULATOR, ctx -> contract.hold(ctx, "{\"lotId\":\"R3\",\"reason\":\"sampling\"}"));
        assertRefused("LOT_ON_HOLD", PROCESSOR, ctx -> contract.aggregate(ctx,
                "{\"containerId\":\"P1\",\"lotIds\":[\"R3\"]}"));
        assertRefused("LOT_RECALLED", REGULATOR, ctx -> contract.hold(ctx, "{\"lotId\":\"R1\",\"reason\":\"x\"}"));
    }

    @Test
    void garbage_recall_ids_for_continue_recall_change_nothing() {
        for (final String id : List.of("", " ", "\u0000", "x".repeat(200), "no such", "{}", "RC-404")) {
            final var before = ledger.snapshot();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ledger.submit(REGULATOR,
                    ctx -> contract.continueRecall(ctx, id)))
                    .isInstanceOf(org.hyperledger.fabric.shim.ChaincodeException.class)
                    .hasMessageMatching("\\[(INVALID_FIELD|FIELD_TOO_LONG|RECALL_NOT_FOUND)\\].*");
            assertThat(ledger.snapshot()).isEqualTo(before);
        }
    }
}
