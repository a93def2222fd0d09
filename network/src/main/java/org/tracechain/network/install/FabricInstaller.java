// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.NetworkException;
import org.tracechain.network.io.ExclusiveFileLock;
import org.tracechain.network.process.Directories;

/**
 * Finds or installs the Fabric binaries ({@code peer}, {@code orderer}, {@code configtxgen}, {@code osnadmin}) and
 * their default configuration, trying in order:
 *
 * <ol>
 *   <li>{@code TRACECHAIN_FABRIC_BIN}: a directory of existing binaries (e.g. a release tarball's {@code bin/}),
 *       with {@code core.yaml}/{@code orderer.yaml} in {@code TRACECHAIN_FABRIC_CONFIG} or its sibling
 *       {@code config/}.</li>
 *   <li>The cache {@code ${TRACECHAIN_CACHE:-~/.cache/tracechain}/fabric/v3.1.5/}, if its files still match the
 *       digests recorded when it was installed.</li>
 *   <li>A Fabric source archive with vendored modules: {@code TRACECHAIN_FABRIC_SRC}, by default
 *       {@code ../shared/fabric/fabric-3.1.5-src.tar.xz} beside the project root; checked against the pinned
 *       digest, built offline with Go.</li>
 *   <li>The official release tarball for this platform, checked against its pinned digest: downloaded from the
 *       Fabric GitHub release, or the file or mirror URL in {@code TRACECHAIN_FABRIC_RELEASE}. No Go needed.</li>
 *   <li>{@code go install} of the tag's commit through the Go module proxy.</li>
 * </ol>
 *
 * <p>Sources 3-5 install into the cache atomically and under a lock: a concurrent install waits and reuses the
 * result, and an interrupted one leaves nothing that could pass for a complete cache. A failing source falls
 * through to the next with its reason logged; when all fail, one error lists each source and why.
 *
 * <pre>{@code
 * FabricInstallation fabric = new FabricInstaller().ensureInstalled();
 * fabric.peer();   // ~/.cache/tracechain/fabric/v3.1.5/bin/peer
 * }</pre>
 */
public final class FabricInstaller {

    /** The system property naming the project's root directory, where the default source archive is looked up. */
    public static final String PROJECT_ROOT_PROPERTY = "tracechain.project.root";

