// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.chaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.NetworkException;

class LedgerLayoutTest {

    @TempDir
    Path dir;

    private Path jar(final String layoutResource) throws IOException {
        final Path jar = dir.resolve("cc-" + System.nanoTime() + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("org/example/Contract.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            out.closeEntry();
            if (layoutResource != null) {
                out.putNextEntry(new ZipEntry(LedgerLayout.RESOURCE));
                out.write(layoutResource.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void a_jar_declares_its_chaincode_and_layout() throws IOException {
        final Path jar = jar("# the foodtrace ledger\nchaincode=foodtrace\nlayout=3\n");
        assertThat(LedgerLayout.declaredBy(jar)).contains(new LedgerLayout("foodtrace", 3));
        assertThat(LedgerLayout.declaredBy(jar).orElseThrow()).hasToString("foodtrace/3");
    }

    @Test
    void a_jar_without_the_resource_declares_none() throws IOException {
        assertThat(LedgerLayout.declaredBy(jar(null))).isEmpty();
    }

    @Test
    void a_malformed_declaration_is_refused_not_read_as_none() throws IOException {
        for (final String bad : new String[] {"chaincode=foodtrace\n", "layout=1\n", "chaincode=foodtrace\nlayout=0\n",
                "chaincode=foodtrace\nlayout=1.5\n", "chaincode=Food\nlayout=1\n",
                "chaincode=foodtrace\nlayout=1\nextra=yes\n", "chaincode=foodtrace\nlayout=01\n"}) {
            final Path jar = jar(bad);
            assertThatThrownBy(() -> LedgerLayout.declaredBy(jar)).as(bad).isInstanceOf(NetworkException.class)
                    .hasMessageContaining(LedgerLayout.RESOURCE);
        }
    }

    @Test
    void a_file_that_is_not_a_jar_is_refused() throws IOException {
        final Path text = Files.writeString(dir.resolve("not.jar"), "plain text");
        assertThatThrownBy(() -> LedgerLayout.declaredBy(text)).isInstanceOf(NetworkException.class)
                .hasMessageContaining("cannot read chaincode jar");
    }

    @Test
    void the_text_form_parses_back_and_nothing_else_does() {
        assertThat(LedgerLayout.parse("govdir/12")).contains(new LedgerLayout("govdir", 12));
        assertThat(LedgerLayout.parse("govdir/0")).isEmpty();
        assertThat(LedgerLayout.parse("govdir/ 1")).isEmpty();
        assertThat(LedgerLayout.parse("govdir")).isEmpty();
        assertThat(LedgerLayout.parse("")).isEmpty();
    }
}
