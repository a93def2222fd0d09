// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's JUnit example for Docker users is the integration test that runs it, character for character. */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of(System.getProperty("tracechain.project.root", ".."));

    @Test
    void the_readme_shows_the_container_example_as_it_runs() throws Exception {
        final String test = Files.readString(ROOT.resolve(
                "client/src/test/java/org/tracechain/client/it/ContainerNetworkExampleIT.java"), StandardCharsets.UTF_8);
        final String begin = "// README example: begin\n";
        final String example = test.substring(test.indexOf(begin) + begin.length(),
                test.indexOf("// README example: end"));

        final String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);

        assertThat(example).startsWith("@Testcontainers\n");
        assertThat(readme).contains("```java\n" + example + "```\n");
    }
}
