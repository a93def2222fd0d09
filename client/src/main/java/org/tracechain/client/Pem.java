// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.hyperledger.fabric.client.identity.Identities;

/**
 * PEM certificates and keys with the JDK's own providers. Fabric's usual material (X.509 certificates, PKCS#8 EC
 * keys) never touches BouncyCastle, whose signed jars cost about half a second to verify when a command line starts;
 * other key encodings (such as SEC1 {@code EC PRIVATE KEY}) still go through fabric-gateway's BouncyCastle reader.
 */
final class Pem {

    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";
    private static final int LINE_LENGTH = 64;

    private Pem() {}

    /** The first certificate in {@code pem}. */
    static X509Certificate readCertificate(final String pem) throws CertificateException {
        final Certificate certificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        if (certificate instanceof X509Certificate x509) {
            return x509;
        }
        throw new CertificateException("not an X.509 certificate but " + certificate.getType());
    }

    /** The private key in {@code pem}: PKCS#8 EC with the JDK, anything else with BouncyCastle. */
    static PrivateKey readPrivateKey(final String pem) throws IOException, GeneralSecurityException {
        final Optional<byte[]> pkcs8 = block(pem, "PRIVATE KEY");
        if (pkcs8.isPresent()) {
            try {
                return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8.get()));
            } catch (InvalidKeySpecException notEc) {
                // e.g. an Ed25519 key: BouncyCastle below reads every algorithm fabric-gateway can sign with.
            }
        }
        return Identities.readPrivateKey(new StringReader(pem));
    }

    /** {@code certificate} as PEM text, laid out as fabric-gateway's X509Identity writes it. */
    static String certificateText(final X509Certificate certificate) throws CertificateEncodingException {
        final String base64 = Base64.getEncoder().encodeToString(certificate.getEncoded());
        final StringBuilder text = new StringBuilder(BEGIN).append("CERTIFICATE").append(DASHES).append('\n');
        for (int i = 0; i < base64.length(); i += LINE_LENGTH) {
            text.append(base64, i, Math.min(base64.length(), i + LINE_LENGTH)).append('\n');
        }
        return text.append(END).append("CERTIFICATE").append(DASHES).append('\n').toString();
    }

    /** The DER bytes of the first {@code -----BEGIN type-----} block, if there is one. */
    private static Optional<byte[]> block(final String pem, final String type) {
        final String begin = BEGIN + type + DASHES;
        final int start = pem.indexOf(begin);
        final int end = pem.indexOf(END + type + DASHES, Math.max(start, 0));
        if (start < 0 || end < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), end)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
