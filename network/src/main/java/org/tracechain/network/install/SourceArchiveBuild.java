// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.io.Sha256;
import org.tracechain.network.process.CommandRunner;

/**
 * Builds the binaries from a Fabric source archive that carries its {@code vendor/} directory: checks the
 * archive against the pinned digest, unpacks it, and runs {@code go build} for each tool with the vendored
 * modules and no network ({@code GOFLAGS=-mod=vendor GOPROXY=off GOTOOLCHAIN=local}). About 80 s on 2 cores.
 */
final class SourceArchiveBuild implements InstallSource {

    private static final Logger LOG = LoggerFactory.getLogger(SourceArchiveBuild.class);
    private static final String MODULE = "github.com/hyperledger/fabric";

    private final FabricPin pin;
    private final Path archive;
    private final String origin;
    private final Supplier<Optional<GoToolchain>> go;
    private final Duration progressEvery;
    private final Duration buildTimeout;

    /**
     * @param origin how the archive was chosen, e.g. "TRACECHAIN_FABRIC_SRC" or "default"
     * @param go finds the Go toolchain (looked up only when the archive is usable)
     */
    SourceArchiveBuild(final FabricPin pin, final Path archive, final String origin,
            final Supplier<Optional<GoToolchain>> go, final Duration progressEvery, final Duration buildTimeout) {
        this.pin = pin;
        this.archive = archive.toAbsolutePath().normalize();
        this.origin = origin;
        this.go = go;
        this.progressEvery = progressEvery;
        this.buildTimeout = buildTimeout;
    }

    @Override
    public String description() {
        return "source archive " + archive + " (" + origin + ")";
    }

    @Override
    public void install(final Path staging, final Path work) throws SourceUnavailableException {
        if (!Files.isRegularFile(archive)) {
            throw new SourceUnavailableException("no such file");
        }
        verifyDigest();
        final GoToolchain toolchain = go.get().orElseThrow(() -> new SourceUnavailableException(
                "building it needs Go, and no go was found on PATH, in GOROOT or in /usr/local/go"));
        final Path tree = unpack(work.resolve("src"));
        final String required = required(tree);
        if (!toolchain.atLeast(required)) {
            throw new SourceUnavailableException("Fabric " + pin.version() + "'s go.mod requires go " + required
                    + ", but " + toolchain.go() + " is " + toolchain.version() + "; install Go " + required
                    + " or newer (https://go.dev/dl)");
        }
        final Map<String, String> env = buildEnvironment(work);
        int n = 0;
        for (final String tool : FabricPin.TOOLS) {
            n++;
            LOG.info("  go build {} ({}/{})", tool, n, FabricPin.TOOLS.size());
            final long start = System.nanoTime();
            final CommandRunner.Result result = CommandRunner.runLong("go build " + tool, List.of(
                    toolchain.go().toString(), "build", "-trimpath", "-buildvcs=false", "-ldflags", ldflags(),
                    "-o", staging.resolve("bin").resolve(tool).toString(), "./cmd/" + tool), env, tree, buildTimeout,
                    progressEvery);
            if (!result.ok()) {
                throw new SourceUnavailableException("go build ./cmd/" + tool + " failed (exit " + result.exitCode()
                        + "):\n    " + result.tail(20).replace("\n", "\n    "));
            }
            LOG.info("  built {} in {} s", tool, (System.nanoTime() - start) / 1_000_000_000L);
        }
        try {
            for (final String file : FabricPin.CONFIG_FILES) {
                Files.copy(tree.resolve("sampleconfig").resolve(file), staging.resolve("config").resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new SourceUnavailableException("the archive lacks sampleconfig/: " + e.getMessage(), e);
        }
    }

    private void verifyDigest() throws SourceUnavailableException {
        try {
            final String actual = Sha256.of(archive);
            if (!actual.equals(pin.sourceArchiveSha256())) {
                throw new SourceUnavailableException("its SHA-256 is " + actual + ", not the pinned "
                        + pin.sourceArchiveSha256() + " of Fabric " + pin.version() + "; refusing to unpack it");
            }
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read it: " + e.getMessage(), e);
        }
    }

    private Path unpack(final Path target) throws SourceUnavailableException {
        final long start = System.nanoTime();
        LOG.info("  unpacking {}", archive.getFileName());
        try {
            final ArchiveExtractor.Extracted extracted = new ArchiveExtractor(progressEvery).extract(archive, target,
                    name -> true);
            LOG.info("  unpacked {} files ({} MB) in {} s", extracted.files(), extracted.bytes() >> 20,
                    (System.nanoTime() - start) / 1_000_000_000L);
            // git archive --prefix=fabric-<version>/: the module is the one top-level directory holding go.mod.
            try (Stream<Path> top = Files.list(target)) {
                return top.filter(dir -> Files.isRegularFile(dir.resolve("go.mod"))).findFirst()
                        .orElseThrow(() -> new SourceUnavailableException("it holds no top-level directory with go.mod"));
            }
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot unpack it: " + e.getMessage(), e);
        }
    }

    private String required(final Path tree) throws SourceUnavailableException {
        try {
            final String module = Files.readString(tree.resolve("go.mod")).lines().findFirst().orElse("").strip();
            if (!module.equals("module " + MODULE)) {
                throw new SourceUnavailableException("its go.mod declares '" + module + "', not module " + MODULE);
            }
            if (!Files.isDirectory(tree.resolve("vendor"))) {
                throw new SourceUnavailableException("it has no vendor/ directory, so it cannot build offline");
            }
            return GoToolchain.requiredBy(tree.resolve("go.mod"));
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot read its go.mod: " + e.getMessage(), e);
        }
    }

    /** Nothing from the user's Go settings leaks in: no proxy, no toolchain download, no GOOS, our own caches. */
    private static Map<String, String> buildEnvironment(final Path work) {
        return CommandRunner.cleanEnvironment(Map.of(
                "CGO_ENABLED", "0",
                "GOFLAGS", "-mod=vendor",
                "GOPROXY", "off",
                "GOTOOLCHAIN", "local",
                "GOWORK", "off",
                "GOENV", "off",
                "GOCACHE", work.resolve("gocache").toString(),
                "GOPATH", work.resolve("gopath").toString()));
    }

    private String ldflags() {
        // As Fabric's Makefile sets them, so `peer version` reports the release.
        return "-X " + MODULE + "/common/metadata.Version=" + pin.version()
                + " -X " + MODULE + "/common/metadata.CommitSHA=" + pin.commit().substring(0, 7);
    }
}
