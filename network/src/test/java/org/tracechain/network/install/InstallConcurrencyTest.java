// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installs that are killed midway, and installs that race, in threads and in separate processes. */
class InstallConcurrencyTest {

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void killChild() {
        if (child != null) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
        }
    }

    private Path cache() {
        return dir.resolve("cache");
    }

    private FabricCache fabricCache() {
        return new FabricCache(cache().resolve("fabric"), FabricPin.V3_1_5);
    }

    @Test
    void an_install_killed_midway_leaves_no_cache_that_passes_for_complete() throws Exception {
        final Path archive = FakeFabric.sourceArchive(dir.resolve("src"), "1.26.4");
        final Path slowGo = FakeFabric.fakeGo(dir.resolve("slow/bin"), "go1.26.8", dir.resolve("slow.log"), 120);
        child = startChild(archive, slowGo);
        // The child is inside "go build peer": a partial binary sits in its staging directory.
        await().atMost(Duration.ofSeconds(60)).until(() -> partialBinaries().size() == 1);

        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly().waitFor();

        assertThat(fabricCache().verify().ok()).isFalse();
        assertThat(fabricCache().dir()).doesNotExist();

        final Path fastGo = FakeFabric.fakeGo(dir.resolve("fast/bin"), "go1.26.8", dir.resolve("fast.log"), 0);
        InstallInChild.installer(cache(), archive, fastGo).ensureInstalled();

        assertThat(fabricCache().verify().ok()).isTrue();
        assertThat(leftovers()).as("the killed install's staging and scratch directories").isEmpty();
    }

    @Test
    void a_second_process_waits_for_the_first_install_and_reuses_it() throws Exception {
        final Path archive = FakeFabric.sourceArchive(dir.resolve("src"), "1.26.4");
        final Path log = dir.resolve("go.log");
        final Path go = FakeFabric.fakeGo(dir.resolve("go/bin"), "go1.26.8", log, 1);
        child = startChild(archive, go);
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(log));

        final FabricInstallation here = InstallInChild.installer(cache(), archive, go).ensureInstalled();

        assertThat(child.waitFor()).isZero();
        assertThat(here.peer()).isEqualTo(fabricCache().dir().resolve("bin/peer"));
        assertThat(Files.readAllLines(log)).as("one build of each tool, by the first process").hasSize(4);
        assertThat(fabricCache().verify().ok()).isTrue();
    }

    @Test
    void two_threads_install_once() throws Exception {
        final Path archive = FakeFabric.sourceArchive(dir.resolve("src"), "1.26.4");
        final Path log = dir.resolve("go.log");
        final Path go = FakeFabric.fakeGo(dir.resolve("go/bin"), "go1.26.8", log, 0.5);

        final CompletableFuture<FabricInstallation> first = CompletableFuture.supplyAsync(() -> install(archive, go));
        final CompletableFuture<FabricInstallation> second = CompletableFuture.supplyAsync(() -> install(archive, go));

        assertThat(first.get()).isEqualTo(second.get());
        assertThat(Files.readAllLines(log)).hasSize(4);
    }

    private FabricInstallation install(final Path archive, final Path go) {
        try {
            return InstallInChild.installer(cache(), archive, go).ensureInstalled();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Process startChild(final Path archive, final Path go) throws IOException {
        final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                InstallInChild.class.getName(), cache().toString(), archive.toString(), go.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private List<Path> partialBinaries() throws IOException {
        if (!Files.isDirectory(cache().resolve("fabric"))) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(cache().resolve("fabric"))) {
            return entries.filter(p -> p.getFileName().toString().contains(".partial-"))
                    .map(p -> p.resolve("bin/peer")).filter(Files::exists).toList();
        }
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(cache().resolve("fabric"))) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.matches("\\.v.*-.*")).toList();
        }
    }
}
