// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A client of Fabric nodes' operations endpoints ({@code /healthz}, {@code /metrics}), over TLS with a client
 * certificate: the endpoints require one (an unauthenticated {@code PUT /logspec} could otherwise change a node's
 * logging), so every health check presents the organisation admin's TLS certificate and trusts only the
 * organisation's TLS CA. The TLS context is built on first use: {@code status} works before any crypto exists.
 */
public final class OperationsClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(3);

    private final Path caCert;
    private final Path clientCert;
    private final Path clientKey;
    private volatile HttpClient http;

    /**
     * @param caCert the TLS CA that issued the node's operations certificate (and the client's)
     * @param clientCert the client's TLS certificate (PEM)
     * @param clientKey the client's PKCS#8 key (PEM)
     */
    public OperationsClient(final Path caCert, final Path clientCert, final Path clientKey) {
        this.caCert = caCert;
        this.clientCert = clientCert;
        this.clientKey = clientKey;
    }

    /** The answer of {@code GET /healthz}. */
    public Result health(final int port) {
        try {
            final HttpResponse<String> response = get(port, "/healthz");
            return new Result(response.statusCode() == 200, response.statusCode() + " " + response.body().strip());
        } catch (IOException | GeneralSecurityException e) {
            return new Result(false, "unreachable (" + describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "interrupted");
        }
    }

    /**
     * A gauge from the node's Prometheus {@code /metrics}, e.g. {@code ledger_blockchain_height} with label
     * {@code channel="foodtrace"}; empty when the endpoint or the series is not there.
     */
    public OptionalLong gauge(final int port, final String name, final String label, final String value) {
        try {
            final String selector = label + "=\"" + value + "\"";
            return get(port, "/metrics").body().lines()
                    .filter(line -> line.startsWith(name + "{") && line.contains(selector))
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    // Prometheus prints gauges as floats ("12" or "1.2e+06"): exact for counts and heights.
                    .mapToLong(number -> new BigDecimal(number).longValueExact())
                    .findFirst();
        } catch (IOException | GeneralSecurityException | NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** As {@link #gauge}, 0 when absent. */
    public int metric(final int port, final String name, final String label, final String value) {
        return (int) gauge(port, name, label, value).orElse(0);
    }

    private HttpResponse<String> get(final int port, final String path)
            throws IOException, InterruptedException, GeneralSecurityException {
        final HttpRequest request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path))
                .timeout(REQUEST_TIMEOUT).GET().build();
        return http().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpClient http() throws IOException, GeneralSecurityException {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).sslContext(sslContext()).build();
                }
                client = http;
            }
        }
        return client;
    }

    private SSLContext sslContext() throws IOException, GeneralSecurityException {
        final CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        final KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(caCert)) {
            trust.setCertificateEntry("ca", x509.generateCertificate(in));
        }
        final Certificate certificate;
        try (InputStream in = Files.newInputStream(clientCert)) {
            certificate = x509.generateCertificate(in);
        }
        final KeyStore keys = KeyStore.getInstance(KeyStore.getDefaultType());
        keys.load(null, null);
        final char[] none = new char[0];
        keys.setKeyEntry("client", privateKey(clientKey), none, new Certificate[] {certificate});
        final TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        final KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, none);
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    /** A PKCS#8 PEM EC key, as the crypto generator writes them. */
    private static PrivateKey privateKey(final Path pem) throws IOException, GeneralSecurityException {
        final String text = Files.readString(pem, StandardCharsets.US_ASCII);
        final String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String describe(final Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** @param healthy whether /healthz answered 200 OK; @param detail status line and body, or why not */
    public record Result(boolean healthy, String detail) {}
}
