// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One process's CPU time and memory as Linux reports them: {@code utime + stime} from {@code /proc/<pid>/stat}
 * (fields 14 and 15, in clock ticks) and {@code VmRSS} from {@code /proc/<pid>/status}.
 *
 * @param pid the process
 * @param cpuTicks user plus system CPU time so far, in clock ticks
 * @param rssKiB resident set size, KiB
 */
record ProcessStat(long pid, long cpuTicks, long rssKiB) {

    private static final Path PROC = Path.of("/proc");

    /** The process's figures now, or empty when it is gone (or this is not Linux). */
    static Optional<ProcessStat> read(final long pid) {
        try {
            final String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            // Field 2 (comm) is in parentheses and may hold spaces: count fields after its closing one.
            final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state): utime (14) and stime (15) are fields[11] and fields[12].
            final long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of(new ProcessStat(pid, ticks, rssKiB(pid)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
