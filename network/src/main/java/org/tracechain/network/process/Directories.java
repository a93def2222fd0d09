// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Directory helpers. */
public final class Directories {

    private Directories() {}

    /** Deletes {@code dir} and everything below it (read-only files included); absent is fine. */
    public static void deleteRecursively(final Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (final Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true, true);
                Files.delete(p);
            }
        }
    }
}
