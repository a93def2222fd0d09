// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveExtractorTest {

    private final ArchiveExtractor extractor = new ArchiveExtractor(Duration.ofSeconds(10));

    @TempDir
    Path dir;

    @Test
    void unpacks_files_with_their_executable_bit_and_only_those_asked_for() throws IOException {
        final Map<String, String> files = new LinkedHashMap<>();
        files.put("./bin/peer", "#!/bin/sh\n");
        files.put("config/core.yaml", "a: 1\n");
        files.put("docs/skip.md", "no\n");
        final Path archive = dir.resolve("a.tar.gz");
        FakeFabric.writeTar(archive, files, Map.of());

        final ArchiveExtractor.Extracted extracted = extractor.extract(archive, dir.resolve("out"),
                name -> !name.startsWith("docs/"));

        assertThat(extracted.files()).isEqualTo(2);
        assertThat(dir.resolve("out/bin/peer")).isExecutable().hasContent("#!/bin/sh");
        assertThat(dir.resolve("out/config/core.yaml")).hasContent("a: 1").satisfies(p -> assertThat(Files.isExecutable(p)).isFalse());
        assertThat(dir.resolve("out/docs")).doesNotExist();
    }

    @Test
    void refuses_an_entry_that_climbs_out_of_the_target() throws IOException {
        final Path archive = dir.resolve("evil.tar.xz");
        FakeFabric.writeTar(archive, Map.of("fabric/../../escaped.txt", "x"), Map.of());

        assertThatThrownBy(() -> extractor.extract(archive, dir.resolve("out"), name -> true))
                .isInstanceOf(IOException.class).hasMessageContaining("would be written outside");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void refuses_links_it_is_asked_to_unpack_and_skips_the_others() throws IOException {
        final Path archive = dir.resolve("links.tar.gz");
        FakeFabric.writeTar(archive, Map.of("bin/peer", "#!/bin/sh\n"), Map.of("bin/orderer", "/etc/passwd",
                "extra/link", "../bin/peer"));

        assertThatThrownBy(() -> extractor.extract(archive, dir.resolve("out"), name -> true))
                .isInstanceOf(IOException.class).hasMessageContaining("is a link or special file");
        assertThat(extractor.extract(archive, dir.resolve("out2"), "bin/peer"::equals).files()).isEqualTo(1);
    }

    @Test
    void refuses_what_is_not_a_tarball() throws IOException {
        final Path zip = Files.writeString(dir.resolve("fabric.zip"), "PK");

        assertThatThrownBy(() -> extractor.extract(zip, dir.resolve("out"), name -> true))
                .hasMessageContaining("neither a .tar.xz nor a .tar.gz");
    }

    @Test
    void normalises_entry_names() {
        assertThat(ArchiveExtractor.normalise("./bin//peer")).isEqualTo("bin/peer");
        assertThat(ArchiveExtractor.normalise("fabric-3.1.5/")).isEqualTo("fabric-3.1.5");
        assertThat(ArchiveExtractor.normalise("./")).isEmpty();
    }
}
