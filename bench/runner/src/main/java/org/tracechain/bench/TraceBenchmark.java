// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.client.LedgerTransaction;
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

/**
 * Trace latency over a lineage of a given size: the producer registers a root lot and splits it twice
 * ({@link LineageShape}); a regulator then traces forward from the root (lots only, with events, in pages) and back
 * from a leaf, every call with the SDK's own trace deadline ({@link FoodTrace#TRACE_TIMEOUT}), as a default client
 * would.
 */
final class TraceBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(TraceBenchmark.class);
    static final int RUNS = 3;
    private static final int PARALLEL = 8;
    private static final Duration AWAIT = Duration.ofSeconds(60);
    private static final int PAGE_LOTS = 1_000;
    /** Kilograms in each leaf; the middle lots and the root hold what their outputs take. */
    private static final long LEAF_KG = 10;

    private final FoodTrace farmer;
    private final FoodTrace processor;
    private final FoodTrace regulator;
    private final LedgerClient regulatorClient;
    private final String runId;

    /**
     * @param farmer registers the root (a producer)
     * @param processor splits, in the producer's organisation (it holds the lots)
     * @param regulator traces, once its peer has every block of the lineage
     * @param runId makes this benchmark's lot ids unique on the ledger
     */
    TraceBenchmark(final FoodTrace farmer, final FoodTrace processor, final LedgerClient regulator,
            final String runId) {
        this.farmer = farmer;
        this.processor = processor;
        this.regulatorClient = regulator;
        this.regulator = FoodTrace.of(regulator);
        this.runId = runId;
    }

    TraceTiming run(final LineageShape shape) throws LedgerException, InterruptedException {
        final String root = "TRACE-" + runId + "-" + shape.lots();
        final long started = System.nanoTime();
        build(shape, root);
        final double buildSeconds = (System.nanoTime() - started) / 1e9;
        LOG.info("Built a lineage of {} lots in {} s; tracing", shape.lots(), String.format("%.1f", buildSeconds));
        final String leaf = root + "-" + (shape.middle() - 1) + "-" + (shape.leavesEach() - 1);
        final List<String> errors = new ArrayList<>();
        final Timed lots = measure("forward, lots only", errors, () -> evaluate(FoodTransaction.TRACE_FORWARD,
                new TraceRequest(root, null, null, LineageShape.LOTS_MAX, false), shape.lots()));
        final Timed events = measure("forward, with events", errors, () -> evaluate(FoodTransaction.TRACE_FORWARD,
                new TraceRequest(root, null, null, LineageShape.LOTS_MAX, true), shape.lots()));
        final Timed paged = measure("forward, paged", errors, () -> paged(root, shape.lots()));
        final Timed back = measure("back", errors, () -> evaluate(FoodTransaction.TRACE_BACK,
                new TraceRequest(leaf, null, null, null, true), 3));
        return new TraceTiming(shape.lots(), shape, buildSeconds, PARALLEL, RUNS, lots.millis(), events.millis(),
                events.decodedMillis(), paged.millis(), back.millis(), events.bytes(), errors);
    }

    private void build(final LineageShape shape, final String root) throws LedgerException, InterruptedException {
        final long middleKg = LEAF_KG * shape.leavesEach();
        farmer.registerLot(new RegisterLotRequest(root, "06901234567892", "Choy sum bulk",
                BigDecimal.valueOf(middleKg * shape.middle()), "kg"));
        final List<String> middle = IntStream.range(0, shape.middle()).mapToObj(i -> root + "-" + i).toList();
        processor.transform(split(root, middleKg * shape.middle(), middle, middleKg));
        final long lastBlock = ParallelSubmits.highestBlock("building the lineage", PARALLEL, middle.size(), m -> {
            final String parent = middle.get(m);
            final List<String> leaves = IntStream.range(0, shape.leavesEach()).mapToObj(i -> parent + "-" + i)
                    .toList();
            return processor.transformAsync(split(parent, middleKg, leaves, LEAF_KG)).awaitCommit().transaction()
                    .blockNumber();
        });
        // Committed on the processor's peer; the regulator evaluates on its own, which may be a block behind.
        regulatorClient.awaitBlock(BenchTopology.FOODTRACE_CHANNEL, lastBlock, AWAIT);
    }

    private static TransformRequest split(final String input, final long inputKg, final List<String> outputs,
            final long outputKg) {
        return new TransformRequest(TransformKind.SPLIT, List.of(new LotQuantity(input, BigDecimal.valueOf(inputKg),
                null)), outputs.stream().map(id -> new TransformOutput(id, null, null, null,
                        BigDecimal.valueOf(outputKg), null)).toList(), ProducerMasterData.SITE, null, null, null);
    }

    /**
     * How long a call took, and until its answer was decoded, and the size of its answer (-1 where not measured); a
     * figure is the median one.
     */
    private record Timed(long millis, long decodedMillis, long bytes) {}

    @FunctionalInterface
    private interface Call {
        Timed run() throws LedgerException;
    }

    /** The median of {@link #RUNS} calls after a warm-up; -1 and an error line when a call fails. */
    private static Timed measure(final String what, final List<String> errors, final Call call) {
        try {
            call.run();
            final long[] millis = new long[RUNS];
            final long[] decodedMillis = new long[RUNS];
            Timed answer = null;
            for (int i = 0; i < RUNS; i++) {
                answer = call.run();
                millis[i] = answer.millis();
                decodedMillis[i] = answer.decodedMillis();
            }
            Arrays.sort(millis);
            Arrays.sort(decodedMillis);
            return new Timed(millis[RUNS / 2], decodedMillis[RUNS / 2], answer.bytes());
        } catch (LedgerException | RuntimeException e) {
            LOG.warn("trace {} failed: {}", what, e.getMessage());
            errors.add(what + ": " + e.getMessage());
            return new Timed(-1, -1, -1);
        }
    }

    private Timed evaluate(final String transaction, final TraceRequest request, final int expectedLots)
            throws LedgerException {
        final LedgerTransaction call = regulator.contract().newTransaction(transaction)
                .addArguments(LedgerJson.toJson(request)).evaluateTimeout(FoodTrace.TRACE_TIMEOUT).build();
        final long start = System.nanoTime();
        final byte[] bytes = call.evaluate();
        final long answered = System.nanoTime();
        final TraceResult result = LedgerJson.fromBytes(bytes, TraceResult.class);
        final long decoded = System.nanoTime();
        return checked((answered - start) / 1_000_000, (decoded - start) / 1_000_000, bytes.length, result,
                expectedLots);
    }

    private Timed paged(final String root, final int expectedLots) throws LedgerException {
        final long start = System.nanoTime();
        final TraceResult all = regulator.traceForwardAll(root, PAGE_LOTS);
        final long millis = (System.nanoTime() - start) / 1_000_000;
        return checked(millis, millis, -1, all, expectedLots);
    }

    private static Timed checked(final long millis, final long decodedMillis, final long bytes,
            final TraceResult result, final int expectedLots) {
        if (result.lots().size() != expectedLots || result.truncated()) {
            throw new IllegalStateException("expected " + expectedLots + " lots, got " + result.lots().size()
                    + (result.truncated() ? " (truncated)" : ""));
        }
        return new Timed(millis, decodedMillis, bytes);
    }
}
