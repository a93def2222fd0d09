// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.io.Sha256;

/**
 * The official release tarball {@code hyperledger-fabric-<platform>-<version>.tar.gz}: downloaded from the
 * Fabric GitHub release (or read from a file or mirror that {@code TRACECHAIN_FABRIC_RELEASE} names), checked
 * against the pinned digest of that platform, and only {@code bin/<tool>} and {@code config/<file>} unpacked.
 * No Go needed.
 */
final class ReleaseTarball implements InstallSource {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseTarball.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    private final FabricPin pin;
    private final Optional<String> platform;
    private final Optional<String> location;
    private final Duration progressEvery;

    /**
     * @param platform this machine's platform, empty if Fabric publishes no binaries for it
     * @param location a file path or http(s) URL given by the user; empty for the official download address
     */
    ReleaseTarball(final FabricPin pin, final Optional<String> platform, final Optional<String> location,
            final Duration progressEvery) {
        this.pin = pin;
        this.platform = platform;
        this.location = location;
        this.progressEvery = progressEvery;
    }

    @Override
    public String description() {
        return "release tarball " + location.orElseGet(() -> platform.map(pin::releaseUrl)
                .orElse("hyperledger-fabric-<platform>-" + pin.version() + ".tar.gz"))
                + (location.isPresent() ? " (TRACECHAIN_FABRIC_RELEASE)" : "");
    }

    @Override
    public void install(final Path staging, final Path work) throws SourceUnavailableException {
        final String os = platform.orElseThrow(() -> new SourceUnavailableException("Fabric publishes no release for "
                + System.getProperty("os.name") + "/" + System.getProperty("os.arch")));
        final String expected = pin.releaseSha256(os).orElseThrow(() -> new SourceUnavailableException(
                "no digest is pinned for the " + os + " release, so it cannot be checked"));
        final String where = location.orElse(pin.releaseUrl(os));
        final Path tarball;
        if (where.startsWith("https://") || where.startsWith("http://")) {
            tarball = work.resolve(pin.releaseFileName(os));
            final String actual = download(URI.create(where), tarball);
            check(actual, expected, os);
        } else {
            tarball = Path.of(where).toAbsolutePath();
            if (!Files.isRegularFile(tarball)) {
                throw new SourceUnavailableException("no such file");
            }
            try {
                check(Sha256.of(tarball), expected, os);
            } catch (IOException e) {
                throw new SourceUnavailableException("cannot read it: " + e.getMessage(), e);
            }
        }
        final Set<String> wanted = FabricCache.files().stream().collect(Collectors.toUnmodifiableSet());
        try {
            new ArchiveExtractor(progressEvery).extract(tarball, staging, wanted::contains);
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot unpack it: " + e.getMessage(), e);
        }
        for (final String file : wanted) {
            if (!Files.isRegularFile(staging.resolve(file))) {
                throw new SourceUnavailableException("it has no " + file);
            }
        }
    }

    private void check(final String actual, final String expected, final String os) throws SourceUnavailableException {
        if (!actual.equals(expected)) {
            throw new SourceUnavailableException("its SHA-256 is " + actual + ", not the pinned " + expected
                    + " of Fabric " + pin.version() + " for " + os + "; refusing to unpack it");
        }
    }

    /** Downloads {@code uri} to {@code file}, hashing as it goes; returns the SHA-256 of what arrived. */
    private String download(final URI uri, final Path file) throws SourceUnavailableException {
        final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_TIMEOUT).build();
        LOG.info("  downloading {}", uri);
        final long start = System.nanoTime();
        try {
            final HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new SourceUnavailableException("download answered HTTP " + response.statusCode());
                }
                final long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                final MessageDigest digest = Sha256.newDigest();
                long done = 0;
                long nextReport = start + progressEvery.toNanos();
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                    final byte[] buffer = new byte[1 << 16];
                    int n;
                    while ((n = body.read(buffer)) >= 0) {
                        out.write(buffer, 0, n);
                        done += n;
                        if (System.nanoTime() >= nextReport) {
                            LOG.info("  downloaded {} MB{} ({} s)", done >> 20, total > 0 ? " of " + (total >> 20) : "",
                                    (System.nanoTime() - start) / 1_000_000_000L);
                            nextReport = System.nanoTime() + progressEvery.toNanos();
                        }
                    }
                }
                LOG.info("  downloaded {} MB in {} s", done >> 20, (System.nanoTime() - start) / 1_000_000_000L);
                return HexFormat.of().formatHex(digest.digest());
            }
        } catch (IOException e) {
            throw new SourceUnavailableException("download failed: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("download interrupted", e);
        }
    }

    /** {@code java.net.ConnectException} says nothing by itself; name the cause (e.g. an unknown host). */
    private static String describe(final Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        final String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }
}
