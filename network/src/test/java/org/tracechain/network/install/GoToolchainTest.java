// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoToolchainTest {

    private static boolean atLeast(final String have, final String need) {
        return new GoToolchain(Path.of("/go"), have).atLeast(need);
    }

    @Test
    void compares_versions_numerically() {
        assertThat(atLeast("go1.26.8", "1.26.4")).isTrue();
        assertThat(atLeast("go1.26.4", "1.26.4")).isTrue();
        assertThat(atLeast("go1.26.3", "1.26.4")).isFalse();
        assertThat(atLeast("go1.9.9", "1.26.4")).isFalse();
        assertThat(atLeast("go1.100", "1.26.4")).isTrue();
        assertThat(atLeast("go1.26", "1.26.0")).isTrue();
        assertThat(atLeast("go2.0.0", "1.26.4")).isTrue();
    }

    @Test
    void reads_the_go_directive_of_a_go_mod(@TempDir final Path dir) throws IOException {
        final Path goMod = Files.writeString(dir.resolve("go.mod"),
                "module github.com/hyperledger/fabric\n\ngo 1.26.4\n\nrequire (\n\tx v1\n)\n");

        assertThat(GoToolchain.requiredBy(goMod)).isEqualTo("1.26.4");
    }
}
