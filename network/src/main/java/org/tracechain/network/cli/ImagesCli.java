// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracechain.network.NetworkException;
import org.tracechain.network.images.BuiltImage;
import org.tracechain.network.images.FabricImages;
import org.tracechain.network.images.ImageNames;
import org.tracechain.network.install.FabricInstaller;

/**
 * {@code tracechain images build}: the container images of the network, built locally from the project's Fabric
 * binaries (see {@link FabricImages}), for machines that cannot pull them.
 */
public final class ImagesCli {

    private static final String USAGE = """
            usage: tracechain images build [--rebuild] [--debian-mirror URL]
              build     build the peer, orderer, Debian, chaincode JRE and PostgreSQL images that are missing or whose
                        inputs changed (the Fabric binaries, their default config, the recipes); unchanged ones are kept
            options:
              --rebuild              build every image even when its inputs are unchanged
              --debian-mirror URL    Debian repository for debootstrap (default %s)
            Image names: -Dtracechain.image.peer=..., .orderer, .debian, .chaincode, .postgres
            (defaults %s, %s, %s, %s, %s);
            the launcher passes them from TRACECHAIN_IMAGE_OPTS.
            Needs a Docker engine: 'scripts/docker-engine.sh start' installs and starts one when none runs.
            """.formatted(FabricImages.DEFAULT_DEBIAN_MIRROR, ImageNames.DEFAULT_PEER, ImageNames.DEFAULT_ORDERER,
            ImageNames.DEFAULT_DEBIAN, ImageNames.DEFAULT_CHAINCODE, ImageNames.DEFAULT_POSTGRES);

    private ImagesCli() {}

    public static void main(final String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/tracechain/network/cli/logback-cli.xml");
        }
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Runs a command; returns the process exit code (0 ok, 1 failed, 2 usage). */
    static int run(final String[] args, final PrintStream out, final PrintStream err, final Map<String, String> env) {
        final List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty() || rest.contains("--help") || rest.contains("-h")) {
            (rest.isEmpty() ? err : out).print(USAGE);
            return rest.isEmpty() ? 2 : 0;
        }
        final String command = rest.remove(0);
        try {
            if (!command.equals("build")) {
                throw new IllegalArgumentException("unknown command " + command);
            }
            final FabricImages.Builder builder = FabricImages.builder()
                    .names(ImageNames.from(System.getProperties()))
                    .cacheRoot(cacheRoot(env))
                    .environment(env);
            while (!rest.isEmpty()) {
                final String option = rest.remove(0);
                switch (option) {
                    case "--rebuild" -> builder.rebuild(true);
                    case "--debian-mirror" -> {
                        if (rest.isEmpty()) {
                            throw new IllegalArgumentException("--debian-mirror needs a URL");
                        }
                        builder.debianMirror(rest.remove(0));
                    }
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            final List<BuiltImage> images = builder.installation(new FabricInstaller().ensureInstalled()).build()
                    .ensureBuilt();
            out.printf("%-36s %-10s %9s %8s%n", "IMAGE", "STATE", "SIZE", "TIME");
            for (final BuiltImage image : images) {
                out.printf("%-36s %-10s %6d MB %6.1f s%n", image.name(), image.rebuilt() ? "built" : "up-to-date",
                        image.sizeBytes() / 1_000_000, image.took().toMillis() / 1000.0);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("tracechain images: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (NetworkException | java.io.UncheckedIOException e) {
            err.println("tracechain images " + command + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** The tracechain cache, shared with the Fabric installer: {@code TRACECHAIN_CACHE} or {@code ~/.cache/tracechain}. */
    private static Path cacheRoot(final Map<String, String> env) {
        return Optional.ofNullable(env.get("TRACECHAIN_CACHE")).filter(v -> !v.isBlank()).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".cache", "tracechain"));
    }
}
