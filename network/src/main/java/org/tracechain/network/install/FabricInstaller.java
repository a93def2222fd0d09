// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.NetworkException;
import org.tracechain.network.process.Directories;

/**
 * Finds or builds the Fabric v3.1.5 binaries.
 *
 * <ol>
 *   <li>{@code TRACECHAIN_FABRIC_BIN}: a directory of existing binaries (e.g. a release tarball's {@code bin/});
 *       default configuration from {@code TRACECHAIN_FABRIC_CONFIG} or its sibling {@code config/}.</li>
 *   <li>The cache {@code ${TRACECHAIN_CACHE:-~/.cache/tracechain}/fabric/v3.1.5/}, reused when complete.</li>
 *   <li>Otherwise {@code CGO_ENABLED=0 go install github.com/hyperledger/fabric/cmd/<tool>@<commit>} into the
 *       cache, and {@code core.yaml}/{@code orderer.yaml} copied from that module's {@code sampleconfig/}.</li>
 * </ol>
 */
public final class FabricInstaller {

    public static final String FABRIC_VERSION = "3.1.5";
    public static final String FABRIC_COMMIT = "86c1172bec37e6590c6b1ae6f847833df48d65fc";
    static final String MODULE = "github.com/hyperledger/fabric";
    static final List<String> TOOLS = List.of("peer", "orderer", "configtxgen", "osnadmin");
    static final List<String> CONFIG_FILES = List.of("core.yaml", "orderer.yaml");

    private static final Logger LOG = LoggerFactory.getLogger(FabricInstaller.class);
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(40);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(20);

    /** Where Go's official installer puts it; non-login shells often lack it on PATH. */
    private static final List<Path> GO_FALLBACKS = List.of(Path.of("/usr/local/go/bin/go"), Path.of("/usr/lib/go/bin/go"));

    private final Map<String, String> env;
    private final List<Path> goFallbacks;

    public FabricInstaller() {
        this(System.getenv(), GO_FALLBACKS);
    }

    FabricInstaller(final Map<String, String> env) {
        this(env, GO_FALLBACKS);
    }

    FabricInstaller(final Map<String, String> env, final List<Path> goFallbacks) {
        this.env = Map.copyOf(env);
        this.goFallbacks = List.copyOf(goFallbacks);
    }

    /** The cache directory for this Fabric version. */
    public Path cacheDir() {
        final String cache = env.get("TRACECHAIN_CACHE");
        final Path root = cache != null && !cache.isBlank()
                ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache", "tracechain");
        return root.resolve("fabric").resolve("v" + FABRIC_VERSION);
    }

    /** Returns a complete installation, building it first if needed. */
    public FabricInstallation ensureInstalled() {
        final String given = env.get("TRACECHAIN_FABRIC_BIN");
        if (given != null && !given.isBlank()) {
            final Path bin = Path.of(given).toAbsolutePath();
            final String configEnv = env.get("TRACECHAIN_FABRIC_CONFIG");
            final Path config = configEnv != null && !configEnv.isBlank()
                    ? Path.of(configEnv).toAbsolutePath()
                    : bin.resolveSibling("config");
            final FabricInstallation installation = new FabricInstallation(bin, config);
            final List<String> missing = missing(installation);
            if (!missing.isEmpty()) {
                throw new NetworkException("TRACECHAIN_FABRIC_BIN=" + bin + " is incomplete: missing " + missing
                        + " (config files are looked up in " + config + "; set TRACECHAIN_FABRIC_CONFIG to override)");
            }
            LOG.info("Using Fabric binaries from TRACECHAIN_FABRIC_BIN={}", bin);
            return installation;
        }
        final FabricInstallation cached = new FabricInstallation(cacheDir().resolve("bin"), cacheDir().resolve("config"));
        if (missing(cached).isEmpty()) {
            LOG.debug("Fabric {} binaries found in {}", FABRIC_VERSION, cacheDir());
            return cached;
        }
        build(cached);
        return cached;
    }

    /** The files an installation lacks, as names. */
    static List<String> missing(final FabricInstallation installation) {
        final List<String> missing = new ArrayList<>();
        for (final String tool : TOOLS) {
            if (!Files.isExecutable(installation.binDir().resolve(tool))) {
                missing.add("bin/" + tool);
            }
        }
        for (final String file : CONFIG_FILES) {
            if (!Files.isRegularFile(installation.configDir().resolve(file))) {
                missing.add("config/" + file);
            }
        }
        return missing;
    }

