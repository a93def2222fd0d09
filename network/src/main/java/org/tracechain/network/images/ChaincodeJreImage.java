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

/**
 * The image chaincode servers run in: the Debian base image plus Debian's {@code openjdk-17-jre-headless}, installed
 * with apt while the image is built. Its inputs are the recipe and the ID of the base image it was built on, so a
 * rebuilt base image rebuilds it.
 */
final class ChaincodeJreImage implements ImageRecipe {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);

    private final String name;
    private final String baseImage;

    ChaincodeJreImage(final String name, final String baseImage) {
        this.name = name;
        this.baseImage = baseImage;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> bases() {
        return List.of(baseImage);
    }

    String dockerfile() {
        // One RUN: the apt lists are removed in the layer that downloaded them, so they do not add to the image.
        // A non-root user for the chaincode server, as the official chaincode images have.
        return """
                FROM %s
                RUN apt-get update -q \\
                 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-17-jre-headless \\
                 && apt-get clean && rm -rf /var/lib/apt/lists/* \\
                 && useradd --create-home --uid 1000 chaincode
                WORKDIR /home/chaincode
                USER chaincode
                CMD ["java", "-version"]
                """.formatted(baseImage);
    }

    @Override
    public String inputs(final DockerCli docker) {
        return Sha256.of((dockerfile() + "\n" + docker.imageId(baseImage)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void build(final DockerCli docker, final Path workDir, final String inputs) {
        try {
            Files.writeString(workDir.resolve("Dockerfile"), dockerfile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Dockerfile of " + name + " in " + workDir, e);
        }
        // apt needs the network while building; the host's is the one an engine without a bridge has.
        docker.build(workDir, name, Map.of(FabricImages.INPUTS_LABEL, inputs), true, BUILD_TIMEOUT);
    }
}
