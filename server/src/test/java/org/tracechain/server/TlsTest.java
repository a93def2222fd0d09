// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.TestCredentials;

/** Mutual TLS: a client without a certificate of the client CA cannot connect; one with it gets through. */
class TlsTest {


    @TempDir
    static Path home;
    static TraceChainServer server;
    static final KeyPair SERVER_KEY = keyPair();
    static final X509Certificate SERVER_CERTIFICATE = selfSignedFor127001(SERVER_KEY);
    static TestCredentials clientCredentials = TestCredentials.generate("farmer-client");

    @BeforeAll
    static void start() throws Exception {
        TestCredentials.generate("tlsca").writeProfile(home, "producer", "ProducerMSP", "127.0.0.1:7051",
                "peer0.producer.tracechain.test", List.of("foodtrace"));
        final Path cert = Files.writeString(home.resolve("server.pem"), pem("CERTIFICATE",
                SERVER_CERTIFICATE.getEncoded()));
        final Path key = Files.writeString(home.resolve("server-key.pem"), pem("PRIVATE KEY",
                SERVER_KEY.getPrivate().getEncoded()));
        final Path clientCa = Files.writeString(home.resolve("clients-ca.pem"), clientCredentials.certificatePem());
        final TraceChainServerImpl.BuilderImpl builder = (TraceChainServerImpl.BuilderImpl) TraceChainServer
                .newBuilder().home(home).organization("producer").port(0).tls(cert, key, clientCa);
        server = builder.gatewayProbe(() -> true).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static KeyPair keyPair() {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed server certificate naming 127.0.0.1, so the client's hostname check passes as it is. */
    static X509Certificate selfSignedFor127001(final KeyPair keys) {
        try {
            final Instant now = Instant.now();
            final X500Name subject = new X500Name("CN=127.0.0.1,O=tracechain-test");
            final JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(1, ChronoUnit.DAYS)), subject, keys.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(final String type, final byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static SSLContext context(final boolean withClientCertificate) throws Exception {
        return withClientCertificate
                ? clientContext(SERVER_CERTIFICATE, clientCredentials.keyPair().getPrivate(),
                        clientCredentials.certificate())
                : clientContext(SERVER_CERTIFICATE, null, null);
    }

    /** A client's TLS context trusting {@code server} only, presenting {@code certificate} when it is not null. */
    static SSLContext clientContext(final X509Certificate server, final java.security.PrivateKey key,
            final X509Certificate certificate) throws Exception {
        final KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", server);
        final TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(
                TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        final KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        if (certificate != null) {
            keys.setKeyEntry("client", key, "pw".toCharArray(), new Certificate[] {certificate});
        }
        final KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "pw".toCharArray());
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    private static HttpResponse<String> health(final boolean withClientCertificate) throws Exception {
        final HttpClient client = HttpClient.newBuilder().sslContext(context(withClientCertificate))
                .connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(server.uri().resolve("health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_server_speaks_https_and_needs_a_client_certificate_of_its_ca() throws Exception {
        assertThat(server.uri().toString()).matches("https://127\\.0\\.0\\.1:[1-9][0-9]*/");
        assertThat(health(true).statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> health(false)).isInstanceOf(IOException.class);
    }
}