    private void build(final FabricInstallation target) {
        final String go = findGo().orElseThrow(() -> new NetworkException(
                "Fabric " + FABRIC_VERSION + " binaries are not installed and no Go toolchain was found on PATH. "
                        + "Install Go >= 1.26.4 (https://go.dev/dl) or set TRACECHAIN_FABRIC_BIN to a directory "
                        + "holding peer, orderer, configtxgen and osnadmin of Fabric " + FABRIC_VERSION + "."));
        final Path staging = target.binDir().getParent().resolveSibling("v" + FABRIC_VERSION + ".partial");
        try {
            Directories.deleteRecursively(staging);
            Files.createDirectories(staging.resolve("bin"));
            Files.createDirectories(staging.resolve("config"));
            LOG.info("Building Fabric {} ({}) with {}: peer, orderer, configtxgen, osnadmin. "
                    + "The first build downloads ~150 modules and compiles for several minutes on 2 cores.",
                    FABRIC_VERSION, FABRIC_COMMIT.substring(0, 12), go);
            final List<String> install = new ArrayList<>(List.of(go, "install", "-ldflags",
                    "-X " + MODULE + "/common/metadata.Version=" + FABRIC_VERSION));
            TOOLS.forEach(tool -> install.add(MODULE + "/cmd/" + tool + "@" + FABRIC_COMMIT));
            runGo(install, Map.of("CGO_ENABLED", "0", "GOBIN", staging.resolve("bin").toString()), "go install");
            final String json = runGo(List.of(go, "mod", "download", "-json", MODULE + "@" + FABRIC_COMMIT), Map.of(),
                    "go mod download");
            final Path moduleDir = Path.of(jsonField(json, "Dir").orElseThrow(() -> new NetworkException(
                    "go mod download did not report the module directory of " + MODULE + ": " + json)));
            for (final String file : CONFIG_FILES) {
                final Path copy = staging.resolve("config").resolve(file);
                Files.copy(moduleDir.resolve("sampleconfig").resolve(file), copy, StandardCopyOption.REPLACE_EXISTING);
                copy.toFile().setWritable(true, true);
            }
            Directories.deleteRecursively(cacheDir());
            Files.createDirectories(cacheDir().getParent());
            Files.move(staging, cacheDir(), StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Fabric {} installed in {}", FABRIC_VERSION, cacheDir());
        } catch (IOException e) {
            throw new NetworkException("cannot install Fabric into " + cacheDir() + ": " + e.getMessage(), e);
        } finally {
            try {
                // Only a failed build leaves it behind: a complete one was moved into place.
                Directories.deleteRecursively(staging);
            } catch (IOException e) {
                LOG.warn("cannot remove {}: {}", staging, e.getMessage());
            }
        }
        final List<String> missing = missing(target);
        if (!missing.isEmpty()) {
            throw new NetworkException("Fabric build finished but " + missing + " are missing in " + cacheDir());
        }
    }

    private String runGo(final List<String> command, final Map<String, String> extraEnv, final String what) {
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(extraEnv);
        final Deque<String> tail = new ArrayDeque<>();
        final StringBuilder all = new StringBuilder();
        final Instant start = Instant.now();
        try {
            final Process process = builder.start();
            final Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        synchronized (tail) {
                            tail.addLast(line);
                            if (tail.size() > 30) {
                                tail.removeFirst();
                            }
                            all.append(line).append('\n');
                        }
                    }
                } catch (IOException e) {
                    LOG.debug("reading {} output failed", what, e);
                }
            }, "go-output");
            reader.setDaemon(true);
            reader.start();
            while (!process.waitFor(PROGRESS_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                final Duration elapsed = Duration.between(start, Instant.now());
                if (elapsed.compareTo(BUILD_TIMEOUT) > 0) {
                    process.destroyForcibly();
                    throw new NetworkException(what + " did not finish within " + BUILD_TIMEOUT.toMinutes() + " minutes");
                }
                LOG.info("  {} still running ({} s elapsed)", what, elapsed.toSeconds());
            }
            reader.join(5_000);
            synchronized (tail) {
                if (process.exitValue() != 0) {
                    throw new NetworkException(what + " failed (exit " + process.exitValue() + "). Last output:\n  "
                            + String.join("\n  ", tail) + "\nIf the Go module proxy cannot serve " + MODULE + "@"
                            + FABRIC_COMMIT.substring(0, 12) + ", set TRACECHAIN_FABRIC_BIN to a directory with "
                            + "Fabric " + FABRIC_VERSION + " binaries (e.g. a release tarball's bin/).");
                }
                LOG.info("  {} finished in {} s", what, Duration.between(start, Instant.now()).toSeconds());
                return all.toString();
            }
        } catch (IOException e) {
            throw new NetworkException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException(what + " interrupted", e);
        }
    }

    private Optional<String> findGo() {
        final String path = env.getOrDefault("PATH", "");
        for (final String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "go"))) {
                return Optional.of(Path.of(dir, "go").toString());
            }
        }
        final String goroot = env.get("GOROOT");
        if (goroot != null && Files.isExecutable(Path.of(goroot, "bin", "go"))) {
            return Optional.of(Path.of(goroot, "bin", "go").toString());
        }
        for (final Path candidate : goFallbacks) {
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    static Optional<String> jsonField(final String json, final String field) {
        final Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
