// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a node's log, for error messages. */
public final class LogTail {

    private LogTail() {}

    /** {@code "\n--- last N lines of <log> ---\n..."} or a note that the log is missing. */
    public static String of(final Path log, final int lines) {
        if (!Files.isRegularFile(log)) {
            return "\n(no log at " + log + ")";
        }
        try {
            final List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            final List<String> tail = all.subList(Math.max(0, all.size() - lines), all.size());
            return "\n--- last " + tail.size() + " lines of " + log + " ---\n" + String.join("\n", tail);
        } catch (IOException e) {
            return "\n(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
