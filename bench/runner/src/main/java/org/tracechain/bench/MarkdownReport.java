// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.List;
import java.util.Locale;

/**
 * {@code report.md}: the settings and one table each for throughput and latency, the ratios against the ceiling,
 * CPU per transaction, memory, trace latency and the directory's search.
 */
final class MarkdownReport {

    private MarkdownReport() {}

    static String render(final BenchReport report) {
        final StringBuilder md = new StringBuilder();
        final BenchReport.Settings s = report.settings();
        final BenchReport.Machine m = report.machine();
        md.append("# tracechain benchmark: against Fabric's ceiling\n\n")
                .append("Started ").append(report.startedAt()).append(" on ").append(m.cores()).append(" cores (")
                .append(m.os()).append(", Java ").append(m.java()).append(", Fabric ").append(m.fabric()).append(").\n\n")
                .append("One network (port block ").append(s.basePort()).append("): `foodtrace` runs tracechain's ")
                .append("`RegisterLot` (a new lot), `Inspect` (an event on an existing lot) and `GetLot` (a read), ")
                .append("`ceiling` a minimal `Put(key, value)` / `Get(key)` chaincode, both endorsed by ")
                .append(String.join(", ", s.organizations())).append(" under `").append(s.endorsementPolicy())
                .append("`, block cutting ").append(s.batchTimeout()).append(". Clients are threads of one JVM ")
                .append("calling through the SDK, each submit waiting for its commit; the workloads run in turn at each ")
                .append("client count, in reverse order at every other count, after one unmeasured warm-up run of ")
                .append("each at the highest count; each run has ").append(s.warmupSeconds()).append(" s of warm-up, then ")
                .append(s.seconds()).append(" s measured.\n\n");

        md.append("## Throughput and latency\n\n")
                .append("Calls started and done inside the window: a submit when it committed, an evaluate when it ")
                .append("answered; tx/s counts both.\n\n")
                .append("| workload | clients | done | errors | tx/s | p50 ms | p95 ms | max ms |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (final RunResult r : report.runs()) {
            md.append("| ").append(r.workloadName()).append(" | ").append(r.clients()).append(" | ")
                    .append(r.committed()).append(" | ").append(r.errors()).append(" | ").append(f1(r.txPerSecond()))
                    .append(" | ").append(f1(r.latencyMs().p50())).append(" | ").append(f1(r.latencyMs().p95()))
                    .append(" | ").append(f1(r.latencyMs().max())).append(" |\n");
        }

        comparison(md, CeilingComparison.rows(report.runs()));

        md.append("\n## CPU per committed transaction (ms)\n\n")
                .append("`utime + stime` from `/proc/<pid>/stat` of every node process over the measured window, ")
                .append("divided by the transactions committed in it. Idle processes (the other channels' chaincode ")
                .append("servers, PostgreSQL, the supervisor) are included in the network total. Of that total, what ")
                .append("the JVMs' JIT compiler threads used (`/proc/<pid>/task/*/stat` of `C1`/`C2 CompilerThread`): ")
                .append("warm-up that fades as the chaincode servers have run the workload for a while.\n\n");
        table(md, report.runs(), true);

        md.append("\n## Resident memory at the end of each run (MiB)\n\n")
                .append("`VmRSS` from `/proc/<pid>/status`.\n\n");
        table(md, report.runs(), false);

        if (!report.traces().isEmpty()) {
            traces(md, report.traces());
        }

        if (report.directory() != null) {
            directory(md, report.directory());
        }

        final List<RunResult> failed = report.runs().stream().filter(r -> !r.errorSamples().isEmpty()).toList();
        if (!failed.isEmpty()) {
            md.append("\n## Errors\n\n");
            for (final RunResult r : failed) {
                md.append("- ").append(r.workloadName()).append(", ").append(r.clients()).append(" clients: ")
                        .append(String.join("; ", r.errorSamples())).append('\n');
            }
        }
        md.append("\n![throughput and p95 latency](throughput.svg)\n");
        return md.toString();
    }

