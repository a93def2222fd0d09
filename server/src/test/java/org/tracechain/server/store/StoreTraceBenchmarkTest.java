// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.food.FoodTraceContract;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.client.LedgerBlock;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.json.LedgerJson;

/**
 * Latency of the store's trace ({@link PostgresQueryStore#trace}: what {@code GET /lots/{lotId}/trace} reads) over
 * a 9,901-lot lineage (the live trace benchmark's largest before {@code tracechain bench}): a root split into 100
 * lots, each split into 98 (SPLIT transformations of up to 100 outputs). The lineage is recorded through the real chaincode on an in-memory
 * ledger and projected block by block by the store's projector (the path live blocks take), and the store's answer
 * is first checked to be the chaincode's, byte for byte. Then, pooled as the server runs it: forward from the root
 * with events, in the API's pages of 1,000 lots, and back from a leaf; p50 and p95 of {@value #RUNS} runs after
 * warm-up, with and without the JSON encoding of the answer, and with no lot decoded before (a lineage the server
 * has not traced yet). Runs with {@code -Dtracechain.bench=true}.
 */
@ExtendWith(TestPostgres.class)
class StoreTraceBenchmarkTest {

    private static final int RUNS = Integer.getInteger("tracechain.bench.runs", 30);
    private static final int LEVEL1 = 100;
    private static final int LEVEL2 = 98;

    @TempDir
    Path home;

    @Test
    void trace_of_the_9901_lot_lineage(final DataSource db) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("tracechain.bench"), "set -Dtracechain.bench=true to run");
        final LineageStory story = new LineageStory();
        final String root = "BENCH";
        final String leaf = tree(story, root);
        final long projectStart = System.nanoTime();
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        for (final LedgerBlock block : ScenarioBlocks.of(story.ledger(), "foodtrace", 1)) {
            projector.project(block);
        }
        final double projectSeconds = (System.nanoTime() - projectStart) / 1e9;
        final com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setDataSource(db);
        config.setMaximumPoolSize(2);
        try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config);
                ChaincodeTraces chaincode = new ChaincodeTraces(story.ledger(), LineageStory.PACKER, home)) {
            final PostgresQueryStore store = new PostgresQueryStore(pool, "foodtrace");
            final TraceResult forward = store.trace(root, false, 1000).orElseThrow().result();
            assertThat(forward.lots()).hasSize(1 + LEVEL1 + LEVEL1 * LEVEL2);
            assertThat(forward.events()).hasSize(2 + LEVEL1);
            assertThat(LedgerJson.toJson(forward)).isEqualTo(chaincode.json(root, false, 1000));
            assertThat(LedgerJson.toJson(store.trace(leaf, true, 1000).orElseThrow().result()))
                    .isEqualTo(chaincode.json(leaf, true, 1000));

            final StringBuilder report = new StringBuilder(String.format("Store trace over %,d lots (projected in "
                    + "%.1f s), %d runs each, load average %s:%n", forward.lots().size(), projectSeconds, RUNS,
                    loadAverage()));
            report.append(measure("forward from the root, events, pages of 1,000",
                    () -> store.trace(root, false, 1000).orElseThrow().result()));
            report.append(measure("  ... and its JSON encoding", () -> LedgerJson.toBytes(
                    store.trace(root, false, 1000).orElseThrow().result())));
            // A new store each run: every lot record decoded again (a lineage this server has not traced before).
            report.append(measure("  ... cold: no lot decoded before", () -> new PostgresQueryStore(pool,
                    "foodtrace").trace(root, false, 1000).orElseThrow().result()));
            report.append(measure("back from a leaf (3 lots)", () -> store.trace(leaf, true, 1000).orElseThrow()
                    .result()));
            report.append(measure("  ... and its JSON encoding", () -> LedgerJson.toBytes(
                    store.trace(leaf, true, 1000).orElseThrow().result())));
            report.append(String.format("load average at the end: %s%n", loadAverage()));
            System.out.print(report);
            Files.writeString(Path.of("target", "store-trace-benchmark.txt"), report);
        }
    }

    /** The figures depend on what else runs: the report says how busy the machine was. */
    private static String loadAverage() {
        try {
            final String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static String measure(final String what, final Supplier<Object> trace) {
        for (int i = 0; i < 5; i++) {
            trace.get();    // warm-up: JIT, the pool's connections, PostgreSQL's caches
        }
        final List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            final long start = System.nanoTime();
            trace.get();
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        return String.format("  %-48s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", what, micros.get(RUNS / 2) / 1000.0,
                micros.get((int) Math.ceil(RUNS * 0.95) - 1) / 1000.0, micros.get(RUNS - 1) / 1000.0);
    }

    /** The 9,901-lot tree, through the real chaincode: root → 100 lots → 98 lots each. Returns the last leaf. */
    private static String tree(final LineageStory story, final String root) {
        final InMemoryLedger ledger = story.ledger();
        final FoodTraceContract contract = new FoodTraceContract();
        ledger.submit(LineageStory.PACKER, ctx -> contract.registerLot(ctx, LedgerJson.toJson(new RegisterLotRequest(
                root, "06901234567892", "Choy sum bulk", BigDecimal.valueOf(LEVEL1 * 10_000L), "kg"))));
        final List<String> first = IntStream.range(0, LEVEL1).mapToObj(i -> root + "-" + i).toList();
        ledger.submit(LineageStory.PACKER, ctx -> contract.transform(ctx, split(root, first, 10_000)));
        for (final String parent : first) {
            final List<String> children = IntStream.range(0, LEVEL2).mapToObj(i -> parent + "-" + i).toList();
            ledger.submit(LineageStory.PACKER, ctx -> contract.transform(ctx, split(parent, children, 100)));
        }
        return first.get(LEVEL1 - 1) + "-" + (LEVEL2 - 1);
    }

    private static String split(final String input, final List<String> outputs, final long outputKg) {
        return LedgerJson.toJson(new TransformRequest(TransformKind.SPLIT, List.of(new LotQuantity(input,
                BigDecimal.valueOf(outputKg * outputs.size()), null)), outputs.stream().map(id -> new TransformOutput(
                        id, null, null, null, BigDecimal.valueOf(outputKg), null)).toList(), null, null, null, null));
    }
}
