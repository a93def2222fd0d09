// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracechain.network.install.FabricInstallation;

class FabricImagesBuilderTest {

    private static final FabricInstallation FABRIC = new FabricInstallation(Path.of("/fabric/bin"),
            Path.of("/fabric/config"));

    @Test
    void installation_and_cache_are_required() {
        assertThatThrownBy(() -> FabricImages.builder().cacheRoot(Path.of("/cache")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("installation");
        assertThatThrownBy(() -> FabricImages.builder().installation(FABRIC).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cacheRoot");
    }

    @Test
    void mirror_must_be_a_url_debootstrap_can_use() {
        assertThatThrownBy(() -> FabricImages.builder().debianMirror("deb.debian.org/debian"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http");
    }

    @Test
    void builds_the_configured_names() {
        final ImageNames names = new ImageNames("p:1", "o:1", "d:1", "c:1", "pg:1");

        final FabricImages images = FabricImages.builder().installation(FABRIC).cacheRoot(Path.of("/cache"))
                .names(names).environment(Map.of()).build();

        assertThat(images.names()).isEqualTo(names);
    }

    @Test
    void without_an_engine_says_what_is_missing_and_the_command_that_fixes_it() {
        final FabricImages images = FabricImages.builder().installation(FABRIC).cacheRoot(Path.of("/cache"))
                .environment(Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock", "PATH",
                        System.getenv().getOrDefault("PATH", "/usr/bin:/bin")))
                .build();

        assertThatThrownBy(images::ensureBuilt).isInstanceOf(DockerEngineException.class)
                .hasMessageContaining("scripts/docker-engine.sh start");
    }
}
