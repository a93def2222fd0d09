// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpacks a {@code .tar.xz} or {@code .tar.gz} into a directory, refusing anything that would land outside it
 * (absolute names, {@code ..}, links). Regular files and directories only; an executable bit is kept. Progress
 * goes to the log every few seconds, never a line per file.
 */
final class ArchiveExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveExtractor.class);

    private final Duration progressEvery;

    ArchiveExtractor(final Duration progressEvery) {
        this.progressEvery = progressEvery;
    }

    /** What an extraction wrote. */
    record Extracted(int files, long bytes) {}

    /**
     * Unpacks the entries of {@code archive} whose normalised name ({@code a/b}, no leading {@code ./}) passes
     * {@code include} into {@code target}. Links are refused if included, skipped otherwise.
     *
     * @throws IOException on a read error, a corrupt archive or an entry that escapes {@code target}
     */
    Extracted extract(final Path archive, final Path target, final Predicate<String> include) throws IOException {
        final long total = Files.size(archive);
        final long start = System.nanoTime();
        long nextReport = start + progressEvery.toNanos();
        int files = 0;
        long bytes = 0;
        Files.createDirectories(target);
        final Path root = target.toAbsolutePath().normalize();
        try (InputStream file = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
                InputStream decompressed = decompress(archive, file);
                TarArchiveInputStream tar = new TarArchiveInputStream(decompressed)) {
            final InputStreamStatistics read = (InputStreamStatistics) decompressed;
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                final String name = normalise(entry.getName());
                if (name.isEmpty() || !include.test(name)) {
                    continue;
                }
                final Path destination = root.resolve(name).normalize();
                if (!destination.startsWith(root) || Path.of(name).isAbsolute()) {
                    throw new IOException("archive entry " + entry.getName() + " would be written outside " + root);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else if (isRegularFile(entry)) {
                    Files.createDirectories(destination.getParent());
                    Files.copy(tar, destination, StandardCopyOption.REPLACE_EXISTING);
                    final boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(destination,
                            PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                    files++;
                    bytes += entry.getSize();
                } else {
                    throw new IOException("archive entry " + entry.getName() + " is a link or special file;"
                            + " only regular files and directories are unpacked");
                }
                if (System.nanoTime() >= nextReport) {
                    LOG.info("  unpacking {}: {}% ({} s)", archive.getFileName(),
                            total == 0 ? 100 : read.getCompressedCount() * 100 / total, (System.nanoTime() - start) / 1_000_000_000L);
                    nextReport = System.nanoTime() + progressEvery.toNanos();
                }
            }
        }
        return new Extracted(files, bytes);
    }

    /** Commons Compress counts links and devices as files ({@code isFile()}); only plain files are wanted. */
    private static boolean isRegularFile(final TarArchiveEntry entry) {
        return entry.isFile() && !entry.isSymbolicLink() && !entry.isLink() && !entry.isCharacterDevice()
                && !entry.isBlockDevice() && !entry.isFIFO();
    }

    private static InputStream decompress(final Path archive, final InputStream in) throws IOException {
        final String name = archive.getFileName().toString();
        if (name.endsWith(".tar.xz") || name.endsWith(".txz")) {
            return new XZCompressorInputStream(in);
        }
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return new GzipCompressorInputStream(in);
        }
        throw new IOException(archive + " is neither a .tar.xz nor a .tar.gz archive");
    }

    /** {@code ./bin/peer} and {@code bin//peer/} become {@code bin/peer}. */
    static String normalise(final String entryName) {
        String name = entryName.replace('\\', '/');
        while (name.startsWith("./")) {
            name = name.substring(2);
        }
        name = name.replaceAll("/+", "/");
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }
}
