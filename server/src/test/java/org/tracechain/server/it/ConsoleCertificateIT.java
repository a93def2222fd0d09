// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ApiClient.json;
import static org.tracechain.server.it.ConsoleBrowser.SCREENSHOTS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tracechain.client.Wallet;
import org.tracechain.client.WalletIdentity;
import org.tracechain.server.ApiAreas;
import org.tracechain.server.TraceChainServer;

/**
 * Sign-in by mutual TLS in a real browser: a second server of the live network's producer serves HTTPS and requires
 * client certificates of the producer's CA; headless Chromium holds the farmer's enrollment certificate and key (from
 * the wallet) in an NSS database under a temporary {@code HOME} (Chromium on Linux reads client certificates from
 * {@code $HOME/.pki/nssdb}), and its profile's {@code auto_select_certificate} content setting, the preference the
 * AutoSelectCertificateForUrls policy sets, picks it for the server without a dialog. No token is typed: the console
 * opens signed in as the farmer, makes no refused request, and "sign out" explains that the browser keeps presenting
 * its certificate. Needs NSS's {@code certutil} and {@code pk12util} (Debian's libnss3-tools).
 */
@ExtendWith(LiveServersExtension.class)
class ConsoleCertificateIT {

    private static final Path WORK = Path.of("target", "certificate-browser");
    /** In this run's port block, beside the consoles' drivers (990-992): the HTTPS server, then its driver. */
    private static final int SERVER_PORT_OFFSET = 993;
    private static final int DRIVER_PORT_OFFSET = 994;
    private static final String GTIN = "06901234567892";

    @Test
    void the_farmer_s_client_certificate_signs_the_console_in_without_a_token(final LiveServers servers)
            throws Exception {
        final int base = servers.server("producer").uri().getPort() - LiveServers.SERVER_PORT_OFFSET;
        final WalletIdentity farmer = Wallet.open(servers.home()).identity("producer", "farmer");
        final Path work = Files.createDirectories(WORK.toAbsolutePath()).resolve("run-" + System.nanoTime());
        final Path nssHome = Files.createDirectories(work.resolve("home"));
        nssDatabase(nssHome.resolve(".pki").resolve("nssdb"), farmer, work);
        final Path serverCert = work.resolve("server.pem");
        final Path serverKey = work.resolve("server-key.pem");
        serverCertificate(serverCert, serverKey);
        final Path clientCa = Files.writeString(work.resolve("producer-ca.pem"), pem("CERTIFICATE",
                issuerOf(farmer.certificate(), servers.home()).getEncoded()));
        final String lot = "MTLS" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        final long block = json(servers.as("producer", "farmer").post("/lots", "{\"lotId\":\"" + lot
                + "\",\"productCode\":\"" + GTIN + "\",\"productName\":\"菜心 Choy sum\",\"quantity\":100,\"unit\":"
                + "\"kg\",\"gtin\":\"" + GTIN + "\"}"), 201).path("blockNumber").asLong();
        servers.awaitStore("producer", "foodtrace", block);

        final TraceChainServer mtls = TraceChainServer.newBuilder().home(servers.home()).organization("producer")
                .port(base + SERVER_PORT_OFFSET).queryStore(servers.queryStore("producer"))
                .routes(ApiAreas.all().toArray(TraceChainServer.RoutesFactory[]::new))
                .tls(serverCert, serverKey, clientCa).build().start();
        // Any certificate the server's CA list accepts, for this origin only (the pattern's second half: any site).
        final Map<String, Object> autoSelect = Map.of("profile.content_settings.exceptions.auto_select_certificate",
                Map.of(origin(mtls.uri()) + ",*", Map.of("setting", Map.of("filters", List.of(Map.of())))));
        try (mtls; ConsoleBrowser browser = new ConsoleBrowser(SCREENSHOTS, base + DRIVER_PORT_OFFSET,
                Map.of("HOME", nssHome.toString()), autoSelect)) {
            final List<String> tokens = servers.allTokens();
            browser.open(mtls.uri(), "");
            browser.waitForText(By.id("identity"), "producer · farmer · role producer · client certificate");
            browser.visible(By.id("lot-results"));
            browser.absent(By.id("token"));
            assertThat(browser.driver().findElements(By.cssSelector("#nav a")).stream()
                    .map(a -> a.getDomAttribute("id")).toList())
                    .containsExactly("nav-lots", "nav-register", "nav-chain");
            browser.go("#/lots/" + lot);
            browser.waitForText(By.id("lot-status"), "ACTIVE");
            browser.visible(By.id("ship-form")); // the farmer's organisation holds it: the write is offered
            browser.absent(By.id("recall-form"));
            browser.screenshot("x02-certificate-signed-in");
            browser.assertClean(tokens);
            assertThat(browser.record().path("requests").toString()).contains("GET /me");
            // Signed in, and no token anywhere in the tab: the certificate did it.
            assertThat(browser.script("return sessionStorage.getItem('tracechain.token')")).isNull();

            // "Sign out": this tab forgets the certificate session and says what really ends it.
            browser.driver().findElement(By.id("sign-out")).click();
            browser.visible(By.id("certificate-signed-out"));
            assertThat(browser.driver().findElement(By.id("certificate-signed-out")).getText())
                    .contains("close every window of the browser").contains("choose another certificate");
            assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("token");
            assertThat(browser.driver().findElement(By.id("identity")).getText()).isEmpty();
            browser.screenshot("x03-certificate-signed-out");
            browser.driver().navigate().refresh(); // a reload keeps this tab signed out
            browser.visible(By.id("certificate-signed-out"));
            browser.driver().findElement(By.id("sign-in-certificate")).click();
            browser.waitForText(By.id("identity"), "producer · farmer · role producer · client certificate");
            browser.visible(By.id("lot-results"));
            browser.assertClean(tokens);
        }
    }

