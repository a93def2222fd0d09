// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The HTTPS listener: the server's certificate chain and PKCS#8 key from PEM files (as the network module writes
 * them), and, for mutual TLS, the CA whose client certificates are required (the handshake fails without one).
 *
 * @param certificateChain PEM certificate chain, the server's first
 * @param privateKey PEM PKCS#8 private key (EC or RSA)
 * @param clientCa PEM CA certificates of the clients, or null for TLS without client certificates
 */
record TlsConnector(Path certificateChain, Path privateKey, Path clientCa) {

    private static final Pattern PKCS8 = Pattern.compile(
            "-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END PRIVATE KEY-----");

    /** Reads the files now, so a wrong path or key fails the build, not the first handshake. */
    SslContextFactory.Server sslContextFactory() throws IOException {
        try {
            final char[] password = new char[32];
            final SecureRandom random = new SecureRandom();
            for (int i = 0; i < password.length; i++) {
                password[i] = (char) ('a' + random.nextInt(26));
            }
            final KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", readKey(privateKey), password,
                    readCertificates(certificateChain).toArray(Certificate[]::new));
            final SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStore(keys);
            ssl.setKeyStorePassword(new String(password));
            if (clientCa != null) {
                final KeyStore trusted = KeyStore.getInstance("PKCS12");
                trusted.load(null, null);
                int n = 0;
                for (final Certificate ca : readCertificates(clientCa)) {
                    trusted.setCertificateEntry("client-ca-" + n++, ca);
                }
                ssl.setTrustStore(trusted);
                ssl.setNeedClientAuth(true);
            }
            return ssl;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot use the TLS files " + certificateChain + ", " + privateKey
                    + (clientCa == null ? "" : ", " + clientCa) + ": " + e.getMessage(), e);
        }
    }

    /** A connector on {@code host:port} speaking HTTP/1.1 over TLS. */
    Connector connector(final Server server, final HttpConfiguration http, final SslContextFactory.Server ssl,
            final String host, final int port) {
        // No SNI host check: clients reach the server by 127.0.0.1 as often as by a name on its certificate.
        http.addCustomizer(new SecureRequestCustomizer(false));
        final ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    private static Collection<? extends Certificate> readCertificates(final Path file)
            throws IOException, GeneralSecurityException {
        final Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)));
        if (certificates.isEmpty()) {
            throw new GeneralSecurityException(file + " holds no certificate");
        }
        return certificates;
    }

    private static PrivateKey readKey(final Path file) throws IOException, GeneralSecurityException {
        final Matcher pem = PKCS8.matcher(Files.readString(file, StandardCharsets.US_ASCII));
        if (!pem.find()) {
            throw new GeneralSecurityException(file + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
        }
        final PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pem.group(1)));
        try {
            return KeyFactory.getInstance("EC").generatePrivate(spec);
        } catch (GeneralSecurityException notEc) {
            return KeyFactory.getInstance("RSA").generatePrivate(spec);
        }
    }
}
