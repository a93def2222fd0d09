// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.io.ExclusiveFileLock;
import org.tracechain.network.io.Sha256;
import org.tracechain.network.process.Directories;

/**
 * The installed binaries of one Fabric version: {@code <root>/v<version>/{bin,config}} and a manifest with the
 * SHA-256 of every file. The directory only ever appears complete: an install is assembled in a staging
 * directory beside it, the manifest is written last, and the staging directory is renamed into place. A directory
 * without a manifest, or whose files no longer match it, is not an installation.
 */
final class FabricCache {

    private static final Logger LOG = LoggerFactory.getLogger(FabricCache.class);
    static final String MANIFEST = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the manifest records. */
    record Manifest(String version, String commit, String source, String installedAt, Map<String, String> sha256) {}

    private final Path root;
    private final FabricPin pin;

    FabricCache(final Path root, final FabricPin pin) {
        this.root = root.toAbsolutePath().normalize();
        this.pin = pin;
    }

    /** {@code <root>/v<version>}. */
    Path dir() {
        return root.resolve("v" + pin.version());
    }

    FabricInstallation installation() {
        return new FabricInstallation(dir().resolve("bin"), dir().resolve("config"));
    }

    /** The files an installation consists of, relative to its directory. */
    static List<String> files() {
        final List<String> files = new ArrayList<>();
        FabricPin.TOOLS.forEach(tool -> files.add("bin/" + tool));
        FabricPin.CONFIG_FILES.forEach(file -> files.add("config/" + file));
        return files;
    }

    /** The installation's manifest if every file is present and matches it; otherwise why not. */
    Verified verify() {
        final Path dir = dir();
        if (!Files.isDirectory(dir)) {
            return Verified.problem("not installed (" + dir + " does not exist)");
        }
        final Manifest manifest;
        try {
            manifest = JSON.readValue(dir.resolve(MANIFEST).toFile(), Manifest.class);
        } catch (IOException e) {
            return Verified.problem(dir + " has no readable " + MANIFEST + ", so it is not a complete install");
        }
        if (!pin.version().equals(manifest.version()) || manifest.sha256() == null) {
            return Verified.problem(dir.resolve(MANIFEST) + " is not a manifest of Fabric " + pin.version());
        }
        for (final String file : files()) {
            final Path path = dir.resolve(file);
            final String recorded = manifest.sha256().get(file);
            if (recorded == null || !Files.isRegularFile(path)) {
                return Verified.problem(file + " is missing from " + dir);
            }
            if (file.startsWith("bin/") && !Files.isExecutable(path)) {
                return Verified.problem(path + " is not executable");
            }
            try {
                if (!recorded.equals(Sha256.of(path))) {
                    return Verified.problem(path + " no longer matches the digest recorded when it was installed");
                }
            } catch (IOException e) {
                return Verified.problem("cannot read " + path + ": " + e.getMessage());
            }
        }
        return new Verified(Optional.of(manifest), null);
    }

    /** The result of {@link #verify}: a manifest, or the reason there is no usable installation. */
    record Verified(Optional<Manifest> manifest, String problem) {
        static Verified problem(final String why) {
            return new Verified(Optional.empty(), why);
        }

        boolean ok() {
            return manifest.isPresent();
        }
    }

    /** Waits for and takes the lock that serialises installs of this version, across processes. */
    ExclusiveFileLock lock() throws IOException {
        return ExclusiveFileLock.acquire(root.resolve(".v" + pin.version() + ".lock"), holder -> LOG.info(
                "Another install of Fabric {} is running ({}); waiting for it to finish", pin.version(), holder));
    }

    /** A new empty directory beside the installation, for staging ({@code partial}) or scratch work ({@code work}). */
    Path newTemporary(final String kind) throws IOException {
        Files.createDirectories(root);
        return Files.createDirectory(root.resolve(".v" + pin.version() + "." + kind + "-" + ProcessHandle.current().pid()
                + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong())));
    }

    /**
     * Removes what interrupted installs left: staging, scratch and replaced directories. (An installation
     * directory without a valid manifest is replaced by the next commit.) Call only while holding {@link #lock()}.
     */
    void removeLeftovers() throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, ".v" + pin.version() + ".*-*")) {
            for (final Path leftover : entries) {
                LOG.info("Removing {} left by an interrupted install", leftover.getFileName());
                Directories.deleteRecursively(leftover);
            }
        }
    }

    /**
     * Records the digests of a complete staging directory and renames it into place, replacing an earlier
     * installation. Call only while holding {@link #lock()}.
     */
    Manifest commit(final Path staging, final String source) throws IOException {
        final Map<String, String> digests = new TreeMap<>();
        for (final String file : files()) {
            final Path path = staging.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new IOException("the install produced no " + file);
            }
            digests.put(file, Sha256.of(path));
        }
        final Manifest manifest = new Manifest(pin.version(), pin.commit(), source, Instant.now().toString(), digests);
        JSON.writerWithDefaultPrettyPrinter().writeValue(staging.resolve(MANIFEST).toFile(), manifest);
        final Path dir = dir();
        if (Files.exists(dir)) {
            final Path replaced = newTemporary("replaced");
            Files.delete(replaced);
            move(dir, replaced);
            move(staging, dir);
            Directories.deleteRecursively(replaced);
        } else {
            move(staging, dir);
        }
        return manifest;
    }

    private static void move(final Path from, final Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + from + " to " + to + " atomically: " + e.getMessage(), e);
        }
    }
}
