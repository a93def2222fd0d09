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

    /**
     * Runs every workload once, unmeasured, with {@code clients} threads for {@code duration} each: the chaincode
     * servers' and the client's JIT compile the paths of all workloads before any is measured, so that the first
     * workload measured does not pay for the warm-up of the others.
     */
    void warmUp(final List<Workload> workloads, final int clients, final Duration duration) throws InterruptedException {
        for (final Workload workload : workloads) {
            LOG.info("{} with {} client(s): warming the network up for {} s, not measured", workload.name(), clients,
                    duration.toSeconds());
            final Clients running = new Clients(workload, clients);
            try {
                TimeUnit.NANOSECONDS.sleep(duration.toNanos());
            } finally {
                running.stop();
            }
        }
    }

    /** Runs {@code workload} with {@code clients} threads: {@code warmup}, then the measured {@code window}. */
    RunResult run(final Workload workload, final int clients, final Duration warmup, final Duration window)
            throws InterruptedException {
        LOG.info("{} with {} client(s): {} s warm-up, {} s measured", workload.name(), clients, warmup.toSeconds(),
                window.toSeconds());
        final Clients running = new Clients(workload, clients);
        final Map<String, MeasuredProcesses.Sample> before;
        final Map<String, MeasuredProcesses.Sample> after;
        try {
            // The run's clock: these waits are the warm-up and the measured window themselves.
            TimeUnit.NANOSECONDS.sleep(warmup.toNanos());
            before = processes.sample();
            running.timing.open();
            TimeUnit.NANOSECONDS.sleep(window.toNanos());
            running.timing.close();
            after = processes.sample();
        } finally {
            running.stop();
        }
        final long[] nanos = running.latencies.stream().mapToLong(Long::longValue).toArray();
        final double seconds = (running.timing.closedAt - running.timing.openedAt) / 1e9;
        final List<ProcessUsage> usage = MeasuredProcesses.usage(before, after, ticksPerSecond);
        final RunResult result = new RunResult(workload.key(), workload.against().orElse(null), workload.name(),
                clients, seconds, nanos.length, running.errors.get(), List.copyOf(running.failures),
                nanos.length / seconds, RunResult.Latency.of(nanos), ResourceGroup.cpuMsPerTx(usage, nanos.length),
                ResourceGroup.rssMiB(usage), usage);
        LOG.info("{} with {} client(s): {} done, {} errors, {} tx/s, p50 {} ms, p95 {} ms, {} CPU ms/tx (network; {} of "
                + "it JIT compilation)", workload.name(), clients, result.committed(), result.errors(),
                fmt(result.txPerSecond()), fmt(result.latencyMs().p50()), fmt(result.latencyMs().p95()),
                fmt(result.cpuMsPerTx().get(ResourceGroup.TOTAL)), fmt(result.cpuMsPerTx().get(ResourceGroup.NETWORK_JIT)));
        return result;
    }

    /** Client threads calling {@code workload} in a closed loop from construction until {@link #stop}. */
    private final class Clients {
        private final Workload workload;
        private final Window timing = new Window();
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final AtomicLong errors = new AtomicLong();
        private final CountDownLatch done;
        private final List<Thread> threads = new ArrayList<>();

        Clients(final Workload workload, final int clients) {
            this.workload = workload;
            this.done = new CountDownLatch(clients);
            for (int c = 0; c < clients; c++) {
                final int client = c;
                final Thread thread = new Thread(() -> {
                    try {
                        while (!timing.stopped()) {
                            callOnce(client);
                        }
                    } finally {
                        done.countDown();
                    }
                }, "bench-" + workload.key() + "-" + c);
                thread.start();
                threads.add(thread);
            }
        }

        private void callOnce(final int client) {
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

        /** Stops the clients and waits for their calls in flight, so that runs do not overlap. */
        void stop() throws InterruptedException {
            timing.stop();
            // In-flight calls end within the SDK's own deadlines.
            if (!done.await(2, TimeUnit.MINUTES)) {
                threads.forEach(Thread::interrupt);
                LOG.warn("{}: client threads still busy two minutes after the run", workload.name());
            }
        }
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