    private static String origin(final URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    /** An NSS database holding the identity's certificate and key, as Chromium on Linux reads it. */
    private static void nssDatabase(final Path database, final WalletIdentity identity, final Path work)
            throws Exception {
        Files.createDirectories(database);
        run("certutil", "-N", "-d", "sql:" + database, "--empty-password");
        final KeyStore p12 = KeyStore.getInstance("PKCS12");
        p12.load(null, null);
        p12.setKeyEntry(identity.user(), privateKey(identity), "pw".toCharArray(),
                new Certificate[] {identity.certificate()});
        final Path file = work.resolve(identity.user() + ".p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            p12.store(out, "pw".toCharArray());
        }
        run("pk12util", "-i", file.toString(), "-d", "sql:" + database, "-W", "pw");
        Files.delete(file);
    }

    private static void run(final String... command) throws IOException, InterruptedException {
        final Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " is missing: install NSS's tools (apt-get install -y "
                    + "libnss3-tools; scripts/ensure-chromium.sh does)", e);
        }
        final boolean done = process.waitFor(60, TimeUnit.SECONDS);
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** The wallet keeps the PKCS#8 key beside the certificate; the network module wrote it. */
    private static PrivateKey privateKey(final WalletIdentity identity) throws Exception {
        try (Stream<Path> files = Files.list(identity.directory())) {
            for (final Path file : files.toList()) {
                final String text = Files.readString(file);
                if (text.contains("-----BEGIN PRIVATE KEY-----")) {
                    final byte[] der = Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
                    return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
                }
            }
        }
        throw new IllegalStateException("no PKCS#8 key in " + identity.directory());
    }

    /** The CA certificate (somewhere in the network's home) that issued {@code certificate}. */
    private static X509Certificate issuerOf(final X509Certificate certificate, final Path home) throws IOException {
        final CertificateFactory factory;
        final List<X509Certificate> candidates = new ArrayList<>();
        try (Stream<Path> files = Files.walk(home)) {
            factory = CertificateFactory.getInstance("X.509");
            for (final Path file : files.filter(f -> f.toString().endsWith(".pem") && Files.isRegularFile(f))
                    .toList()) {
                final String text = Files.readString(file);
                if (text.contains("BEGIN CERTIFICATE")) {
                    candidates.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(
                            text.getBytes(StandardCharsets.US_ASCII))));
                }
            }
        } catch (java.security.cert.CertificateException e) {
            throw new IOException(e);
        }
        for (final X509Certificate candidate : candidates) {
            if (candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                try {
                    certificate.verify(candidate.getPublicKey());
                    return candidate;
                } catch (java.security.GeneralSecurityException notThisOne) {
                    // same name, another key: keep looking
                }
            }
        }
        throw new IllegalStateException("no CA certificate in " + home + " issued " + certificate
                .getSubjectX500Principal());
    }

    /** A self-signed certificate for 127.0.0.1 and its PKCS#8 key, as PEM files. */
    private static void serverCertificate(final Path certificate, final Path key) throws Exception {
        final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        final KeyPair keys = generator.generateKeyPair();
        final Instant now = Instant.now();
        final X500Name subject = new X500Name("CN=127.0.0.1,O=tracechain-test");
        final JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(1, ChronoUnit.DAYS)), subject, keys.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        final X509Certificate self = new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        Files.writeString(certificate, pem("CERTIFICATE", self.getEncoded()));
        Files.writeString(key, pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
    }

    private static String pem(final String type, final byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
