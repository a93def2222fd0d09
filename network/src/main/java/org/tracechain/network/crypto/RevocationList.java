// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CRLHolder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * An organisation's certificate revocation list, kept in its MSP ({@code msp/crls/crl.pem}, where
 * {@code configtxgen} and Fabric's local MSPs look for CRLs) and signed by its signing CA. Each revocation issues
 * a new CRL holding every earlier entry plus the new one, with the next CRL number.
 *
 * <p>Fabric's MSP uses a CRL only if its authority key identifier is the issuing CA's subject key identifier
 * (without one, it refuses every identity of the organisation), and believes a listed serial number only if the CRL's
 * signature verifies with that CA: both are what this class writes.
 */
public final class RevocationList {

    /** The CRL's file name in an MSP's {@code crls/} folder. */
    public static final String FILE_NAME = "crl.pem";
    private static final String PEM_TYPE = "X509 CRL";

    private RevocationList() {}

    /** Where an MSP directory keeps the organisation's CRL. */
    public static Path file(final Path mspDir) {
        return mspDir.resolve("crls").resolve(FILE_NAME);
    }

    /**
     * Adds the certificate in {@code certificateFile} to the CRL of the organisation whose material is in
     * {@code orgDir} ({@code cryptogen}'s layout), and writes the CRL to the organisation's MSP. A certificate
     * already listed leaves the CRL as it is.
     *
     * @return the CRL now in the organisation's MSP
     */
    public static X509CRL revoke(final Path orgDir, final Path certificateFile, final Instant now) {
        final Path caDir = orgDir.resolve("ca");
        final Path caCertFile = caDir.resolve("ca." + orgDir.getFileName() + "-cert.pem");
        final CertificateAuthority ca = new CertificateAuthority(Pem.readCertificate(caCertFile),
                Pem.readPrivateKey(caDir.resolve(OrgMaterial.PRIVATE_KEY_FILE)));
        final X509Certificate certificate = Pem.readCertificate(certificateFile);
        try {
            certificate.verify(ca.certificate().getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CryptoMaterialException(certificateFile, "not issued by the organisation's CA " + caCertFile, e);
        }
        final Path target = file(orgDir.resolve("msp"));
        final X509CRL previous = read(target).orElse(null);
        if (previous != null && previous.getRevokedCertificate(certificate.getSerialNumber()) != null) {
            return previous;
        }
        final X509CRL crl = issue(ca, previous, certificate.getSerialNumber(), now);
        try {
            Files.createDirectories(target.getParent());
            SecureFiles.writeAtomically(target, pem(crl), false);
        } catch (IOException e) {
            throw new CryptoMaterialException(target, "cannot write the revocation list", e);
        }
        return crl;
    }

    /** A CRL signed by {@code ca}: the entries of {@code previous} (may be null), {@code serial}, the next number. */
    static X509CRL issue(final CertificateAuthority ca, final X509CRL previous, final BigInteger serial,
            final Instant now) {
        final Date thisUpdate = Date.from(now.truncatedTo(ChronoUnit.SECONDS));
        final X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()), thisUpdate);
        // Fabric does not look at nextUpdate; the CA's own expiry is the longest a CRL of it can mean anything.
        builder.setNextUpdate(ca.certificate().getNotAfter());
        try {
            if (previous != null) {
                previous.verify(ca.certificate().getPublicKey());
                builder.addCRL(new JcaX509CRLHolder(previous));
            }
            builder.addCRLEntry(serial, thisUpdate, CRLReason.unspecified);
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new AuthorityKeyIdentifier(CertificateAuthority.subjectKeyIdentifier(ca.certificate())));
            builder.addExtension(Extension.cRLNumber, false,
                    new CRLNumber(previous == null ? BigInteger.ONE : number(previous).add(BigInteger.ONE)));
            final X509CRLHolder holder = builder.build(new LowSSigner((ECPrivateKey) ca.key()));
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot issue a revocation list for "
                    + ca.certificate().getSubjectX500Principal().getName() + ": " + e.getMessage(), e);
        }
    }

    /** The serial number of the certificate in {@code certificateFile}. */
    public static BigInteger serialOf(final Path certificateFile) {
        return Pem.readCertificate(certificateFile).getSerialNumber();
    }

    /** The CRL number of {@code crl} (0 when it has none). */
    public static BigInteger number(final X509CRL crl) {
        final byte[] extension = crl.getExtensionValue(Extension.cRLNumber.getId());
        return extension == null ? BigInteger.ZERO
                : ASN1Integer.getInstance(ASN1OctetString.getInstance(extension).getOctets()).getValue();
    }

    /** Whether {@code crl} lists {@code serial}. */
    public static boolean lists(final X509CRL crl, final BigInteger serial) {
        final X509CRLEntry entry = crl.getRevokedCertificate(serial);
        return entry != null;
    }

    /** The CRL in {@code file}, if there is one. */
    public static Optional<X509CRL> read(final Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (PemReader reader = new PemReader(new StringReader(Files.readString(file, StandardCharsets.US_ASCII)))) {
            final PemObject object = reader.readPemObject();
            if (object == null || !PEM_TYPE.equals(object.getType())) {
                throw new CryptoMaterialException(file, "expected one PEM '" + PEM_TYPE + "' block");
            }
            return Optional.of((X509CRL) CertificateFactory.getInstance("X.509")
                    .generateCRL(new ByteArrayInputStream(object.getContent())));
        } catch (IOException | GeneralSecurityException e) {
            throw new CryptoMaterialException(file, "unreadable revocation list", e);
        }
    }

    /** {@code crl} in PEM, as Fabric's MSP configuration carries it. */
    public static byte[] pem(final X509CRL crl) {
        final StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(PEM_TYPE, crl.getEncoded()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode a revocation list", e);
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
