// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tracechain bench}: tracechain's RegisterLot, Inspect and GetLot against Fabric's ceiling (a minimal Put and
 * Get) on a network of its own, trace latency and the directory's search at Beijing's scale; writes
 * {@code report.md}, {@code report.json} and {@code throughput.svg}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks tracechain's RegisterLot, Inspect and GetLot against Fabric's own ceiling (a minimal "
                + "Put/Get chaincode on a third channel, same organisations and policy) on a network of its own, "
                + "started and stopped here.",
            "Measures tx/s, latency p50/p95 and, per process group, CPU ms per transaction and resident memory; then "
                + "trace latency over lineages of 100, 1,000 and 10,000 lots, and the directory's search with 53 "
                + "departments, 5,000 entries and 50,000 data items."},
        footer = {"", "Examples:", "  tracechain bench --smoke", "  tracechain bench --clients 1,16,64 --seconds 30 --out target/bench"})
public final class BenchCli implements Callable<Integer> {

    /** Outside the Linux ephemeral range (32768-60999) and the test suites' blocks (22000-31999). */
    static final int DEFAULT_BASE_PORT = 21000;

    @Option(names = "--smoke", description = "a short run for CI: 4 clients, 10 s measured after 3 s of warm-up "
            + "(explicit options still win)")
    boolean smoke;

    @Option(names = "--clients", split = ",", paramLabel = "N[,N...]",
            description = "client counts, each run with every workload (default 1,16,64)")
    List<Integer> clients;

    @Option(names = "--trace", split = ",", paramLabel = "LOTS[,LOTS...]",
            description = "lineages to trace after the load runs, in lots (default 100,1000,10000; smoke 100)")
    List<Integer> traceLots;

    @Option(names = "--no-trace", description = "no trace benchmark")
    boolean noTrace;

    @Option(names = "--directory", paramLabel = "ENTRIES", description = "catalog entries of the directory at "
            + "Beijing's scale, 10 data items each, over 53 departments (default 5000; smoke 100)")
    Integer directoryEntries;

    @Option(names = "--no-directory", description = "no directory benchmark")
    boolean noDirectory;

    @Option(names = "--seconds", paramLabel = "N", description = "measured seconds per run (default 30)")
    Integer seconds;

    @Option(names = "--warmup", paramLabel = "N", description = "warm-up seconds before each run (default 10)")
    Integer warmup;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench",
            description = "where the report files go (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--home", paramLabel = "DIR", description = "the benchmark network's home, emptied first "
            + "(default: DIR/network of --out)")
    Path home;

    @Option(names = "--base-port", paramLabel = "N", defaultValue = "" + DEFAULT_BASE_PORT,
            description = "the network's port block, base to base+999 (default ${DEFAULT-VALUE})")
    int basePort;

    @Option(names = "--chaincode-dir", paramLabel = "DIR",
            description = "the project's chaincode jars (default: chaincode/target of the project)")
    Path chaincodeDir;

    @Option(names = "--ceiling-jar", paramLabel = "FILE",
            description = "the ceiling chaincode (default: bench/ceiling/target/ceiling-chaincode.jar of the project)")
    Path ceilingJar;

    public static void main(final String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/tracechain/bench/logback-bench.xml");
        }
        System.exit(new CommandLine(new BenchCli()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        final List<Path> files = new Benchmark(settings()).run();
        files.forEach(System.out::println);
        return 0;
    }

    /** The options, with the smoke run's or the full run's defaults for what was not given. */
    BenchSettings settings() {
        final Path root = Path.of(System.getProperty("tracechain.project.root", "."));
        final Path outDir = out.toAbsolutePath().normalize();
        return new BenchSettings(
                clients != null ? clients : smoke ? List.of(4) : List.of(1, 16, 64),
                Duration.ofSeconds(warmup != null ? warmup : smoke ? 3 : 10),
                Duration.ofSeconds(seconds != null ? seconds : smoke ? 10 : 30),
                outDir,
                (home != null ? home : outDir.resolve("network")).toAbsolutePath().normalize(),
                basePort,
                (chaincodeDir != null ? chaincodeDir
                        : Path.of(System.getProperty("tracechain.chaincode.dir", root.resolve("chaincode/target").toString())))
                        .toAbsolutePath().normalize(),
                (ceilingJar != null ? ceilingJar : Path.of(System.getProperty("tracechain.bench.ceiling.jar",
                        root.resolve("bench/ceiling/target/ceiling-chaincode.jar").toString())))
                        .toAbsolutePath().normalize(),
                noTrace ? List.of() : traceLots != null ? traceLots : smoke ? List.of(100) : List.of(100, 1_000, 10_000),
                noDirectory ? 0 : directoryEntries != null ? directoryEntries : smoke ? 100 : 5_000);
    }
}
