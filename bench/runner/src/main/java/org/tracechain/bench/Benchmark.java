// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.bench.ceiling.CeilingTransaction;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.network.install.FabricPin;

/**
 * The benchmark: starts its network, registers what the workloads need, runs tracechain's RegisterLot, Inspect and
 * GetLot and the ceiling's Put and Get in turn at each client count, traces lineages of the sizes asked for, writes
 * the report, and stops the network whatever happens.
 */
final class Benchmark {

    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    /** The identity of RegisterLot, GetLot and the ceiling's workloads: RegisterLot needs the producer role. */
    private static final String ORG = "producer";
    private static final String USER = "farmer";
    /** Inspect needs the inspector role; the producer's inspector inspects the producer's lots. */
    private static final String INSPECTOR = "inspector";
    /** The directory's searches run as this organisation's requester (any member may search the catalog). */
    private static final String DIRECTORY_REQUESTER_ORG = "civil";

    private final BenchSettings settings;

    Benchmark(final BenchSettings settings) {
        this.settings = settings;
    }

    /** Runs everything; returns the report files written. */
    List<Path> run() throws IOException, LedgerException, InterruptedException {
        final Instant started = Instant.now();
        final long ticks = ClockTicks.perSecond();
        try (BenchNetwork network = BenchNetwork.start(settings.home(), settings.basePort(), settings.chaincodeDir(),
                settings.ceilingJar())) {
            final String runId = RUN_ID.format(started);
            final List<RunResult> runs = measure(network, runId, ticks);
            final List<TraceTiming> traces = traces(network, runId);
            final DirectoryTiming directory = directory(network);
            final BenchReport report = new BenchReport(started.toString(), machine(ticks), reportSettings(network), runs,
                    traces, directory);
            final List<Path> files = ReportFiles.write(settings.out(), report);
            files.forEach(file -> LOG.info("Wrote {}", file));
            return files;
        }
    }

    private List<RunResult> measure(final BenchNetwork network, final String runId, final long ticks)
            throws IOException, LedgerException, InterruptedException {
        final Path home = network.fabric().home();
        final List<LedgerClient> admins = new ArrayList<>();
        try (LedgerClient farmer = connect(home, ORG, USER);
                LedgerClient inspector = connect(home, ORG, INSPECTOR)) {
            for (final String org : BenchTopology.benchOrganizations(network.fabric().topology())) {
                admins.add(connect(home, org, "admin"));
            }
            ProducerMasterData.ensure(admins.get(0), admins);
            final LedgerContract foodtrace = farmer.contract(BenchTopology.FOODTRACE_CHANNEL, "foodtrace");
            final LedgerContract ceiling = farmer.contract(BenchTopology.CEILING_CHANNEL, CeilingTransaction.CONTRACT);
            final int most = settings.clients().stream().mapToInt(Integer::intValue).max().orElseThrow();
            final ExistingRecords records = ExistingRecords.create(foodtrace, ceiling, admins, runId, most);
            final List<Workload> workloads = List.of(
                    Workloads.registerLot(foodtrace, runId),
                    Workloads.inspect(inspector.contract(BenchTopology.FOODTRACE_CHANNEL, "foodtrace"), records),
                    Workloads.ceilingPut(ceiling, runId),
                    Workloads.getLot(foodtrace, records),
                    Workloads.ceilingGet(ceiling, records));
            final LoadGenerator load = new LoadGenerator(new MeasuredProcesses(network.nodes()), ticks);
            load.warmUp(workloads, most, settings.warmup());
            final List<RunResult> runs = new ArrayList<>();
            for (int i = 0; i < settings.clients().size(); i++) {
                // Forward, then backward at the next count: drift over the benchmark (a growing ledger, a busier
                // machine) favours no workload.
                final List<Workload> order = new ArrayList<>(workloads);
                if (i % 2 == 1) {
                    Collections.reverse(order);
                }
                for (final Workload workload : order) {
                    runs.add(load.run(workload, settings.clients().get(i), settings.warmup(), settings.window()));
                }
            }
            return runs;
        } finally {
            admins.forEach(LedgerClient::close);
        }
    }

    /** After the load runs (whose lots stay on the ledger): each lineage built, then traced. */
    private List<TraceTiming> traces(final BenchNetwork network, final String runId)
            throws IOException, LedgerException, InterruptedException {
        if (settings.traceLots().isEmpty()) {
            return List.of();
        }
        final Path home = network.fabric().home();
        try (LedgerClient farmer = connect(home, ORG, USER);
                LedgerClient processor = connect(home, ORG, "processor");
                LedgerClient regulator = connect(home, "regulator", "regulator")) {
            final TraceBenchmark bench = new TraceBenchmark(FoodTrace.of(farmer), FoodTrace.of(processor),
                    regulator, runId);
            final List<TraceTiming> traces = new ArrayList<>();
            for (final int lots : settings.traceLots()) {
                final TraceTiming timing = bench.run(LineageShape.of(lots).orElseThrow());
                LOG.info("Trace over {} lots: forward {} ms (lots only), {} ms (with events; {} ms decoded), {} ms "
                        + "(paged, decoded); back {} ms", lots, timing.forwardLotsMs(), timing.forwardEventsMs(),
                        timing.forwardEventsDecodedMs(), timing.forwardPagedMs(), timing.backMs());
                traces.add(timing);
            }
            return traces;
        }
    }

    /** The directory at Beijing's scale on the govdir channel, or null when not asked for. */
    private DirectoryTiming directory(final BenchNetwork network) throws IOException, InterruptedException {
        if (settings.directoryEntries() == 0) {
            return null;
        }
        final Path home = network.fabric().home();
        final List<LedgerClient> catalogers = new ArrayList<>();
        try (LedgerClient requester = connect(home, DIRECTORY_REQUESTER_ORG, "requester")) {
            for (final String org : BenchTopology.directoryOrganizations(network.fabric().topology())) {
                catalogers.add(connect(home, org, "cataloger"));
            }
            return new DirectoryBenchmark(catalogers, requester).run(settings.directoryEntries());
        } finally {
            catalogers.forEach(LedgerClient::close);
        }
    }

    private static LedgerClient connect(final Path home, final String org, final String user) throws IOException {
        return LedgerClient.newBuilder().home(home).organization(org).user(user).connect();
    }

    private BenchReport.Settings reportSettings(final BenchNetwork network) {
        return new BenchReport.Settings(settings.clients(), settings.warmup().toSeconds(), settings.window().toSeconds(),
                settings.basePort(), BenchTopology.benchOrganizations(network.fabric().topology()),
                "MAJORITY Endorsement", network.fabric().topology().batchTimeout().toMillis() + "ms");
    }

    private static BenchReport.Machine machine(final long ticks) {
        return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), ticks,
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.version"), FabricPin.V3_1_5.version());
    }
}