    private static void comparison(final StringBuilder md, final List<CeilingComparison.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("\n## Against the ceiling\n\n")
                .append("Each tracechain workload against the ceiling's at the same client count (`Put` for a ")
                .append("submit, `Get` for a read): throughput as a share of the ceiling's, p95 latency and network ")
                .append("CPU per transaction (peers, orderers, chaincode servers, other nodes) as multiples of it; the ")
                .append("last column leaves out on both sides what the JVMs spent JIT-compiling in the window.\n\n")
                .append("| workload | clients | tx/s | ceiling tx/s | throughput ratio | p95 ratio | network CPU ms/tx | ")
                .append("ceiling | CPU ratio | CPU ratio without JIT |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (final CeilingComparison.Row row : rows) {
            md.append("| ").append(row.run().workloadName()).append(" | ").append(row.run().clients()).append(" | ")
                    .append(f1(row.run().txPerSecond())).append(" | ").append(f1(row.ceiling().txPerSecond()))
                    .append(" | ").append(f2(row.throughputRatio())).append(" | ").append(f2(row.p95Ratio()))
                    .append(" | ").append(f2(CeilingComparison.Row.cpu(row.run()))).append(" | ")
                    .append(f2(CeilingComparison.Row.cpu(row.ceiling()))).append(" | ").append(f2(row.cpuRatio()))
                    .append(" | ").append(f2(row.cpuRatioWithoutJit())).append(" |\n");
        }
    }

    private static void traces(final StringBuilder md, final List<TraceTiming> traces) {
        md.append("\n## Trace latency (ms)\n\n")
                .append("A lineage of root → middle lots → leaves by SPLIT, traced by a regulator with the SDK's trace ")
                .append("deadline; each figure the median of ").append(traces.get(0).runs())
                .append(" calls after a warm-up, at the client (decoding included only where it says so: the paged ")
                .append("trace decodes and merges its pages). ")
                .append("-1: the call failed (see Errors).\n\n")
                .append("| lots | shape | built in s | forward, lots only | forward, with events | ")
                .append("forward, with events, decoded | forward, with events, pages of 1,000, decoded | ")
                .append("back from a leaf | answer with events, bytes |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (final TraceTiming t : traces) {
            md.append("| ").append(t.lots()).append(" | 1 → ").append(t.shape().middle()).append(" → ")
                    .append(t.shape().leavesEach()).append(" each | ").append(f1(t.buildSeconds())).append(" | ")
                    .append(t.forwardLotsMs()).append(" | ").append(t.forwardEventsMs()).append(" | ")
                    .append(t.forwardEventsDecodedMs()).append(" | ").append(t.forwardPagedMs()).append(" | ")
                    .append(t.backMs()).append(" | ")
                    .append(t.forwardEventsBytes()).append(" |\n");
        }
        final List<String> errors = traces.stream().flatMap(t -> t.errors().stream().map(e -> t.lots() + " lots, " + e))
                .toList();
        if (!errors.isEmpty()) {
            md.append("\nErrors: ").append(String.join("; ", errors)).append('\n');
        }
    }

    private static void directory(final StringBuilder md, final DirectoryTiming d) {
        md.append("\n## Directory search at Beijing's scale (ms)\n\n")
                .append(d.departments()).append(" departments with a duty each, ").append(d.entries())
                .append(" catalog entries, ").append(d.items()).append(" data items, loaded by the govdir ")
                .append("organisations' catalog administrators in ").append(f1(d.loadSeconds())).append(" s (")
                .append(d.parallel()).append(" submits in flight). Each search by one requester on its gateway ")
                .append("peer, the first page (50 entries at most), ").append(d.runs())
                .append(" calls after a warm-up, at the client (decoding included).\n\n")
                .append("| search | transaction | entries in the answer | p50 | p95 | max |\n")
                .append("|---|---|---:|---:|---:|---:|\n");
        for (final DirectoryTiming.Search s : d.searches()) {
            md.append("| ").append(s.name()).append(" | `").append(s.transaction()).append("` | ").append(s.results())
                    .append(" | ").append(f1(s.p50Ms())).append(" | ").append(f1(s.p95Ms())).append(" | ")
                    .append(f1(s.maxMs())).append(" |\n");
        }
        if (!d.errors().isEmpty()) {
            md.append("\nErrors: ").append(String.join("; ", d.errors())).append('\n');
        }
    }

    private static void table(final StringBuilder md, final List<RunResult> runs, final boolean cpu) {
        final List<String> columns = cpu ? ResourceGroup.CPU_COLUMNS : ResourceGroup.ALL;
        md.append("| workload | clients |");
        columns.forEach(group -> md.append(' ').append(group).append(" |"));
        md.append("\n|---|---:|");
        columns.forEach(group -> md.append("---:|"));
        md.append('\n');
        for (final RunResult r : runs) {
            md.append("| ").append(r.workloadName()).append(" | ").append(r.clients()).append(" |");
            for (final String group : columns) {
                final double value = (cpu ? r.cpuMsPerTx() : r.rssMiB()).getOrDefault(group, 0.0);
                md.append(' ').append(cpu ? f2(value) : f1(value)).append(" |");
            }
            md.append('\n');
        }
    }

    private static String f1(final double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String f2(final double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
