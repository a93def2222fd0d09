// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.hyperledger.fabric.contract.Context;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.testing.InMemoryStub;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.json.LedgerJson;

/** A generated lineage of exactly 10,000 lots: ROOT → 99 lots → 100 lots each. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeLineageTest extends FoodFixture {

    private static final int MIDDLE = 99;
    private static final int LEAVES_EACH = 100;
    private static final int TOTAL = 1 + MIDDLE + MIDDLE * LEAVES_EACH;

    @BeforeAll
    void buildLineage() {
        configure();
        registerLot(FARM1, "ROOT", String.valueOf(MIDDLE * LEAVES_EACH * 10));
        deliver(FARM1, "ROOT", PROCESSOR);
        split(PROCESSOR, "ROOT", String.valueOf(MIDDLE * LEAVES_EACH * 10),
                IntStream.range(0, MIDDLE).mapToObj(i -> "M" + i).toList(), String.valueOf(LEAVES_EACH * 10));
        for (int m = 0; m < MIDDLE; m++) {
            final int middle = m;
            split(PROCESSOR, "M" + m, String.valueOf(LEAVES_EACH * 10),
                    IntStream.range(0, LEAVES_EACH).mapToObj(i -> "L" + middle + "-" + i).toList(), "10");
        }
    }

    @Test
    void trace_forward_returns_all_10000_lots_with_their_events_in_one_call() {
        final long start = System.nanoTime();
        final TraceResult result = evaluate(REGULATOR, ctx -> contract.traceForward(ctx, json(new TraceRequest("ROOT",
                null, null, 10_000, true))), TraceResult.class);
        final long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.lots()).hasSize(TOTAL);
        assertThat(result.truncated()).isFalse();
        assertThat(result.edges()).hasSize(TOTAL - 1);
        assertThat(result.events()).hasSize(1 + 2 + 1 + MIDDLE); // register, ship, receive, 100 splits
        // A guard against a quadratic walk, not a benchmark: a shared 2-core CI machine under load took 27 s for what
        // takes a few seconds when quiet. The live figures come from `./tracechain bench` (its trace benchmark).
        assertThat(millis).as("trace of 10,000 lots took %d ms", millis).isLessThan(120_000);
    }

    @Test
    void trace_forward_reads_the_lineage_in_a_few_scans_and_records_a_thousand_at_a_time() {
        final InMemoryStub stub = ledger.begin(REGULATOR, Map.of());
        final TraceResult result = LedgerJson.fromJson(contract.traceForward(new Context(stub),
                json(new TraceRequest("ROOT", null, null, 10_000, true))), TraceResult.class);

        assertThat(result.lots()).hasSize(TOTAL);
        assertThat(result.lots()).allSatisfy(lot -> assertThat(lot.lineageId()).isEqualTo("ROOT"));
        // The root's children: one scan of its own (it is the only lot of its lineage asked about yet). Then the 99
        // middle lots ask, and the whole lineage's links (every lot but the root is a child) are one scan read to its
        // end, 100 entries a batch; the leaves have no children (Lot.childLotCount) and ask for none. The events and documents of all 10,000 lots
        // are one whole-lineage scan each (an event is filed under every lot it names). Before, the same trace made
        // three scans per lot: 30,000 round trips.
        final int eventEntries = result.events().stream().mapToInt(e -> e.body().lotIds().size()).sum();
        final int scans = 1 + batches(TOTAL - 1) + batches(eventEntries) + 1;
        final int masterData = result.sites().size() + result.parties().size();
        assertThat(stub.roundTrips()).isEqualTo(scans + stub.multiKeyReads() + masterData);
        // Lots are announced to the reads up to 1,000 at a time; a level of the walk may end an announcement early.
        final int levels = 3;
        assertThat(stub.multiKeyReads()).as("multi-key reads")
                .isLessThanOrEqualTo(2 * (TOTAL / 1_000 + levels) + result.events().size() / 1_000 + 1);
        assertThat(stub.queriesOpenOnPeer()).isZero();
    }

    /** Batches of 100 results a scan of {@code entries} entries takes (an empty scan is one answer too). */
    private static int batches(final int entries) {
        return Math.max(1, (entries + 99) / 100);
    }

    @Test
    void a_page_of_a_few_lots_reads_their_family_not_the_lineage() {
        // The recall test may have run first and filed a RECALL event under every lot.
        final int familyEvents = ledger.evaluate(REGULATOR, ctx -> new LedgerState(ctx.getStub())
                .scan(FoodKeys.LOT_EVENTS, List.of("ROOT", "M5"), 100_000, kv -> kv).size());
        final InMemoryStub stub = ledger.begin(REGULATOR, Map.of());
        final TraceResult result = LedgerJson.fromJson(contract.traceForward(new Context(stub),
                json(new TraceRequest("M5", null, null, 20, true))), TraceResult.class);

        assertThat(result.lots()).extracting(Lot::lotId).startsWith("M5", "L5-0", "L5-1").hasSize(20);
        assertThat(result.truncated()).isTrue();
        // M5's split, and the split of the root that made M5.
        assertThat(result.events()).filteredOn(e -> e.body().kind() == EventKind.TRANSFORM).hasSize(2);
        // M5's children are its own scan (the leaves have none, so nothing else asks for children). The events and
        // documents of the 19 leaves are one scan of their family (M5's 100 children) and M5's own scan; the
        // entries of the lineage's other 9,900 lots are not read.
        final int scans = 1 + (batches(familyEvents) + 1) + (1 + 1);
        final int masterData = result.sites().size() + result.parties().size();
        assertThat(stub.roundTrips()).isEqualTo(scans + stub.multiKeyReads() + masterData);
        assertThat(stub.queriesOpenOnPeer()).isZero();
    }

    @Test
    void trace_forward_pages_a_large_graph_through_the_frontier() {
        final Set<String> seen = new HashSet<>();
        List<String> frontier = List.of("ROOT");
        int calls = 0;
        while (!frontier.isEmpty()) {
            final List<String> starts = frontier;
            final TraceResult page = evaluate(MARKET1, ctx -> contract.traceForward(ctx, json(new TraceRequest(null,
                    starts, null, 3000, false))), TraceResult.class);
            page.lots().forEach(l -> seen.add(l.lotId()));
            assertThat(page.lots()).hasSizeLessThanOrEqualTo(3000);
            frontier = page.frontier();
            calls++;
        }
        assertThat(seen).hasSize(TOTAL);
        assertThat(calls).isBetween(4, 5);
    }

    @Test
    void trace_back_from_a_leaf_reaches_the_root() {
        final TraceResult back = evaluate(MARKET1, ctx -> contract.traceBack(ctx, "{\"lotId\":\"L98-99\"}"),
                TraceResult.class);
        assertThat(back.lots()).extracting(Lot::lotId).containsExactly("L98-99", "M98", "ROOT");
    }

    @Test
    void recall_of_the_root_reaches_all_10000_lots_in_bounded_batches() {
        final long start = System.nanoTime();
        RecallBatchNotice batch = submit(REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-ALL", "ROOT",
                "contaminated irrigation water", null))), RecallBatchNotice.class);
        final Set<String> recalled = new HashSet<>();
        int batches = 1;
        int total = batch.lots().size();
        batch.lots().forEach(l -> recalled.add(l.lotId()));
        while (!batch.complete()) {
            assertThat(batch.lots()).hasSizeLessThanOrEqualTo(RecallService.BATCH_LOTS);
            batch = submit(REGULATOR, ctx -> contract.continueRecall(ctx, "RC-ALL"), RecallBatchNotice.class);
            batch.lots().forEach(l -> recalled.add(l.lotId()));
            total += batch.lots().size();
            batches++;
        }
        final long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(recalled).hasSize(TOTAL);
        assertThat(total).isEqualTo(TOTAL);
        assertThat(batches).isEqualTo(TOTAL / RecallService.BATCH_LOTS);
        assertThat(evaluate(REGULATOR, ctx -> contract.lotsByStatus(ctx, json(new LotQuery(null, null,
                LotStatus.ACTIVE, null, null, null, null, null, 10, null))),
                new com.fasterxml.jackson.core.type.TypeReference<org.tracechain.model.food.ResultPage<Lot>>() {})
                .items()).isEmpty();
        assertThat(millis).as("recall of 10,000 lots took %d ms", millis).isLessThan(120_000); // a guard, as above
    }
}
