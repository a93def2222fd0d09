// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.NetworkException;
import org.tracechain.network.io.Sha256;

class FabricInstallerTest {

    private static final String PLATFORM = "linux-amd64";

    @TempDir
    Path dir;

    private Path cache() {
        return dir.resolve("cache");
    }

    private Path installed() {
        return cache().resolve("fabric/v" + FakeFabric.VERSION);
    }

    /** An installer that sees only what a test gives it: no PATH, no Go, no project root. */
    private FabricInstaller installer(final Map<String, String> settings, final FabricPin pin, final List<Path> goPlaces) {
        final Map<String, String> env = new HashMap<>(settings);
        env.put("TRACECHAIN_CACHE", cache().toString());
        env.putIfAbsent("PATH", dir.resolve("empty-path").toString());
        return new FabricInstaller(env, Optional.empty(), pin, Optional.of(PLATFORM), goPlaces, Duration.ofSeconds(1));
    }

    @Test
    void given_binaries_are_used_as_they_are() throws IOException {
        final Path bin = dir.resolve("release/bin");
        for (final String tool : FabricPin.TOOLS) {
            script(bin.resolve(tool));
        }
        Files.writeString(Files.createDirectories(dir.resolve("release/config")).resolve("core.yaml"), "");
        Files.writeString(dir.resolve("release/config/orderer.yaml"), "");

        final FabricInstallation fabric = installer(Map.of("TRACECHAIN_FABRIC_BIN", bin.toString()), FabricPin.V3_1_5,
                List.of()).ensureInstalled();

        assertThat(fabric).isEqualTo(new FabricInstallation(bin, dir.resolve("release/config")));
        assertThat(installed()).doesNotExist();
    }

    @Test
    void given_binaries_that_are_incomplete_are_named() throws IOException {
        script(dir.resolve("bin/peer"));

        assertThatThrownBy(() -> installer(Map.of("TRACECHAIN_FABRIC_BIN", dir.resolve("bin").toString()),
                FabricPin.V3_1_5, List.of()).ensureInstalled())
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("missing [bin/orderer, bin/configtxgen, bin/osnadmin, config/core.yaml, config/orderer.yaml]");
    }

