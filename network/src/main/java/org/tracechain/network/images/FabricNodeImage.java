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
import java.util.stream.Collectors;
import org.tracechain.network.io.Sha256;

/**
 * A Fabric node image: the project's Fabric binaries are static ({@code CGO_ENABLED=0}), so the binary and its
 * default configuration in {@code FABRIC_CFG_PATH} are the whole image ({@code FROM scratch}), laid out as in the
 * official images ({@code /usr/local/bin}, {@code /etc/hyperledger/fabric}, {@code /var/hyperledger/production}).
 * The peer's is built on a base image instead: it runs external chaincode builders, which are shell scripts (the
 * official peer image has Alpine's shell for the same reason).
 */
final class FabricNodeImage implements ImageRecipe {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    static final String CONFIG_DIR = "/etc/hyperledger/fabric";

    private final String name;
    private final Path binary;
    private final Path config;
    private final List<Integer> ports;
    private final List<String> command;
    private final String base;

    /** An image {@code FROM scratch}. */
    FabricNodeImage(final String name, final Path binary, final Path config, final List<Integer> ports,
            final List<String> command) {
        this(name, binary, config, ports, command, null);
    }

    /** An image on {@code base} (null: scratch), e.g. one with a shell. */
    FabricNodeImage(final String name, final Path binary, final Path config, final List<Integer> ports,
            final List<String> command, final String base) {
        this.base = base;
        this.name = name;
        this.binary = binary;
        this.config = config;
        this.ports = List.copyOf(ports);
        this.command = List.copyOf(command);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> bases() {
        return base == null ? List.of() : List.of(base);
    }

    String dockerfile() {
        final String exec = command.stream().map(arg -> '"' + arg + '"').collect(Collectors.joining(", "));
        final String expose = ports.stream().map(String::valueOf).collect(Collectors.joining(" "));
        // /tmp and the production directory exist in the official images; Go needs a temp dir, and the ledger
        // directory is where a volume is usually mounted.
        return """
                FROM %6$s
                COPY %1$s /usr/local/bin/%1$s
                COPY %2$s %3$s/%2$s
                COPY empty/ /tmp/
                COPY empty/ /var/hyperledger/production/
                ENV PATH=%7$s FABRIC_CFG_PATH=%3$s
                EXPOSE %4$s
                CMD [%5$s]
                """.formatted(binary.getFileName(), config.getFileName(), CONFIG_DIR, expose, exec,
                        base == null ? "scratch" : base, base == null ? "/usr/local/bin" : "/usr/local/bin:/usr/bin:/bin");
    }

    @Override
    public String inputs(final DockerCli docker) {
        try {
            // On a base image, its ID too: a rebuilt base rebuilds this image.
            return Sha256.of((dockerfile() + "\n" + Sha256.of(binary) + "\n" + Sha256.of(config)
                    + (base == null ? "" : "\n" + docker.imageId(base))).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + binary + " or " + config, e);
        }
    }

    @Override
    public void build(final DockerCli docker, final Path workDir, final String inputs) {
        try {
            Files.copy(binary, workDir.resolve(binary.getFileName()));
            Files.copy(config, workDir.resolve(config.getFileName()));
            Files.createDirectories(workDir.resolve("empty"));
            Files.writeString(workDir.resolve("Dockerfile"), dockerfile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the build context of " + name + " in " + workDir, e);
        }
        docker.build(workDir, name, Map.of(FabricImages.INPUTS_LABEL, inputs), false, BUILD_TIMEOUT);
    }
}
