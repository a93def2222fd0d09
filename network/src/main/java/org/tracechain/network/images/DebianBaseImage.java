// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.tracechain.network.io.Sha256;
import org.tracechain.network.process.CommandRunner;

/**
 * A minimal Debian image made without any registry: {@code debootstrap --variant=minbase} from Debian's package
 * repository into a directory, packed with tar and {@code docker import}ed. The downloaded packages are kept in the
 * cache ({@code --cache-dir}), so a rebuild downloads only what changed. Its apt sources include the security and
 * updates suites, so images built on it install current packages.
 */
final class DebianBaseImage implements ImageRecipe {

    private static final Duration DEBOOTSTRAP_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    /** Raise when the recipe changes in a way its text below does not show. */
    private static final int RECIPE_VERSION = 1;

    private final String name;
    private final String suite;
    private final String mirror;
    private final String securityMirror;
    private final Path packageCache;

    DebianBaseImage(final String name, final String suite, final String mirror, final String securityMirror,
            final Path packageCache) {
        this.name = name;
        this.suite = suite;
        this.mirror = mirror;
        this.securityMirror = securityMirror;
        this.packageCache = packageCache;
    }

    @Override
    public String name() {
        return name;
    }

    String sourcesList() {
        return """
                deb %1$s %2$s main
                deb %1$s %2$s-updates main
                deb %3$s %2$s-security main
                """.formatted(mirror, suite, securityMirror);
    }

    List<String> debootstrapCommand(final Path rootfs) {
        return List.of("debootstrap", "--variant=minbase", "--cache-dir=" + packageCache, suite, rootfs.toString(),
                mirror);
    }

    List<String> importChanges(final String inputs) {
        return List.of("ENV LANG=C.UTF-8", "CMD [\"/bin/bash\"]", "LABEL " + FabricImages.INPUTS_LABEL + "=" + inputs);
    }

    @Override
    public String inputs(final DockerCli docker) {
        final String recipe = RECIPE_VERSION + "\n" + String.join(" ", debootstrapCommand(Path.of("rootfs")))
                + "\n" + sourcesList();
        return Sha256.of(recipe.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void build(final DockerCli docker, final Path workDir, final String inputs) {
        final Path rootfs = workDir.resolve("rootfs");
        final Path tarball = workDir.resolve("rootfs.tar");
        try {
            Files.createDirectories(packageCache);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + packageCache, e);
        }
        final CommandRunner.Result debootstrap;
        try {
            debootstrap = CommandRunner.runLong("debootstrap " + suite, debootstrapCommand(rootfs),
                    CommandRunner.cleanEnvironment(Map.of()), workDir, DEBOOTSTRAP_TIMEOUT, PROGRESS_EVERY);
        } catch (org.tracechain.network.NetworkException e) {
            throw new DockerEngineException("cannot run debootstrap (" + e.getMessage() + "): install it with"
                    + " 'apt-get install -y debootstrap' (scripts/docker-engine.sh start does)");
        }
        if (!debootstrap.ok()) {
            throw new DockerEngineException("debootstrap of Debian " + suite + " from " + mirror + " failed (exit "
                    + debootstrap.exitCode() + "; it must run as root and reach the mirror):\n" + debootstrap.tail(15));
        }
        try {
            Files.writeString(rootfs.resolve("etc/apt/sources.list"), sourcesList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the apt sources of " + rootfs, e);
        }
        // Numeric owners: the image's users are the root file system's, not this machine's.
        CommandRunner.runChecked("tar of " + rootfs, List.of("tar", "--numeric-owner", "-C", rootfs.toString(),
                "-cf", tarball.toString(), "."), Map.of(), workDir, STEP_TIMEOUT);
        docker.importTarball(tarball, name, importChanges(inputs), STEP_TIMEOUT);
    }
}
