// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One process's CPU time and memory as Linux reports them: {@code utime + stime} from {@code /proc/<pid>/stat}
 * (fields 14 and 15, in clock ticks) and {@code VmRSS} from {@code /proc/<pid>/status}, and of that CPU time what
 * a JVM's JIT compiler threads used ({@code /proc/<pid>/task/<tid>/stat} of the threads HotSpot names
 * {@code C1 CompilerThread<n>} and {@code C2 CompilerThread<n>}; always 0 for a Go node).
 *
 * @param pid the process
 * @param cpuTicks user plus system CPU time so far, in clock ticks
 * @param jitTicks the part of it the JIT compiler threads now running used, in clock ticks
 * @param rssKiB resident set size, KiB
 */
record ProcessStat(long pid, long cpuTicks, long jitTicks, long rssKiB) {

    private static final Path PROC = Path.of("/proc");

    /** HotSpot's compiler threads, as the kernel's 15-character thread name ({@code comm}) shows them. */
    private static final String C1_COMPILER = "C1 CompilerThre";
    private static final String C2_COMPILER = "C2 CompilerThre";

    /** The process's figures now, or empty when it is gone (or this is not Linux). */
    static Optional<ProcessStat> read(final long pid) {
        try {
            final Path process = PROC.resolve(Long.toString(pid));
            final long ticks = cpuTicks(Files.readString(process.resolve("stat")));
            return Optional.of(new ProcessStat(pid, ticks, jitTicks(process), rssKiB(pid)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** utime + stime of a {@code stat} line (a process's or a thread's). */
    static long cpuTicks(final String stat) {
        // Field 2 (comm) is in parentheses and may hold spaces: count fields after its closing one.
        final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state): utime (14) and stime (15) are fields[11] and fields[12].
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Whether a thread's {@code stat} line is one of HotSpot's JIT compiler threads. */
    static boolean isJitCompiler(final String stat) {
        final int open = stat.indexOf('(');
        final String comm = stat.substring(open + 1, stat.lastIndexOf(')'));
        return comm.startsWith(C1_COMPILER) || comm.startsWith(C2_COMPILER);
    }

    /**
     * CPU of the process's JIT compiler threads. A thread that ends between two readings takes its time with it (the
     * kernel keeps it only in the process's total), so a difference of two readings can undercount, never overcount.
     */
    private static long jitTicks(final Path process) throws IOException {
        long ticks = 0;
        try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
            for (final Path task : tasks.toList()) {
                final String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException threadEnded) {
                    continue;
                }
                if (isJitCompiler(stat)) {
                    ticks += cpuTicks(stat);
                }
            }
        }
        return ticks;
    }

    private static long rssKiB(final long pid) throws IOException {
        for (final String line : Files.readAllLines(PROC.resolve(Long.toString(pid)).resolve("status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.substring("VmRSS:".length()).replace("kB", "").strip());
            }
        }
        return 0;
    }
}
