// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;

/**
 * A certificate authority (certificate + private key) that issues certificates shaped like cryptogen's:
 * ECDSA P-256, SHA256withECDSA (low-S, as Fabric normalises certificates), random positive 128-bit serials, SKI = SHA-256 of the public point (the
 * same value Fabric's BCCSP uses to find a key in a keystore), AKI = the CA's SKI.
 */
record CertificateAuthority(X509Certificate certificate, PrivateKey key) {

    /** Fabric's certificate attribute extension, as written by fabric-ca and read by ClientIdentity. */
    static final ASN1ObjectIdentifier FABRIC_ATTRIBUTES = new ASN1ObjectIdentifier("1.2.3.4.5.6.7.8.1");

    static final String COUNTRY = "CN";
    static final String PROVINCE = "Guangdong";
    static final String LOCALITY = "Guangzhou";
    static final Duration VALIDITY = Duration.ofDays(3650);

    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a leaf certificate is for. */
    enum Profile {
        /** MSP signing certificate: digitalSignature only. */
        SIGNING,
        /** TLS certificate: digitalSignature + keyEncipherment, serverAuth + clientAuth. */
        TLS
    }

    static KeyPair newKeyPair() {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate P-256 keys", e);
        }
    }

    /** {@code C, ST, L, O=organisation[, OU=unit], CN=commonName}; the unit is omitted when null. */
    static X500Name subject(final String organisation, final String unit, final String commonName) {
        final X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, COUNTRY)
                .addRDN(BCStyle.ST, PROVINCE)
                .addRDN(BCStyle.L, LOCALITY)
                .addRDN(BCStyle.O, organisation);
        if (unit != null) {
            name.addRDN(BCStyle.OU, unit);
        }
        return name.addRDN(BCStyle.CN, commonName).build();
    }

    /** A new self-signed CA valid from five minutes before {@code now} (clock skew) for ten years. */
    static CertificateAuthority create(final X500Name subject, final Instant now) {
        final KeyPair keys = newKeyPair();
        final Instant notBefore = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
        final X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                Date.from(notBefore), Date.from(notBefore.plus(VALIDITY)), subject, keys.getPublic());
        try {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature
                    | KeyUsage.keyEncipherment | KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                    new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth, KeyPurposeId.id_kp_serverAuth}));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    new SubjectKeyIdentifier(keyIdentifier(keys.getPublic())));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode CA extensions", e);
        }
        return new CertificateAuthority(sign(builder, keys.getPrivate()), keys.getPrivate());
    }

    /**
     * Issues a leaf certificate for {@code publicKey}, valid like a CA created at {@code now} but never
     * beyond this CA's own expiry.
     *
     * @param sans       subject alternative names, or null for none
     * @param attributes Fabric attribute extension value (raw JSON octets), or null for none
     */
    X509Certificate issue(final X500Name subject, final PublicKey publicKey, final Profile profile,
            final GeneralNames sans, final byte[] attributes, final Instant now) {
        final Instant notBefore = now.truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(5));
        final Instant caExpiry = certificate.getNotAfter().toInstant();
        final Instant notAfter = notBefore.plus(VALIDITY).isAfter(caExpiry) ? caExpiry : notBefore.plus(VALIDITY);
        final X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate, serial(),
                Date.from(notBefore), Date.from(notAfter), subject, publicKey);
        try {
            if (profile == Profile.SIGNING) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            } else {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
                        new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}));
            }
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    new SubjectKeyIdentifier(keyIdentifier(publicKey)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new AuthorityKeyIdentifier(subjectKeyIdentifier(certificate)));
            if (sans != null) {
                builder.addExtension(Extension.subjectAlternativeName, false, sans);
            }
            if (attributes != null) {
                // extnValue is an OCTET STRING whose octets are the JSON itself, exactly as fabric-ca writes it.
                builder.addExtension(FABRIC_ATTRIBUTES, false, attributes);
            }
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode extensions for " + subject, e);
        }
        return sign(builder, key);
    }

    /** SHA-256 of the uncompressed public point: cryptogen's SKI and Fabric BCCSP's key identifier. */
    static byte[] keyIdentifier(final PublicKey publicKey) {
        final byte[] point = SubjectPublicKeyInfo.getInstance(publicKey.getEncoded()).getPublicKeyData().getBytes();
        try {
            return MessageDigest.getInstance("SHA-256").digest(point);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The subject key identifier extension's value, or null when the certificate has none. */
    static byte[] subjectKeyIdentifier(final X509Certificate certificate) {
        final byte[] extension = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        return extension == null ? null
                : SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(extension).getOctets())
                        .getKeyIdentifier();
    }

    /** True when {@code key} is the private half of {@code certificate}'s public key. */
    static boolean matches(final PrivateKey key, final X509Certificate certificate) {
        try {
            final byte[] probe = "tracechain key check".getBytes(StandardCharsets.US_ASCII);
            final Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
            signer.initSign(key);
            signer.update(probe);
            final byte[] signature = signer.sign();
            final Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static X509Certificate sign(final X509v3CertificateBuilder builder, final PrivateKey signingKey) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new LowSSigner((ECPrivateKey) signingKey)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign certificate", e);
        }
    }

    private static BigInteger serial() {
        return new BigInteger(128, RANDOM).setBit(127); // positive, always 128 bits, never zero
    }
}
