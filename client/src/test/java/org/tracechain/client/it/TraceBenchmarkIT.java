// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.GatewayProfile;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerTransaction;
import org.tracechain.client.Wallet;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.FabricNetwork;

/**
 * Trace latency over large lineages on the live network; not part of CI. Run with
 * {@code -Dtracechain.benchmark=true}. Builds a two-level split tree (root → k lots → 98 or 99 lots each) with
 * SPLIT transformations of up to 100 outputs, submitted in parallel, then times TraceForward from the root
 * (whole lineage) and TraceBack from a leaf: median of several evaluations, with the response size.
 */
@ExtendWith(LiveNetworkExtension.class)
@Order(50)
class TraceBenchmarkIT {

    private static final Logger LOG = LoggerFactory.getLogger(TraceBenchmarkIT.class);
    private static final int RUNS = 3;
    private static final int PARALLEL = 8;

    @Test
    void trace_over_1000_and_10000_lot_lineages(final FabricNetwork network) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("tracechain.benchmark"), "set -Dtracechain.benchmark=true");
        try (LedgerClient farmer = connect(network, "farmer");
                LedgerClient processor = connect(network, "processor");
                LedgerClient regulator = connect(network, "regulator", "regulator")) {
            final StringBuilder report = new StringBuilder("Trace benchmark:");
            report.append(run(FoodTrace.of(farmer), FoodTrace.of(processor), FoodTrace.of(regulator), 10, 99));
            report.append(run(FoodTrace.of(farmer), FoodTrace.of(processor), FoodTrace.of(regulator), 100, 98));
            LOG.info("{}", report);
            // The command-line logging configuration hides INFO; keep the figures in a file too.
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/trace-benchmark.txt"), report + "\n");
            assertThat(report.toString()).as("every figure was measured").doesNotContain("FAILED");
        }
    }

    private static String run(final FoodTrace farmer, final FoodTrace processor, final FoodTrace regulator,
            final int level1, final int level2) throws Exception {
        final String root = Ids.unique("BENCH");
        final int expectedLots = 1 + level1 + level1 * level2;
        final long buildStart = System.nanoTime();
        farmer.registerLot(new RegisterLotRequest(root, "06901234567892", "Choy sum bulk",
                new BigDecimal(level1 * 10_000), "kg"));
        final List<String> firstLevel = IntStream.range(0, level1).mapToObj(i -> root + "-" + i).toList();
        processor.transform(split(root, level1 * 10_000, firstLevel, 10_000));
        final ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            final List<Future<?>> done = new ArrayList<>();
            for (final String parent : firstLevel) {
                final List<String> children = IntStream.range(0, level2).mapToObj(i -> parent + "-" + i).toList();
                done.add(pool.submit(() -> processor.transformAsync(split(parent, 10_000, children, 100))
                        .awaitCommit()));
            }
            for (final Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        final double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        final int transactions = 2 + level1;

        final String leaf = firstLevel.get(level1 - 1) + "-" + (level2 - 1);
        final StringBuilder lines = new StringBuilder(String.format(
                "%n  lineage of %,d lots: built in %.1f s (%d transactions, %d in parallel)", expectedLots,
                buildSeconds, transactions, PARALLEL));
        lines.append(measure("TraceForward root, lots only (one call)", expectedLots, () -> time(regulator,
                FoodTransaction.TRACE_FORWARD, new TraceRequest(root, null, null, 10_000, false))));
        lines.append(measure("TraceForward root, with events (one call)", expectedLots, () -> time(regulator,
                FoodTransaction.TRACE_FORWARD, new TraceRequest(root, null, null, 10_000, null))));
        lines.append(measure("TraceForward root, with events, pages of 1,000 lots", expectedLots,
                () -> paged(regulator, root)));
        lines.append(measure("TraceBack leaf (3 lots)", 3, () -> time(regulator, FoodTransaction.TRACE_BACK,
                new TraceRequest(leaf, null, null, null, null))));
        return lines.toString();
    }

    @FunctionalInterface
    interface Measurement {
        Timing run() throws Exception;
    }

    /** One figure; a failure (e.g. the peer's chaincode execute timeout) is a figure too. */
    private static String measure(final String what, final int expectedLots, final Measurement measurement) {
        try {
            final Timing timing = measurement.run();
            assertThat(timing.lots()).isEqualTo(expectedLots);
            return String.format("%n    %-52s median %,7d ms, %,11d bytes", what, timing.medianMillis(),
                    timing.bytes());
        } catch (Exception | AssertionError e) {
            LOG.warn("{} failed", what, e);
            final String message = String.valueOf(e.getMessage());
            return String.format("%n    %-52s FAILED: %s", what, message.substring(0, Math.min(200, message.length())));
        }
    }

    /** The whole forward lineage with events, 1,000 lots per call, through the SDK's paged trace. */
    private static Timing paged(final FoodTrace food, final String root) throws Exception {
        final long[] millis = new long[RUNS];
        TraceResult all = null;
        for (int run = 0; run < RUNS; run++) {
            final long start = System.nanoTime();
            all = food.traceForwardAll(root, 1_000);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return new Timing(millis[RUNS / 2], LedgerJson.toBytes(all).length, all.lots().size());
    }

    private static TransformRequest split(final String input, final long inputKg, final List<String> outputs,
            final long outputKg) {
        return new TransformRequest(TransformKind.SPLIT, List.of(new LotQuantity(input, BigDecimal.valueOf(inputKg),
                null)), outputs.stream().map(id -> new TransformOutput(id, null, null, null,
                        BigDecimal.valueOf(outputKg), null)).toList(), FoodMasterDataSeed.PACKING_HALL, null, null,
                null);
    }

    record Timing(long medianMillis, int bytes, int lots) {}

    private static Timing time(final FoodTrace food, final String transaction, final TraceRequest request)
            throws Exception {
        // The SDK's own trace deadline, not a longer one: the largest trace must fit what a default client allows.
        final LedgerTransaction call = food.contract().newTransaction(transaction).addArguments(LedgerJson.toJson(request))
                .evaluateTimeout(FoodTrace.TRACE_TIMEOUT).build();
        call.evaluate(); // warm-up
        final long[] millis = new long[RUNS];
        byte[] bytes = new byte[0];
        for (int i = 0; i < RUNS; i++) {
            final long start = System.nanoTime();
            bytes = call.evaluate();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return new Timing(millis[RUNS / 2], bytes.length, LedgerJson.fromBytes(bytes, TraceResult.class).lots().size());
    }

    private static LedgerClient connect(final FabricNetwork network, final String user) throws Exception {
        return connect(network, "producer", user);
    }

    private static LedgerClient connect(final FabricNetwork network, final String org, final String user)
            throws Exception {
        return LedgerClient.newBuilder()
                .identity(Wallet.open(network.home()).identity(org, user))
                .profile(GatewayProfile.load(network.home(), org))
                // Splits into 100 lots endorse for several seconds; traces keep the SDK's deadlines.
                .endorseTimeout(Duration.ofMinutes(2))
                .connect();
    }
}
