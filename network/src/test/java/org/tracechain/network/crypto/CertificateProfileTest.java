// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The X.509 details Fabric (and cryptogen users) rely on, checked with the JDK's parser. */
class CertificateProfileTest {

    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123Z");

    @TempDir
    static Path root;

    static OrgMaterial farm;
    static X509Certificate ca;
    static X509Certificate tlsCa;

    @BeforeAll
    static void generate() {
        farm = CryptoGenerator.generate(root, Fixtures.farm(), java.time.Clock.fixed(NOW, ZoneOffset.UTC));
        ca = Certificates.read(farm.caCert());
        tlsCa = Certificates.read(farm.tlsCaCert());
    }

    @Test
    void cas_are_self_signed_p256_cas_with_cryptogen_extensions() throws Exception {
        for (X509Certificate cert : List.of(ca, tlsCa)) {
            cert.verify(cert.getPublicKey());
            assertThat(cert.getBasicConstraints()).isGreaterThanOrEqualTo(0);
            assertThat(cert.getCriticalExtensionOIDs()).contains(Extension.basicConstraints.getId(),
                    Extension.keyUsage.getId());
            // digitalSignature, keyEncipherment, keyCertSign, cRLSign
            assertThat(cert.getKeyUsage()).startsWith(true, false, true, false, false, true, true);
            assertThat(cert.getExtendedKeyUsage()).containsExactlyInAnyOrder(CLIENT_AUTH, SERVER_AUTH);
            assertThat(ski(cert)).isEqualTo(sha256OfPoint(cert));
            assertP256(cert);
        }
        assertThat(ca.getSubjectX500Principal().getName())
                .isEqualTo("CN=ca.farm.tracechain.test,O=farm.tracechain.test,L=Guangzhou,ST=Guangdong,C=CN");
        assertThat(tlsCa.getSubjectX500Principal().getName())
                .isEqualTo("CN=tlsca.farm.tracechain.test,O=farm.tracechain.test,L=Guangzhou,ST=Guangdong,C=CN");
        assertThat(ca.getPublicKey()).isNotEqualTo(tlsCa.getPublicKey());
    }

    @Test
    void validity_is_ten_years_from_five_minutes_before_now() {
        final Instant notBefore = Instant.parse("2026-03-01T10:10:30Z");
        for (Path file : List.of(farm.caCert(), farm.tlsCaCert(), farm.nodeCert("peer0"), farm.nodeTlsCert("peer0"),
                farm.userCert("farmer"), farm.userTlsCert("farmer"))) {
            final X509Certificate cert = Certificates.read(file);
            assertThat(cert.getNotBefore().toInstant()).as(file.toString()).isEqualTo(notBefore);
            assertThat(cert.getNotAfter().toInstant()).as(file.toString()).isEqualTo(notBefore.plus(Duration.ofDays(3650)));
        }
    }

    @Test
    void signing_certificates_chain_to_the_ca_with_cryptogen_subjects_and_node_ous() throws Exception {
        assertSigning(farm.nodeCert("peer0"),
                "CN=peer0.farm.tracechain.test,OU=peer,O=farm.tracechain.test,L=Guangzhou,ST=Guangdong,C=CN");
        assertSigning(farm.nodeCert("peer1"),
                "CN=peer1.farm.tracechain.test,OU=peer,O=farm.tracechain.test,L=Guangzhou,ST=Guangdong,C=CN");
        assertSigning(farm.userCert("Admin"),
                "CN=Admin@farm.tracechain.test,OU=admin,O=farm.tracechain.test,L=Guangzhou,ST=Guangdong,C=CN");
        assertSigning(farm.userCert("farmer"),
                "CN=farmer@farm.tracechain.test,OU=client,O=farm.tracechain.test,L=Guangzhou,ST=Guangdong,C=CN");
    }

