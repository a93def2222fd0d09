// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.tracechain.client.WalletIdentity;
import org.tracechain.model.json.LedgerJson;

/**
 * Real key material for tests: an EC P-256 key and a self-signed certificate, written in the layout the network
 * module uses ({@code wallet/<org>/<user>/identity.json, cert.pem, key.pem}; {@code gateways/<org>.json}).
 */
public final class TestCredentials {

    private final KeyPair keyPair;
    private final X509Certificate certificate;

    private TestCredentials(final String commonName) {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keyPair = generator.generateKeyPair();
            final Instant now = Instant.now();
            final X500Name subject = new X500Name("CN=" + commonName + ",O=tracechain-test");
            final var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), subject,
                    keyPair.getPublic());
            this.certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate())));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TestCredentials generate(final String commonName) {
        return new TestCredentials(commonName);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public KeyPair keyPair() {
        return keyPair;
    }

    public String certificatePem() {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#8, as the network module writes it. */
    public String privateKeyPem() {
        return pem("PRIVATE KEY", keyPair.getPrivate().getEncoded());
    }

    private static String pem(final String type, final byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** Writes an identity into {@code home}'s wallet and returns its directory. */
    public Path writeIdentity(final Path home, final String organization, final String user, final String mspId,
            final List<String> roles) {
        try {
            final Path directory = Files.createDirectories(home.resolve("wallet").resolve(organization).resolve(user));
            Files.writeString(directory.resolve("identity.json"), LedgerJson.toJson(new IdentityJson(organization, user,
                    mspId, roles, "cert.pem", "key.pem")));
            Files.writeString(directory.resolve("cert.pem"), certificatePem());
            final Path key = directory.resolve("key.pem");
            Files.writeString(key, privateKeyPem());
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an identity into {@code home}'s wallet and loads it. */
    public static WalletIdentity identity(final Path home, final String organization, final String user,
            final String mspId, final String... roles) {
        try {
            return WalletIdentity.load(generate(user).writeIdentity(home, organization, user, mspId, List.of(roles)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code gateways/<org>.json} with this certificate as the TLS root; returns the file. */
    public Path writeProfile(final Path home, final String organization, final String mspId, final String endpoint,
            final String hostOverride, final List<String> channels) {
        try {
            final Path tls = Files.createDirectories(home.resolve("tls")).resolve(organization + "-tlsca.pem");
            Files.writeString(tls, certificatePem());
            final Path file = Files.createDirectories(home.resolve("gateways")).resolve(organization + ".json");
            Files.writeString(file, LedgerJson.toJson(new ProfileJson(organization, mspId, endpoint, hostOverride,
                    tls.toAbsolutePath().toString(), channels)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record IdentityJson(String organization, String user, String mspId, List<String> roles, String certificate,
            String privateKey) {}

    record ProfileJson(String organization, String mspId, String peerEndpoint, String peerHostOverride,
            String tlsRootCertificate, List<String> channels) {}
}
