// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.Test;
import org.tracechain.client.testing.TestCredentials;

/** The JDK-only PEM reading, certificate identity and low-S ECDSA signer agree with fabric-gateway's BouncyCastle ones. */
class JdkCryptoTest {

    private final TestCredentials credentials = TestCredentials.generate("farmer");

    @Test
    void certificate_credentials_are_byte_for_byte_those_of_fabric_gateway() throws Exception {
        final var ours = new CertificateIdentity("ProducerMSP", Pem.readCertificate(credentials.certificatePem()));
        final var theirs = new X509Identity("ProducerMSP", credentials.certificate());

        assertThat(new String(ours.getCredentials(), StandardCharsets.US_ASCII))
                .isEqualTo(new String(theirs.getCredentials(), StandardCharsets.US_ASCII));
        assertThat(ours.getMspId()).isEqualTo("ProducerMSP");
    }

    @Test
    void pkcs8_keys_read_with_the_jdk_equal_those_read_with_bouncycastle() throws Exception {
        final PrivateKey ours = Pem.readPrivateKey(credentials.privateKeyPem());
        final PrivateKey theirs = Identities.readPrivateKey(credentials.privateKeyPem());

        assertThat(ours).isInstanceOf(ECPrivateKey.class);
        assertThat(ours.getEncoded()).isEqualTo(theirs.getEncoded());
    }

    @Test
    void sec1_keys_fall_back_to_bouncycastle() throws Exception {
        // OpenSSL's "EC PRIVATE KEY": the SEC1 structure with the curve inside, not wrapped in PKCS#8.
        final PrivateKeyInfo pkcs8 = PrivateKeyInfo.getInstance(credentials.keyPair().getPrivate().getEncoded());
        final org.bouncycastle.asn1.sec.ECPrivateKey inner = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(
                pkcs8.parsePrivateKey());
        final var sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(256, inner.getKey(),
                pkcs8.getPrivateKeyAlgorithm().getParameters());
        final StringWriter pem = new StringWriter();
        try (PemWriter writer = new PemWriter(pem)) {
            writer.writeObject(new PemObject("EC PRIVATE KEY", sec1.getEncoded()));
        }

        final PrivateKey key = Pem.readPrivateKey(pem.toString());

        assertThat(((ECPrivateKey) key).getS()).isEqualTo(((ECPrivateKey) credentials.keyPair().getPrivate()).getS());
    }

    @Test
    void a_certificate_that_is_not_pem_is_refused() {
        assertThatThrownBy(() -> Pem.readCertificate("not a certificate"))
                .isInstanceOf(java.security.cert.CertificateException.class);
        assertThatThrownBy(() -> Pem.readPrivateKey("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"))
                .isInstanceOf(Exception.class);
    }

    @Test
    void every_signature_verifies_and_has_a_low_s_on_p256_p384_and_p521() throws Exception {
        for (final String curve : new String[] {"secp256r1", "secp384r1", "secp521r1"}) {
            final KeyPair pair = keyPair(curve);
            final ECPrivateKey key = (ECPrivateKey) pair.getPrivate();
            final BigInteger halfOrder = key.getParams().getOrder().shiftRight(1);
            final EcdsaSigner signer = new EcdsaSigner(key);
            // The JDK's signatures, then BouncyCastle's fixed-base ones: both kinds are checked.
            for (int i = 0; i < EcdsaSigner.JDK_SIGNATURES + 64; i++) {
                final byte[] digest = MessageDigest.getInstance("SHA-256").digest(("message " + i).getBytes(StandardCharsets.UTF_8));

                final byte[] signature = signer.sign(digest);

                final Signature verifier = Signature.getInstance("NONEwithECDSA");
                verifier.initVerify(pair.getPublic());
                verifier.update(digest);
                assertThat(verifier.verify(signature)).as(curve + " signature %d verifies", i).isTrue();
                final BigInteger s = ASN1Integer.getInstance(ASN1Sequence.getInstance(signature).getObjectAt(1)).getValue();
                assertThat(s).as(curve + " s of signature %d", i).isLessThanOrEqualTo(halfOrder);
            }
        }
    }

    @Test
    void the_fixed_base_signer_covers_the_nist_curves_and_signs_with_a_fresh_nonce() throws Exception {
        final ECPrivateKey key = (ECPrivateKey) keyPair("secp256r1").getPrivate();
        final FixedBaseEcdsa fixedBase = FixedBaseEcdsa.forKey(key).orElseThrow();
        final byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] {1});

        // A random nonce: the same digest twice gives two different (r, s), as SunEC's and Go's do.
        assertThat(fixedBase.sign(digest)).isNotEqualTo(fixedBase.sign(digest));
        assertThat(FixedBaseEcdsa.forKey((ECPrivateKey) keyPair("secp384r1").getPrivate())).isPresent();
        assertThat(FixedBaseEcdsa.forKey((ECPrivateKey) keyPair("secp521r1").getPrivate())).isPresent();
    }

    @Test
    void a_high_s_is_replaced_by_n_minus_s_in_valid_der() throws Exception {
        final BigInteger order = ((ECPrivateKey) keyPair("secp521r1").getPrivate()).getParams().getOrder();
        final BigInteger r = order.subtract(BigInteger.valueOf(12345));
        final BigInteger highS = order.subtract(BigInteger.valueOf(7));
        final byte[] high = new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(highS)}).getEncoded();
        final byte[] expected = new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(7)}).getEncoded();
        final byte[] low = new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(5)}).getEncoded();

        assertThat(EcdsaSigner.lowS(high, order)).isEqualTo(expected);
        assertThat(EcdsaSigner.lowS(low, order)).isSameAs(low);
        assertThat(high.length).isGreaterThan(129); // long-form sequence length
    }

    @Test
    void malformed_der_is_a_signature_exception() {
        final BigInteger order = BigInteger.valueOf(101);
        assertThatThrownBy(() -> EcdsaSigner.lowS(new byte[] {0x30, 0x03, 0x02, 0x01}, order))
                .isInstanceOf(SignatureException.class);
        assertThatThrownBy(() -> EcdsaSigner.lowS(new byte[] {0x31, 0x00}, order)).isInstanceOf(SignatureException.class);
        assertThatThrownBy(() -> EcdsaSigner.lowS(new byte[] {0x30, 0x06, 0x02, 0x01, 0x05, 0x02, 0x01, 0x07, 0x00},
                order)).isInstanceOf(SignatureException.class);
    }

    private static KeyPair keyPair(final String curve) throws Exception {
        final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }
}
