// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.NetworkException;

class FabricInstallerTest {

    @Test
    void reuses_a_complete_cache_without_building(@TempDir final Path dir) throws Exception {
        final Path cache = dir.resolve("cache");
        final Path version = cache.resolve("fabric/v" + FabricInstaller.FABRIC_VERSION);
        for (final String tool : FabricInstaller.TOOLS) {
            executable(version.resolve("bin").resolve(tool));
        }
        for (final String file : FabricInstaller.CONFIG_FILES) {
            Files.createDirectories(version.resolve("config"));
            Files.writeString(version.resolve("config").resolve(file), "# test");
        }
        // No PATH: building would fail, so success proves the cache was used.
        final FabricInstallation installation =
                new FabricInstaller(Map.of("TRACECHAIN_CACHE", cache.toString(), "PATH", "")).ensureInstalled();

        assertThat(installation.peer()).isEqualTo(version.resolve("bin/peer"));
    }

    @Test
    void names_what_is_missing_from_given_binaries(@TempDir final Path dir) throws Exception {
        executable(dir.resolve("bin/peer"));

        assertThatThrownBy(() -> new FabricInstaller(Map.of("TRACECHAIN_FABRIC_BIN", dir.resolve("bin").toString()))
                .ensureInstalled())
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("bin/orderer")
                .hasMessageContaining("config/core.yaml");
    }

    @Test
    void without_go_and_without_binaries_says_what_to_install(@TempDir final Path dir) {
        final FabricInstaller installer = new FabricInstaller(
                Map.of("TRACECHAIN_CACHE", dir.toString(), "PATH", dir.toString()), java.util.List.of());

        assertThatThrownBy(installer::ensureInstalled)
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("no Go toolchain")
                .hasMessageContaining("TRACECHAIN_FABRIC_BIN");
    }

    @Test
    void reads_the_module_directory_from_go_mod_download_json() {
        final String json = "{\n\t\"Path\": \"github.com/hyperledger/fabric\",\n\t\"Dir\": \"/go/pkg/mod/x@v1\"\n}";

        assertThat(FabricInstaller.jsonField(json, "Dir")).hasValue("/go/pkg/mod/x@v1");
    }

    private static void executable(final Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
