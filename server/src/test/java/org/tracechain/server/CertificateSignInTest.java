// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.GatewayProfile;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.WalletIdentity;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.auth.TokenStore;

/**
 * Mutual TLS signs in without a token: a request without an {@code Authorization} header is the user whose wallet
 * certificate the TLS connection presented ({@code GET /me} answers who), the console page then tells the console to
 * skip its sign-in page, and a certificate the client CA issued that is no wallet identity, or a request another site
 * made the browser send, is refused. A token still wins over the certificate.
 */
class CertificateSignInTest {

    @TempDir
    static Path home;
    static TraceChainServer server;
    static final FakeGateway GATEWAY = FakeGateway.start();
    static final KeyPair SERVER_KEY = TlsTest.keyPair();
    static final X509Certificate SERVER_CERTIFICATE = TlsTest.selfSignedFor127001(SERVER_KEY);
    static WalletIdentity farmer;
    static WalletIdentity processor;
    /** Revoked on the network by one test. */
    static WalletIdentity inspector;
    /** A certificate the client CA list accepts, of nobody in the wallet. */
    static final TestCredentials STRANGER = TestCredentials.generate("farmer");

    @BeforeAll
    static void start() throws Exception {
        TestCredentials.generate("tlsca").writeProfile(home, "producer", "ProducerMSP", "127.0.0.1:7051",
                "peer0.producer.tracechain.test", List.of("foodtrace"));
        farmer = TestCredentials.identity(home, "producer", "farmer", "ProducerMSP", "producer");
        processor = TestCredentials.identity(home, "producer", "processor", "ProducerMSP", "processor");
        inspector = TestCredentials.identity(home, "producer", "inspector", "ProducerMSP", "inspector");
        final Path cert = Files.writeString(home.resolve("server.pem"), TlsTest.pem("CERTIFICATE",
                SERVER_CERTIFICATE.getEncoded()));
        final Path key = Files.writeString(home.resolve("server-key.pem"), TlsTest.pem("PRIVATE KEY",
                SERVER_KEY.getPrivate().getEncoded()));
        // The identities' certificates are self-signed here: each is its own CA.
        final Path clientCa = Files.writeString(home.resolve("clients-ca.pem"), pem(farmer.certificate())
                + pem(processor.certificate()) + pem(inspector.certificate()) + STRANGER.certificatePem());
        final GatewayProfile profile = GatewayProfile.load(home, "producer");
        final TraceChainServerImpl.BuilderImpl builder = (TraceChainServerImpl.BuilderImpl) TraceChainServer
                .newBuilder().home(home).organization("producer").port(0).tls(cert, key, clientCa);
        builder.clientOpener(identity -> LedgerClient.newBuilder().identity(identity).profile(profile)
                .connection(GATEWAY.channel()).outcomeTimeout(Duration.ZERO).connect());
        server = builder.gatewayProbe(() -> true).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        GATEWAY.close();
    }

    @Test
    void me_answers_the_user_whose_wallet_certificate_the_connection_presented() throws Exception {
        final HttpResponse<String> me = get(farmer.certificate(), keyOf("farmer"),
                "/me", Optional.empty(), Optional.empty());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(LedgerJson.readTree(me.body()).path("user").asText()).isEqualTo("farmer");
        assertThat(LedgerJson.readTree(me.body()).path("mspId").asText()).isEqualTo("ProducerMSP");
        final HttpResponse<String> other = get(processor.certificate(), keyOf("processor"), "/me", Optional.empty(),
                Optional.of("same-origin"));
        assertThat(LedgerJson.readTree(other.body()).path("user").asText()).isEqualTo("processor");
    }

    @Test
    void a_token_wins_over_the_certificate() throws Exception {
        final String token = TokenStore.open(home, "producer").create("processor", Optional.empty()).token();
        final HttpResponse<String> me = get(farmer.certificate(), keyOf("farmer"), "/me", Optional.of(token),
                Optional.empty());
        assertThat(LedgerJson.readTree(me.body()).path("user").asText()).isEqualTo("processor");
    }

    @Test
    void a_certificate_of_no_wallet_identity_or_from_another_site_is_refused() throws Exception {
        final HttpResponse<String> stranger = get(STRANGER.certificate(), STRANGER.keyPair().getPrivate(), "/me",
                Optional.empty(), Optional.empty());
        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(LedgerJson.readTree(stranger.body()).path("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(LedgerJson.readTree(stranger.body()).path("detail").asText()).contains("not one of");
        for (final String site : List.of("cross-site", "same-site")) {
            final HttpResponse<String> forged = get(farmer.certificate(), keyOf("farmer"), "/me", Optional.empty(),
                    Optional.of(site));
            assertThat(forged.statusCode()).as(site).isEqualTo(401);
            assertThat(LedgerJson.readTree(forged.body()).path("detail").asText()).contains("own pages only");
        }
    }

    @Test
    void the_console_page_says_to_sign_in_by_certificate_only_for_a_wallet_identity() throws Exception {
        final String meta = "<meta name=\"tracechain-sign-in\" content=\"certificate\">";
        assertThat(get(farmer.certificate(), keyOf("farmer"), "/console", Optional.empty(), Optional.empty()).body())
                .contains(meta);
        assertThat(get(STRANGER.certificate(), STRANGER.keyPair().getPrivate(), "/console", Optional.empty(),
                Optional.empty()).body()).contains("<main").doesNotContain(meta);
    }

    @Test
    void a_revoked_user_s_certificate_is_refused_and_the_page_does_not_offer_it() throws Exception {
        final String meta = "<meta name=\"tracechain-sign-in\" content=\"certificate\">";
        assertThat(get(inspector.certificate(), keyOf("inspector"), "/console", Optional.empty(), Optional.empty())
                .body()).contains(meta);
        new org.tracechain.network.users.UserRegistry(List.of(), List.of(
                new org.tracechain.network.users.UserRegistry.Revocation("producer", "inspector", "2f", 1,
                        "2026-12-03T15:00:00Z"))).write(home);
        final HttpResponse<String> me = get(inspector.certificate(), keyOf("inspector"), "/me", Optional.empty(),
                Optional.empty());
        assertThat(me.statusCode()).isEqualTo(403);
        assertThat(LedgerJson.readTree(me.body()).path("code").asText()).isEqualTo("UNKNOWN_IDENTITY");
        assertThat(get(inspector.certificate(), keyOf("inspector"), "/console", Optional.empty(), Optional.empty())
                .body()).contains("<main").doesNotContain(meta);
    }

    private static java.security.PrivateKey keyOf(final String user) throws Exception {
        final String pem = Files.readString(home.resolve("wallet/producer/" + user + "/key.pem"));
        final byte[] der = java.util.Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return java.security.KeyFactory.getInstance("EC").generatePrivate(
                new java.security.spec.PKCS8EncodedKeySpec(der));
    }

    private static String pem(final X509Certificate certificate) throws Exception {
        return TlsTest.pem("CERTIFICATE", certificate.getEncoded());
    }

    /** One request over a new TLS connection presenting {@code certificate}. */
    private static HttpResponse<String> get(final X509Certificate certificate, final java.security.PrivateKey key,
            final String path, final Optional<String> token, final Optional<String> fetchSite) throws Exception {
        final SSLContext context = TlsTest.clientContext(SERVER_CERTIFICATE, key, certificate);
        final HttpClient client = HttpClient.newBuilder().sslContext(context).connectTimeout(Duration.ofSeconds(5))
                .build();
        final HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path.substring(1)));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        fetchSite.ifPresent(site -> request.header("Sec-Fetch-Site", site));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
