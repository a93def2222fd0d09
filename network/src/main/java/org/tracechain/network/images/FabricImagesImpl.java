// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds each recipe whose image is missing or labelled with other inputs, in the order given (dependencies first). */
final class FabricImagesImpl implements FabricImages {

    private static final Logger LOG = LoggerFactory.getLogger(FabricImagesImpl.class);

    private final ImageNames names;
    private final List<ImageRecipe> recipes;
    private final DockerCli docker;
    private final Path buildRoot;
    private final boolean rebuild;

    FabricImagesImpl(final ImageNames names, final List<ImageRecipe> recipes, final DockerCli docker,
            final Path buildRoot, final boolean rebuild) {
        this.names = names;
        this.recipes = List.copyOf(recipes);
        this.docker = docker;
        this.buildRoot = buildRoot;
        this.rebuild = rebuild;
    }

    @Override
    public ImageNames names() {
        return names;
    }

    @Override
    public List<BuiltImage> ensureBuilt() {
        return ensure(recipes);
    }

    @Override
    public List<BuiltImage> ensureBuilt(final Collection<String> images) {
        return ensure(select(recipes, images));
    }

    /** The recipes of {@code images} and of the images they are built on, in the (dependency) order of recipes. */
    static List<ImageRecipe> select(final List<ImageRecipe> recipes, final Collection<String> images) {
        final Set<String> known = recipes.stream().map(ImageRecipe::name).collect(Collectors.toSet());
        final List<String> unknown = images.stream().filter(name -> !known.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not an image this builds: " + unknown + " (it builds " + known + ")");
        }
        // Walking back from the last recipe reaches every base after the images that need it.
        final Set<String> wanted = new HashSet<>(images);
        final List<ImageRecipe> selected = new ArrayList<>();
        for (int i = recipes.size() - 1; i >= 0; i--) {
            final ImageRecipe recipe = recipes.get(i);
            if (wanted.contains(recipe.name())) {
                wanted.addAll(recipe.bases());
                selected.add(0, recipe);
            }
        }
        return selected;
    }

    private List<BuiltImage> ensure(final List<ImageRecipe> selected) {
        docker.requireEngine();
        final List<BuiltImage> built = new ArrayList<>();
        for (int i = 0; i < selected.size(); i++) {
            built.add(ensure(selected.get(i), i + 1, selected.size()));
        }
        return built;
    }

    private BuiltImage ensure(final ImageRecipe recipe, final int step, final int steps) {
        final long start = System.nanoTime();
        final String inputs = recipe.inputs(docker);
        final Optional<String> present = docker.label(recipe.name(), INPUTS_LABEL);
        final boolean build = rebuild || present.filter(inputs::equals).isEmpty();
        if (build) {
            LOG.info("[{}/{}] building {} ({})...", step, steps, recipe.name(), present.isEmpty()
                    ? "not built yet" : rebuild ? "--rebuild" : "its inputs changed");
            final Path workDir = buildRoot.resolve(recipe.name().replaceAll("[^A-Za-z0-9_.-]", "_"));
            final Optional<String> previous = docker.findImageId(recipe.name());
            try {
                BuildDirectory.recreate(workDir); // leftovers of an interrupted build go first
                recipe.build(docker, workDir, inputs);
                BuildDirectory.delete(workDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare or remove the build directory " + workDir, e);
            }
            // The image the name pointed to before is now unnamed; without this every rebuild would keep a copy.
            previous.filter(id -> !id.equals(docker.imageId(recipe.name()))).ifPresent(docker::removeReplaced);
        }
        final Duration took = Duration.ofNanos(System.nanoTime() - start);
        final BuiltImage image = new BuiltImage(recipe.name(), inputs, build, docker.size(recipe.name()), took);
        LOG.info("[{}/{}] {} {} ({} MB, {} s)", step, steps, recipe.name(), build ? "built" : "up to date",
                image.sizeBytes() / 1_000_000, took.toMillis() / 1000.0);
        return image;
    }
}