    @Test
    void the_source_archive_comes_before_the_release_and_is_built_with_go() throws Exception {
        final Path archive = FakeFabric.sourceArchive(dir.resolve("src"), "1.26.4");
        final Path release = FakeFabric.releaseTarball(dir.resolve("rel"), PLATFORM);
        final Path log = dir.resolve("go.log");
        final Path go = FakeFabric.fakeGo(dir.resolve("go/bin"), "go1.26.8", log, 0);

        final FabricInstallation fabric = installer(Map.of("TRACECHAIN_FABRIC_SRC", archive.toString(),
                "TRACECHAIN_FABRIC_RELEASE", release.toString()), FakeFabric.pin(archive, PLATFORM, release),
                List.of(go)).ensureInstalled();

        assertThat(fabric.peer()).isEqualTo(installed().resolve("bin/peer"));
        assertThat(Files.readAllLines(log)).hasSize(4);
        assertThat(manifestSource()).startsWith("source archive " + archive);
        assertThat(installed().resolve("config/core.yaml")).hasContent("peer:\n  id: fake");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void an_archive_whose_digest_differs_is_refused_and_the_release_is_used() throws Exception {
        final Path archive = FakeFabric.sourceArchive(dir.resolve("src"), "1.26.4");
        final Path release = FakeFabric.releaseTarball(dir.resolve("rel"), PLATFORM);
        final Path log = dir.resolve("go.log");
        final Path go = FakeFabric.fakeGo(dir.resolve("go/bin"), "go1.26.8", log, 0);
        // The real 3.1.5 digest: the fake archive cannot match it.
        final FabricPin pin = FakeFabric.pin(null, PLATFORM, release);

        installer(Map.of("TRACECHAIN_FABRIC_SRC", archive.toString(), "TRACECHAIN_FABRIC_RELEASE", release.toString()),
                pin, List.of(go)).ensureInstalled();

        assertThat(log).doesNotExist(); // never unpacked, never built
        assertThat(manifestSource()).startsWith("release tarball " + release);
        assertThat(run(installed().resolve("bin/peer"))).isEqualTo("release peer");
        // Only what a network needs is taken from the release.
        try (Stream<Path> bin = Files.list(installed().resolve("bin"))) {
            assertThat(bin.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(FabricPin.TOOLS);
        }
    }

    @Test
    void a_digest_mismatch_everywhere_installs_nothing() throws Exception {
        final Path archive = FakeFabric.sourceArchive(dir.resolve("src"), "1.26.4");
        final Path release = FakeFabric.releaseTarball(dir.resolve("rel"), PLATFORM);

        assertThatThrownBy(() -> installer(Map.of("TRACECHAIN_FABRIC_SRC", archive.toString(),
                "TRACECHAIN_FABRIC_RELEASE", release.toString()), FabricPin.V3_1_5, List.of()).ensureInstalled())
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("3. source archive " + archive + " (TRACECHAIN_FABRIC_SRC): its SHA-256 is "
                        + Sha256.of(archive) + ", not the pinned " + FabricPin.V3_1_5.sourceArchiveSha256()
                        + " of Fabric 3.1.5; refusing to unpack it")
                .hasMessageContaining("4. release tarball " + release + " (TRACECHAIN_FABRIC_RELEASE): its SHA-256 is "
                        + Sha256.of(release) + ", not the pinned "
                        + FabricPin.V3_1_5.releaseSha256(PLATFORM).orElseThrow());
        assertThat(installed()).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void when_every_source_fails_one_error_lists_them_all_and_what_to_set() {
        final FabricInstaller installer = installer(Map.of("TRACECHAIN_FABRIC_SRC", "/nowhere/src.tar.xz",
                "TRACECHAIN_FABRIC_RELEASE", "/nowhere/release.tar.gz"), FabricPin.V3_1_5, List.of());

        assertThatThrownBy(installer::ensureInstalled).isInstanceOf(NetworkException.class).hasMessage("""
                Fabric 3.1.5 is not installed, and no source could install it. Tried, in order:
                  1. TRACECHAIN_FABRIC_BIN: not set
                  2. cache %1$s: not installed (%1$s does not exist)
                  3. source archive /nowhere/src.tar.xz (TRACECHAIN_FABRIC_SRC): no such file
                  4. release tarball /nowhere/release.tar.gz (TRACECHAIN_FABRIC_RELEASE): no such file
                  5. go install github.com/hyperledger/fabric/cmd/...@86c1172bec37 (Go module proxy): \
                no go was found on PATH, in GOROOT or in /usr/local/go
                To install it, set one of:
                  TRACECHAIN_FABRIC_SRC=/path/to/fabric-3.1.5-src.tar.xz   (Fabric's source archive with vendor/; \
                needs Go, builds offline)
                  TRACECHAIN_FABRIC_RELEASE=/path/to/hyperledger-fabric-linux-amd64-3.1.5.tar.gz   (the official \
                release tarball, or a mirror's https URL)
                  TRACECHAIN_FABRIC_BIN=/path/to/bin   (existing Fabric 3.1.5 binaries; config from its sibling \
                config/ or TRACECHAIN_FABRIC_CONFIG)""".formatted(installed()));
    }

    @Test
    void a_go_older_than_go_mod_requires_is_named_with_both_versions() throws Exception {
        final Path archive = FakeFabric.sourceArchive(dir.resolve("src"), "1.26.4");
        final Path go = FakeFabric.fakeGo(dir.resolve("go/bin"), "go1.25.3", dir.resolve("go.log"), 0);

        assertThatThrownBy(() -> installer(Map.of("TRACECHAIN_FABRIC_SRC", archive.toString(),
                "TRACECHAIN_FABRIC_RELEASE", "/nowhere.tar.gz"), FakeFabric.pin(archive, PLATFORM, null), List.of(go))
                .ensureInstalled())
                .hasMessageContaining("Fabric 3.1.5's go.mod requires go 1.26.4, but " + go + " is go1.25.3;"
                        + " install Go 1.26.4 or newer");
        assertThat(installed()).doesNotExist();
    }

    @Test
    void a_verified_cache_is_reused_without_trying_any_source() throws Exception {
        installFromRelease();
        final FabricInstaller offline = installer(Map.of("TRACECHAIN_FABRIC_RELEASE", "/nowhere.tar.gz"),
                FabricPin.V3_1_5, List.of());

        assertThat(offline.ensureInstalled().peer()).isEqualTo(installed().resolve("bin/peer"));
    }

    @Test
    void a_cache_whose_file_changed_is_not_reused() throws Exception {
        installFromRelease();
        Files.writeString(installed().resolve("bin/orderer"), "#!/bin/sh\necho tampered\n");

        assertThatThrownBy(() -> installer(Map.of("TRACECHAIN_FABRIC_RELEASE", "/nowhere.tar.gz"), FabricPin.V3_1_5,
                List.of()).ensureInstalled())
                .hasMessageContaining("2. cache " + installed() + ": " + installed().resolve("bin/orderer")
                        + " no longer matches the digest recorded when it was installed");
    }

    @Test
    void a_damaged_cache_is_replaced_by_a_fresh_install() throws Exception {
        final Path release = installFromRelease();
        Files.delete(installed().resolve("config/core.yaml"));

        installer(Map.of("TRACECHAIN_FABRIC_RELEASE", release.toString()), FakeFabric.pin(null, PLATFORM, release),
                List.of()).ensureInstalled();

        assertThat(installed().resolve("config/core.yaml")).exists();
        assertThat(new FabricCache(cache().resolve("fabric"), FabricPin.V3_1_5).verify().ok()).isTrue();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void the_release_is_downloaded_and_checked_against_its_pinned_digest() throws Exception {
        final Path release = FakeFabric.releaseTarball(dir.resolve("rel"), PLATFORM);
        final HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            final byte[] body = Files.readAllBytes(release);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            final String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + release.getFileName();
            final Map<String, String> settings = Map.of("TRACECHAIN_FABRIC_RELEASE", url);

            assertThatThrownBy(() -> installer(settings, FabricPin.V3_1_5, List.of()).ensureInstalled())
                    .hasMessageContaining("4. release tarball " + url + " (TRACECHAIN_FABRIC_RELEASE): its SHA-256 is "
                            + Sha256.of(release));
            assertThat(installed()).doesNotExist();

            installer(settings, FakeFabric.pin(null, PLATFORM, release), List.of()).ensureInstalled();
            assertThat(manifestSource()).isEqualTo("release tarball " + url + " (TRACECHAIN_FABRIC_RELEASE)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void the_default_source_archive_is_the_one_beside_the_project() throws Exception {
        final Path project = Files.createDirectories(dir.resolve("work/project"));
        final Path archive = FakeFabric.sourceArchive(dir.resolve("work/shared/fabric"), "1.26.4");
        final Path go = FakeFabric.fakeGo(dir.resolve("go/bin"), "go1.26.8", dir.resolve("go.log"), 0);
        final Map<String, String> env = Map.of("TRACECHAIN_CACHE", cache().toString(), "PATH", "",
                "TRACECHAIN_FABRIC_RELEASE", "/nowhere.tar.gz");

        new FabricInstaller(env, Optional.of(project), FakeFabric.pin(archive, PLATFORM, null), Optional.of(PLATFORM),
                List.of(go), Duration.ofSeconds(1)).ensureInstalled();

        assertThat(manifestSource()).isEqualTo("source archive " + archive + " (default beside the project)");
    }

    /** The real thing, on a small module: the vendored, offline, clean-environment build of four tools. */
    @Test
    void a_real_go_builds_the_archive_offline_with_the_release_version_stamped() throws Exception {
        final Optional<GoToolchain> go = GoToolchain.find(System.getenv(), GoToolchain.USUAL_PLACES);
        assumeTrue(go.isPresent(), "needs a Go toolchain");
        final Path archive = FakeFabric.sourceArchive(dir.resolve("src"), "1.21");

        installer(Map.of("TRACECHAIN_FABRIC_SRC", archive.toString(), "TRACECHAIN_FABRIC_RELEASE", "/nowhere.tar.gz"),
                FakeFabric.pin(archive, PLATFORM, null), List.of(go.get().go())).ensureInstalled();

        for (final String tool : FabricPin.TOOLS) {
            assertThat(run(installed().resolve("bin").resolve(tool))).isEqualTo(tool + " 3.1.5 86c1172");
        }
    }

    private Path installFromRelease() throws IOException {
        final Path release = FakeFabric.releaseTarball(dir.resolve("rel"), PLATFORM);
        installer(Map.of("TRACECHAIN_FABRIC_RELEASE", release.toString()), FakeFabric.pin(null, PLATFORM, release),
                List.of()).ensureInstalled();
        return release;
    }

    private String manifestSource() throws IOException {
        return new FabricCache(cache().resolve("fabric"), FabricPin.V3_1_5).verify().manifest().orElseThrow().source();
    }

    /** Staging, scratch or replaced directories beside the installation. */
    private List<String> leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(cache().resolve("fabric"))) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.matches("\\.v.*-.*")).toList();
        }
    }

    private static void script(final Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        file.toFile().setExecutable(true);
    }

    static String run(final Path program) throws IOException, InterruptedException {
        final Process process = new ProcessBuilder(program.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
