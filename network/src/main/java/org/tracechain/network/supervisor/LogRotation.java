// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.supervisor;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Size-based rotation of a log that a running process keeps appending to: the log is copied to {@code log.1}
 * (older copies shift to {@code .2}, {@code .3}, … up to the number kept) and then truncated in place. The process
 * writes in append mode, so its next line lands at the start of the emptied file; a line written between the copy
 * and the truncation can be lost, which is the known price of rotating without the writer's help.
 */
final class LogRotation {

    private final long limitBytes;
    private final int kept;

    LogRotation(final long limitBytes, final int kept) {
        if (limitBytes <= 0 || kept < 1) {
            throw new IllegalArgumentException("a log limit must be positive and at least one copy kept");
        }
        this.limitBytes = limitBytes;
        this.kept = kept;
    }

    /** Rotates {@code log} if it has grown past the limit; returns whether it did. */
    boolean rotateIfFull(final Path log) throws IOException {
        if (!Files.isRegularFile(log) || Files.size(log) <= limitBytes) {
            return false;
        }
        Files.deleteIfExists(copy(log, kept));
        for (int i = kept - 1; i >= 1; i--) {
            if (Files.exists(copy(log, i))) {
                Files.move(copy(log, i), copy(log, i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(log, copy(log, 1), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(copy(log, 1), PosixFilePermissions.fromString("rw-------"));
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.truncate(0);
        }
        return true;
    }

    static Path copy(final Path log, final int generation) {
        return log.resolveSibling(log.getFileName() + "." + generation);
    }
}
