// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which recipes {@link FabricImages#ensureBuilt(java.util.Collection)} runs for a few images. */
class FabricImagesSelectionTest {

    private static final List<ImageRecipe> RECIPES = List.of(
            new FakeRecipe("peer", List.of()),
            new DebianBaseImage("debian", "bookworm", "http://m/debian", "http://m/debian-security", Path.of("debs")),
            new ChaincodeJreImage("jre", "debian"),
            new PostgresImage("pg", "debian"));

    @Test
    void an_image_brings_the_images_it_is_built_on_first_and_nothing_else() {
        assertThat(FabricImagesImpl.select(RECIPES, List.of("pg"))).extracting(ImageRecipe::name)
                .containsExactly("debian", "pg");
        assertThat(FabricImagesImpl.select(RECIPES, List.of("pg", "peer"))).extracting(ImageRecipe::name)
                .containsExactly("peer", "debian", "pg");
    }

    @Test
    void an_unknown_name_is_refused_with_the_names_it_knows() {
        assertThatThrownBy(() -> FabricImagesImpl.select(RECIPES, List.of("postgres:15")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postgres:15")
                .hasMessageContaining("pg");
    }

    private record FakeRecipe(String name, List<String> bases) implements ImageRecipe {

        @Override
        public String inputs(final DockerCli docker) {
            return name;
        }

        @Override
        public void build(final DockerCli docker, final Path workDir, final String inputs) {
            throw new UnsupportedOperationException("not built in this test");
        }
    }
}
