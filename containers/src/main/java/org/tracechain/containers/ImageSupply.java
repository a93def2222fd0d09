// SPDX-License-Identifier: Apache-2.0
package org.tracechain.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.tracechain.network.images.BuiltImage;
import org.tracechain.network.images.FabricImages;
import org.tracechain.network.images.ImageNames;
import org.tracechain.network.install.FabricInstallation;

/**
 * Makes sure the node images are there before a container starts: an image this project built (it carries
 * {@value FabricImages#INPUTS_LABEL}) is brought up to date, as {@code tracechain images build} does; a missing one is
 * pulled (the official names, for users who can reach Docker Hub) and, where no registry answers, built here from the
 * installed Fabric binaries; an image from elsewhere (pulled, or the user's own) is used as it is.
 */
final class ImageSupply {

    private static final Logger LOG = LoggerFactory.getLogger(ImageSupply.class);
    private static final long PULL_TIMEOUT_MINUTES = 10;

    private ImageSupply() {}

    static void ensure(final ImageNames names, final boolean withPostgres, final FabricInstallation fabric,
            final Path cacheRoot) {
        final DockerClient docker = DockerClientFactory.instance().client();
        final List<String> toBuild = new ArrayList<>();
        final List<String> wanted = new ArrayList<>(List.of(names.peer(), names.orderer(), names.chaincode()));
        if (withPostgres) {
            wanted.add(names.postgres());
        }
        for (final String image : wanted) {
            final Optional<Map<String, String>> labels = labels(docker, image);
            if (labels.isPresent() ? labels.get().containsKey(FabricImages.INPUTS_LABEL) : !pulled(docker, image)) {
                toBuild.add(image); // ours (rebuilt if the Fabric binaries or a recipe changed), or not to be had
            }
        }
        if (!toBuild.isEmpty()) {
            final long start = System.nanoTime();
            final List<BuiltImage> built = FabricImages.builder().installation(fabric).cacheRoot(cacheRoot)
                    .names(names).build().ensureBuilt(toBuild);
            LOG.info("Images ready in {} s: {}", String.format("%.1f", (System.nanoTime() - start) / 1e9),
                    built.stream().map(i -> i.name() + (i.rebuilt() ? " (built)" : " (up to date)")).toList());
        }
    }

    private static Optional<Map<String, String>> labels(final DockerClient docker, final String image) {
        try {
            final var config = docker.inspectImageCmd(image).exec().getConfig();
            return Optional.of(config == null || config.getLabels() == null ? Map.of() : config.getLabels());
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    private static boolean pulled(final DockerClient docker, final String image) {
        LOG.info("Pulling {}...", image);
        try {
            return docker.pullImageCmd(image).start().awaitCompletion(PULL_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        } catch (RuntimeException e) {
            LOG.info("Cannot pull {} ({}); building it here from the installed Fabric binaries", image,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pulling " + image, e);
        }
    }
}
