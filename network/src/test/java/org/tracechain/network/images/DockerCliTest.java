// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which engine the CLI talks to. */
class DockerCliTest {

    @TempDir
    Path cache;

    @Test
    void an_explicit_docker_host_wins() {
        assertThat(DockerCli.forEnvironment(Map.of("DOCKER_HOST", "tcp://10.0.0.5:2375"), cache).host())
                .isEqualTo("tcp://10.0.0.5:2375");
    }

    @Test
    void without_docker_host_uses_the_system_socket_or_the_engine_the_script_started() throws IOException {
        final String expected = Files.exists(Path.of("/var/run/docker.sock"))
                ? "unix:///var/run/docker.sock" : "unix://" + DockerCli.ownSocket(cache);
        Files.createDirectories(DockerCli.ownSocket(cache).getParent());
        Files.createFile(DockerCli.ownSocket(cache));

        assertThat(DockerCli.forEnvironment(Map.of(), cache).host()).isEqualTo(expected);
    }
}
