// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.LedgerException;

/**
 * Closed-loop load: N client threads, each submitting its next transaction as soon as the last one committed.
 * Everything runs from the start; only transactions that start after the warm-up and finish inside the measured
 * window count, and the processes' CPU is sampled at the window's edges.
 */
final class LoadGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(LoadGenerator.class);
    private static final int ERROR_SAMPLES = 5;

    private final MeasuredProcesses processes;
    private final long ticksPerSecond;
    /** Shared across runs: every transaction of the benchmark gets its own lot id or key. */
    private final AtomicLong sequence = new AtomicLong();

    LoadGenerator(final MeasuredProcesses processes, final long ticksPerSecond) {
        this.processes = processes;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** Runs {@code workload} with {@code clients} threads: {@code warmup}, then the measured {@code window}. */
    RunResult run(final Workload workload, final int clients, final Duration warmup, final Duration window)
            throws InterruptedException {
        LOG.info("{} with {} client(s): {} s warm-up, {} s measured", workload.name(), clients, warmup.toSeconds(),
                window.toSeconds());
        final Window timing = new Window();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final AtomicLong errors = new AtomicLong();
        final CountDownLatch done = new CountDownLatch(clients);
        final List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int client = c;
            final Thread thread = new Thread(() -> {
                try {
                    while (!timing.stopped()) {
                        final long start = System.nanoTime();
                        String failure = null;
                        try {
                            workload.callOnce(client, sequence.incrementAndGet());
                        } catch (LedgerException | RuntimeException e) {
                            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        final long end = System.nanoTime();
                        if (timing.counts(start, end)) {
                            if (failure == null) {
                                latencies.add(end - start);
                            } else {
                                errors.incrementAndGet();
                                if (failures.size() < ERROR_SAMPLES) {
                                    failures.add(failure);
                                }
                            }
                        } else if (failure != null) {
                            LOG.warn("{} failed outside the measured window: {}", workload.name(), failure);
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-" + workload.key() + "-" + c);
            thread.start();
            threads.add(thread);
        }
        final Map<String, MeasuredProcesses.Sample> before;
        final Map<String, MeasuredProcesses.Sample> after;
        try {
            // The run's clock: these waits are the warm-up and the measured window themselves.
            TimeUnit.NANOSECONDS.sleep(warmup.toNanos());
            before = processes.sample();
            timing.open();
            TimeUnit.NANOSECONDS.sleep(window.toNanos());
            timing.close();
            after = processes.sample();
        } finally {
            timing.stop();
            // In-flight submissions end within the SDK's own deadlines; wait for them so runs do not overlap.
            if (!done.await(2, TimeUnit.MINUTES)) {
                threads.forEach(Thread::interrupt);
                LOG.warn("{}: client threads still busy two minutes after the run", workload.name());
            }
        }
        final long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
        final double seconds = (timing.closedAt - timing.openedAt) / 1e9;
        final List<ProcessUsage> usage = MeasuredProcesses.usage(before, after, ticksPerSecond);
        final RunResult result = new RunResult(workload.key(), workload.against().orElse(null), workload.name(), clients, seconds, nanos.length,
                errors.get(), List.copyOf(failures), nanos.length / seconds, RunResult.Latency.of(nanos),
                ResourceGroup.cpuMsPerTx(usage, nanos.length), ResourceGroup.rssMiB(usage), usage);
        LOG.info("{} with {} client(s): {} done, {} errors, {} tx/s, p50 {} ms, p95 {} ms, {} CPU ms/tx (network)",
                workload.name(), clients, result.committed(), result.errors(), fmt(result.txPerSecond()),
                fmt(result.latencyMs().p50()), fmt(result.latencyMs().p95()),
                fmt(result.cpuMsPerTx().get(ResourceGroup.TOTAL)));
        return result;
    }

    private static String fmt(final double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** The measured window's edges, set by the coordinating thread and read by the clients. */
    private static final class Window {
        private volatile long openedAt = Long.MAX_VALUE;
        private volatile long closedAt = Long.MAX_VALUE;
        private volatile boolean stopped;

        void open() {
            openedAt = System.nanoTime();
        }

        void close() {
            closedAt = System.nanoTime();
        }

        void stop() {
            stopped = true;
        }

        boolean stopped() {
            return stopped;
        }

        /** A transaction counts when it started after the window opened and ended before it closed. */
        boolean counts(final long start, final long end) {
            return start >= openedAt && end <= closedAt;
        }
    }
}
