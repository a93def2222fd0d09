// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Checks existing material before it is reused: every file present and parseable, every key the private
 * half of its certificate, every certificate issued by the organisation's CA, NodeOU and attributes as
 * asked. Failures are {@link CryptoMaterialException}s naming the file.
 */
final class MaterialCheck {

    /** The organisation's signing CA and TLS CA. */
    record Authorities(CertificateAuthority signing, CertificateAuthority tls) {}

    private MaterialCheck() {}

    static Authorities authorities(final OrgMaterial material) {
        return new Authorities(authority(material.caCert(), material.caKey()),
                authority(material.tlsCaCert(), material.tlsCaKey()));
    }

    static void orgMsp(final OrgMaterial material, final Authorities cas) {
        final Path msp = material.orgMspDir();
        sameCertificate(msp.resolve("cacerts").resolve(material.caCertFileName()), cas.signing());
        sameCertificate(msp.resolve("tlscacerts").resolve(material.tlsCaCertFileName()), cas.tls());
        nodeOuConfig(msp.resolve(OrgMaterial.NODE_OU_CONFIG));
    }

    /** Checks one node's or user's directory against what was asked for it. */
    static void identity(final OrgMaterial material, final IdentityFiles files, final Authorities cas,
            final String unit, final Map<String, String> attributes) {
        sameCertificate(files.cacert(material.caCertFileName()), cas.signing());
        sameCertificate(files.tlscacert(material.tlsCaCertFileName()), cas.tls());
        nodeOuConfig(files.nodeOuConfig());
        final X509Certificate signCert = issued(files.signCert(), files.key(), cas.signing());
        final String actualUnit = organisationalUnit(files.signCert(), signCert);
        if (!unit.equals(actualUnit)) {
            throw new CryptoMaterialException(files.signCert(),
                    "certificate has NodeOU '" + actualUnit + "' but '" + unit + "' was asked for");
        }
        final Map<String, String> actualAttributes;
        try {
            actualAttributes = FabricAttributes.decode(signCert);
        } catch (IllegalArgumentException e) {
            throw new CryptoMaterialException(files.signCert(), "unreadable attribute extension", e);
        }
        if (!attributes.equals(actualAttributes)) {
            throw new CryptoMaterialException(files.signCert(), "certificate has attributes " + actualAttributes
                    + " but " + attributes + " were asked for (existing keys are never regenerated)");
        }
        sameCertificate(files.tlsCa(), cas.tls());
        issued(files.tlsCert(), files.tlsKey(), cas.tls());
    }

    /** Checks a TLS-only service identity: the TLS CA copy, and a certificate and key issued by it. */
    static void service(final IdentityFiles files, final Authorities cas) {
        sameCertificate(files.tlsCa(), cas.tls());
        issued(files.tlsCert(), files.tlsKey(), cas.tls());
    }

    private static CertificateAuthority authority(final Path certFile, final Path keyFile) {
        final X509Certificate certificate = Pem.readCertificate(certFile);
        final PrivateKey key = Pem.readPrivateKey(keyFile);
        if (certificate.getBasicConstraints() < 0) {
            throw new CryptoMaterialException(certFile, "not a CA certificate");
        }
        verify(certFile, certificate, certificate, "not a valid self-signed CA certificate");
        if (!CertificateAuthority.matches(key, certificate)) {
            throw new CryptoMaterialException(keyFile, "private key does not belong to " + certFile.getFileName());
        }
        return new CertificateAuthority(certificate, key);
    }

    private static X509Certificate issued(final Path certFile, final Path keyFile, final CertificateAuthority ca) {
        final X509Certificate certificate = Pem.readCertificate(certFile);
        verify(certFile, certificate, ca.certificate(), "certificate not issued by " + ca.certificate()
                .getSubjectX500Principal().getName());
        if (!CertificateAuthority.matches(Pem.readPrivateKey(keyFile), certificate)) {
            throw new CryptoMaterialException(keyFile, "private key does not belong to " + certFile.getFileName());
        }
        return certificate;
    }

    private static void verify(final Path file, final X509Certificate certificate, final X509Certificate issuer,
            final String problem) {
        try {
            certificate.verify(issuer.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new CryptoMaterialException(file, problem, e);
        }
    }

    private static void sameCertificate(final Path file, final CertificateAuthority ca) {
        if (!Pem.readCertificate(file).equals(ca.certificate())) {
            throw new CryptoMaterialException(file, "differs from the organisation's CA certificate "
                    + ca.certificate().getSubjectX500Principal().getName());
        }
    }

    private static void nodeOuConfig(final Path file) {
        try {
            if (!Files.isRegularFile(file) || !Files.readString(file).contains("Enable: true")) {
                throw new CryptoMaterialException(file, "incomplete crypto material, missing or empty NodeOUs config");
            }
        } catch (IOException e) {
            throw new CryptoMaterialException(file, "unreadable NodeOUs config", e);
        }
    }

    static String organisationalUnit(final Path file, final X509Certificate certificate) {
        try {
            String unit = null;
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("OU".equalsIgnoreCase(rdn.getType())) {
                    if (unit != null) {
                        throw new CryptoMaterialException(file, "certificate has more than one OU");
                    }
                    unit = rdn.getValue().toString();
                }
            }
            return unit;
        } catch (InvalidNameException e) {
            throw new CryptoMaterialException(file, "unparseable certificate subject", e);
        }
    }
}