    private static final Logger LOG = LoggerFactory.getLogger(FabricInstaller.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(40);

    private final Map<String, String> env;
    private final Optional<Path> projectRoot;
    private final FabricPin pin;
    private final Optional<String> platform;
    private final List<Path> goPlaces;
    private final Duration progressEvery;
    private volatile FabricInstallation verified;

    /** An installer for this process: its environment, and the project root from {@value #PROJECT_ROOT_PROPERTY}. */
    public FabricInstaller() {
        this(System.getenv(), Optional.ofNullable(System.getProperty(PROJECT_ROOT_PROPERTY)).filter(s -> !s.isBlank())
                .map(Path::of), FabricPin.V3_1_5, Platform.current(), GoToolchain.USUAL_PLACES, PROGRESS_EVERY);
    }

    FabricInstaller(final Map<String, String> env, final Optional<Path> projectRoot, final FabricPin pin,
            final Optional<String> platform, final List<Path> goPlaces, final Duration progressEvery) {
        this.env = Map.copyOf(env);
        this.projectRoot = projectRoot.map(p -> p.toAbsolutePath().normalize());
        this.pin = pin;
        this.platform = platform;
        this.goPlaces = List.copyOf(goPlaces);
        this.progressEvery = progressEvery;
    }

    /** The tracechain cache: {@code TRACECHAIN_CACHE}, or {@code ~/.cache/tracechain}. */
    public Path cacheRoot() {
        return setting("TRACECHAIN_CACHE").map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".cache", "tracechain"));
    }

    /** The cache directory of the pinned Fabric version. */
    public Path cacheDir() {
        return cache().dir();
    }

    /**
     * Where the cache keeps the pinned version's binaries and configuration, neither checked nor installed: for what
     * needs only node names, ports and logs ({@code status}, peers' heights) and must work before any install.
     */
    public FabricInstallation cachedInstallation() {
        return cache().installation();
    }

    /** A complete installation, installing one first if needed; says on one line which source it used. */
    public FabricInstallation ensureInstalled() {
        final FabricInstallation known = verified;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (verified == null) {
                verified = find();
            }
            return verified;
        }
    }

    @SuppressWarnings("try") // the lock is held for the duration of the block, never referenced
    private FabricInstallation find() {
        final List<String> tried = new ArrayList<>();
        final Optional<String> given = setting("TRACECHAIN_FABRIC_BIN");
        if (given.isPresent()) {
            return given(Path.of(given.get()).toAbsolutePath());
        }
        tried.add("TRACECHAIN_FABRIC_BIN: not set");
        final FabricCache cache = cache();
        final FabricCache.Verified cached = cache.verify();
        if (cached.ok()) {
            LOG.info("Fabric {}: {} (installed from {}; digests verified)", pin.version(), cache.dir(),
                    cached.manifest().orElseThrow().source());
            return cache.installation();
        }
        try (ExclusiveFileLock lock = cache.lock()) {
            // Another process may have installed it while we waited for the lock.
            final FabricCache.Verified afterWait = cache.verify();
            if (afterWait.ok()) {
                LOG.info("Fabric {}: {} (installed by another process from {})", pin.version(), cache.dir(),
                        afterWait.manifest().orElseThrow().source());
                return cache.installation();
            }
            tried.add("cache " + cache.dir() + ": " + afterWait.problem());
            LOG.info("Fabric {} is not installed in the cache: {}", pin.version(), afterWait.problem());
            cache.removeLeftovers();
            for (final InstallSource source : sources()) {
                final Optional<String> failure = tryInstall(cache, source);
                if (failure.isEmpty()) {
                    return cache.installation();
                }
                tried.add(source.description() + ": " + failure.get());
            }
        } catch (IOException e) {
            throw new NetworkException("cannot install Fabric into " + cache.dir() + ": " + e.getMessage(), e);
        }
        throw new NetworkException(nothingWorked(tried));
    }

    /** Installs from one source into the cache; empty on success, else why it failed. */
    private Optional<String> tryInstall(final FabricCache cache, final InstallSource source) throws IOException {
        LOG.info("Installing Fabric {} from {}", pin.version(), source.description());
        final long start = System.nanoTime();
        final Path staging = cache.newTemporary("partial");
        final Path work = cache.newTemporary("work");
        try {
            Files.createDirectories(staging.resolve("bin"));
            Files.createDirectories(staging.resolve("config"));
            source.install(staging, work);
            cache.commit(staging, source.description());
            LOG.info("Fabric {}: {} (installed from {} in {} s)", pin.version(), cache.dir(), source.description(),
                    (System.nanoTime() - start) / 1_000_000_000L);
            return Optional.empty();
        } catch (SourceUnavailableException e) {
            LOG.warn("Fabric {} not installed from {}: {}", pin.version(), source.description(), e.getMessage());
            return Optional.of(e.getMessage());
        } finally {
            Directories.deleteRecursively(work);
            Directories.deleteRecursively(staging);
        }
    }

    /** Sources 3-5, in order. */
    List<InstallSource> sources() {
        final Supplier<Optional<GoToolchain>> go = () -> GoToolchain.find(env, goPlaces);
        final List<InstallSource> sources = new ArrayList<>();
        final Optional<String> archive = setting("TRACECHAIN_FABRIC_SRC");
        if (archive.isPresent()) {
            sources.add(new SourceArchiveBuild(pin, Path.of(archive.get()), "TRACECHAIN_FABRIC_SRC", go, progressEvery,
                    BUILD_TIMEOUT));
        } else if (projectRoot.isPresent()) {
            final Path beside = projectRoot.get().resolveSibling("shared").resolve("fabric").resolve(pin.sourceArchiveName());
            sources.add(new SourceArchiveBuild(pin, beside, "default beside the project", go, progressEvery,
                    BUILD_TIMEOUT));
        } else {
            sources.add(unavailable("source archive", "TRACECHAIN_FABRIC_SRC is not set, and no project root ("
                    + PROJECT_ROOT_PROPERTY + ") is known to look beside"));
        }
        sources.add(new ReleaseTarball(pin, platform, setting("TRACECHAIN_FABRIC_RELEASE"), progressEvery));
        sources.add(new GoModuleInstall(pin, env, go, progressEvery, BUILD_TIMEOUT));
        return sources;
    }

    private static InstallSource unavailable(final String description, final String reason) {
        return new InstallSource() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public void install(final Path staging, final Path work) throws SourceUnavailableException {
                throw new SourceUnavailableException(reason);
            }
        };
    }

    private FabricInstallation given(final Path bin) {
        final Path config = setting("TRACECHAIN_FABRIC_CONFIG").map(Path::of).map(Path::toAbsolutePath)
                .orElse(bin.resolveSibling("config"));
        final FabricInstallation installation = new FabricInstallation(bin, config);
        final List<String> missing = missing(installation);
        if (!missing.isEmpty()) {
            throw new NetworkException("TRACECHAIN_FABRIC_BIN=" + bin + " is incomplete: missing " + missing
                    + " (config files are looked up in " + config + "; set TRACECHAIN_FABRIC_CONFIG to override)");
        }
        LOG.info("Fabric: {} (TRACECHAIN_FABRIC_BIN; config {})", bin, config);
        return installation;
    }

    /** The files an installation lacks, as names. */
    static List<String> missing(final FabricInstallation installation) {
        final List<String> missing = new ArrayList<>();
        for (final String tool : FabricPin.TOOLS) {
            if (!Files.isExecutable(installation.binDir().resolve(tool))) {
                missing.add("bin/" + tool);
            }
        }
        for (final String file : FabricPin.CONFIG_FILES) {
            if (!Files.isRegularFile(installation.configDir().resolve(file))) {
                missing.add("config/" + file);
            }
        }
        return missing;
    }

    private String nothingWorked(final List<String> tried) {
        final StringBuilder text = new StringBuilder("Fabric " + pin.version()
                + " is not installed, and no source could install it. Tried, in order:");
        for (int i = 0; i < tried.size(); i++) {
            text.append("\n  ").append(i + 1).append(". ").append(tried.get(i));
        }
        return text.append("\nTo install it, set one of:")
                .append("\n  TRACECHAIN_FABRIC_SRC=/path/to/").append(pin.sourceArchiveName())
                .append("   (Fabric's source archive with vendor/; needs Go, builds offline)")
                .append("\n  TRACECHAIN_FABRIC_RELEASE=/path/to/").append(pin.releaseFileName(platform.orElse("<platform>")))
                .append("   (the official release tarball, or a mirror's https URL)")
                .append("\n  TRACECHAIN_FABRIC_BIN=/path/to/bin   (existing Fabric ").append(pin.version())
                .append(" binaries; config from its sibling config/ or TRACECHAIN_FABRIC_CONFIG)")
                .toString();
    }

    private FabricCache cache() {
        return new FabricCache(cacheRoot().resolve("fabric"), pin);
    }

    private Optional<String> setting(final String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }
}
