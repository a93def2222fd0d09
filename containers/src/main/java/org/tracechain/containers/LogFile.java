// SPDX-License-Identifier: Apache-2.0
package org.tracechain.containers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's log file, appended to from its container's output: the file the native launcher's health checks and
 * error messages read ({@code StartupLog}, {@code LogTail}) is there for a container as for a process.
 */
final class LogFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogFile.class);

    private final Path path;
    private final OutputStream out;
    private boolean failed;

    private LogFile(final Path path, final OutputStream out) {
        this.path = path;
        this.out = out;
    }

    /**
     * Opens {@code path} for appending, owner-only as a native node's: its directory holds the log and, for a peer,
     * a ledger with its organisation's private data in files Fabric creates world-readable.
     */
    static LogFile append(final Path path) throws IOException {
        Files.createDirectories(path.getParent());
        Files.setPosixFilePermissions(path.getParent(), PosixFilePermissions.fromString("rwx------"));
        if (!Files.exists(path)) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        return new LogFile(path, Files.newOutputStream(path, StandardOpenOption.APPEND));
    }

    /** Appends a frame of output (Testcontainers' log consumer thread). */
    synchronized void write(final byte[] bytes) {
        if (bytes == null || failed) {
            return;
        }
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            failed = true; // say it once, not for every line that follows
            LOG.warn("cannot append to {}: {}", path, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            LOG.debug("closing {}: {}", path, e.getMessage());
        }
    }
}