    @Test
    void orderer_nodes_have_the_orderer_ou() {
        final OrgMaterial orderers = CryptoGenerator.generate(root, Fixtures.orderers());
        final X509Certificate cert = Certificates.read(orderers.nodeCert("orderer1"));

        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo(
                "CN=orderer1.orderer.tracechain.test,OU=orderer,O=orderer.tracechain.test,L=Guangzhou,ST=Guangdong,C=CN");
        assertThat(Certificates.read(orderers.userCert("Admin")).getSubjectX500Principal().getName()).contains("OU=admin");
    }

    @Test
    void node_tls_certificates_serve_and_authenticate_with_local_names() throws Exception {
        final X509Certificate cert = Certificates.read(farm.nodeTlsCert("peer0"));

        cert.verify(tlsCa.getPublicKey());
        assertThat(cert.getIssuerX500Principal()).isEqualTo(tlsCa.getSubjectX500Principal());
        assertThat(cert.getSubjectX500Principal().getName())
                .isEqualTo("CN=peer0.farm.tracechain.test,O=farm.tracechain.test,L=Guangzhou,ST=Guangdong,C=CN");
        assertThat(cert.getExtendedKeyUsage()).containsExactly(SERVER_AUTH, CLIENT_AUTH);
        assertThat(cert.getKeyUsage()).startsWith(true, false, true, false, false, false, false);
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getSubjectAlternativeNames()).containsExactly(
                List.of(2, "peer0.farm.tracechain.test"), List.of(2, "peer0"), List.of(2, "localhost"),
                List.of(7, "127.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1"));
        assertThat(aki(cert)).isEqualTo(ski(tlsCa));
        assertKeyPair(cert, farm.nodeTlsKey("peer0"));
    }

    @Test
    void user_tls_certificates_are_client_certificates_from_the_tls_ca() throws Exception {
        final X509Certificate cert = Certificates.read(farm.userTlsCert("farmer"));

        cert.verify(tlsCa.getPublicKey());
        assertThat(cert.getSubjectX500Principal().getName()).startsWith("CN=farmer@farm.tracechain.test,");
        assertThat(cert.getExtendedKeyUsage()).contains(CLIENT_AUTH);
        assertThat(cert.getSubjectAlternativeNames()).isNull();
        assertKeyPair(cert, farm.userTlsKey("farmer"));
    }

    @Test
    void signing_certificates_do_not_verify_against_the_tls_ca() {
        final X509Certificate cert = Certificates.read(farm.nodeCert("peer0"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cert.verify(tlsCa.getPublicKey()))
                .isInstanceOf(java.security.SignatureException.class);
    }

    @Test
    void role_attributes_are_the_raw_fabric_ca_json_in_a_non_critical_extension() {
        final X509Certificate cert = Certificates.read(farm.userCert("farmer"));

        final byte[] extnValue = cert.getExtensionValue("1.2.3.4.5.6.7.8.1");
        assertThat(new String(ASN1OctetString.getInstance(extnValue).getOctets(), StandardCharsets.UTF_8))
                .isEqualTo("{\"attrs\":{\"role\":\"producer\"}}");
        assertThat(extnValue[0]).as("DER OCTET STRING tag").isEqualTo((byte) 0x04);
        assertThat(cert.getNonCriticalExtensionOIDs()).contains("1.2.3.4.5.6.7.8.1");
    }

    @Test
    void users_without_attributes_and_nodes_have_no_attribute_extension() {
        for (Path file : List.of(farm.userCert("clerk"), farm.userCert("Admin"), farm.nodeCert("peer0"))) {
            assertThat(Certificates.read(file).getExtensionValue("1.2.3.4.5.6.7.8.1")).as(file.toString()).isNull();
        }
    }

    @Test
    void serials_are_positive_128_bit_and_distinct() {
        final List<BigInteger> serials = List.of(farm.caCert(), farm.tlsCaCert(), farm.nodeCert("peer0"),
                farm.nodeCert("peer1"), farm.userCert("farmer"), farm.userTlsCert("farmer")).stream()
                .map(file -> Certificates.read(file).getSerialNumber()).toList();

        assertThat(serials).allMatch(serial -> serial.signum() > 0 && serial.bitLength() == 128).doesNotHaveDuplicates();
    }

    @Test
    void every_key_in_a_keystore_is_found_by_fabrics_ski() throws Exception {
        // Fabric's BCCSP identifies a key by SHA-256 of its public point; the signcert's SKI is that value.
        final X509Certificate cert = Certificates.read(farm.userCert("Admin"));
        assertThat(ski(cert)).isEqualTo(sha256OfPoint(cert));
        assertKeyPair(cert, farm.userKey("Admin"));
    }

    @Test
    void every_certificate_signature_is_low_s_as_fabric_normalises_it() throws Exception {
        final BigInteger halfOrder = ((ECPublicKey) ca.getPublicKey()).getParams().getOrder().shiftRight(1);
        try (var files = Files.walk(farm.orgDir())) {
            final List<Path> certificates = files.filter(file -> file.toString().endsWith(".pem")
                    || file.toString().endsWith(".crt")).toList();
            assertThat(certificates).hasSizeGreaterThan(20);
            for (Path file : certificates) {
                final byte[] signature = Certificates.read(file).getSignature();
                final BigInteger s = org.bouncycastle.asn1.ASN1Integer.getInstance(
                        org.bouncycastle.asn1.ASN1Sequence.getInstance(signature).getObjectAt(1)).getValue();
                assertThat(s).as(file.toString()).isLessThanOrEqualTo(halfOrder);
            }
        }
    }

    private static void assertSigning(final Path file, final String subject) throws Exception {
        final X509Certificate cert = Certificates.read(file);
        cert.verify(ca.getPublicKey());
        assertThat(cert.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
        assertThat(cert.getSubjectX500Principal().getName()).isEqualTo(subject);
        assertThat(cert.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(cert.getKeyUsage()).containsExactly(true, false, false, false, false, false, false, false, false);
        assertThat(cert.getCriticalExtensionOIDs()).contains(Extension.keyUsage.getId());
        assertThat(cert.getExtendedKeyUsage()).isNull();
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getExtensionValue(Extension.basicConstraints.getId())).isNotNull();
        assertThat(ski(cert)).isEqualTo(sha256OfPoint(cert));
        assertThat(aki(cert)).isEqualTo(ski(ca));
        assertThat(cert.getSubjectAlternativeNames()).isNull();
        assertP256(cert);
        final Path key = file.getParent().getParent().resolve("keystore/priv_sk");
        assertKeyPair(cert, key);
    }

    private static void assertP256(final X509Certificate cert) {
        final ECPublicKey key = (ECPublicKey) cert.getPublicKey();
        assertThat(key.getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(key.getParams().getOrder().toString(16))
                .isEqualTo("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
    }

    private static void assertKeyPair(final X509Certificate cert, final Path keyFile) throws Exception {
        final String pem = Files.readString(keyFile);
        final byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        final ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        final Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(key);
        signer.update(new byte[] {1, 2, 3});
        final byte[] signature = signer.sign();
        final Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(cert.getPublicKey());
        verifier.update(new byte[] {1, 2, 3});
        assertThat(verifier.verify(signature)).as(keyFile + " belongs to its certificate").isTrue();
    }

    private static String ski(final X509Certificate cert) {
        return HexFormat.of().formatHex(SubjectKeyIdentifier.getInstance(
                ASN1OctetString.getInstance(cert.getExtensionValue(Extension.subjectKeyIdentifier.getId())).getOctets())
                .getKeyIdentifier());
    }

    private static String aki(final X509Certificate cert) {
        return HexFormat.of().formatHex(AuthorityKeyIdentifier.getInstance(
                ASN1OctetString.getInstance(cert.getExtensionValue(Extension.authorityKeyIdentifier.getId()))
                        .getOctets()).getKeyIdentifierObject().getOctets());
    }

    private static String sha256OfPoint(final X509Certificate cert) throws Exception {
        final byte[] point = SubjectPublicKeyInfo.getInstance(cert.getPublicKey().getEncoded()).getPublicKeyData()
                .getBytes();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(point));
    }
}
