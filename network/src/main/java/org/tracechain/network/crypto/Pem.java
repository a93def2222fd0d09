// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

/** PEM encoding of certificates and PKCS#8 EC private keys ({@code -----BEGIN PRIVATE KEY-----}). */
final class Pem {

    static final String CERTIFICATE = "CERTIFICATE";
    static final String PRIVATE_KEY = "PRIVATE KEY";

    private Pem() {}

    static byte[] encode(final X509Certificate certificate) {
        try {
            return encode(CERTIFICATE, certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode certificate " + certificate.getSubjectX500Principal(), e);
        }
    }

    static byte[] encode(final PrivateKey key) {
        if (!"PKCS#8".equals(key.getFormat())) {
            throw new IllegalArgumentException("expected a PKCS#8 key, got " + key.getFormat());
        }
        return encode(PRIVATE_KEY, key.getEncoded());
    }

    /** Reads a file holding exactly one certificate. */
    static X509Certificate readCertificate(final Path file) {
        final byte[] der = readSingle(file, CERTIFICATE);
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new CryptoMaterialException(file, "not a valid X.509 certificate", e);
        }
    }

    /** Reads a file holding exactly one PKCS#8 EC private key. */
    static PrivateKey readPrivateKey(final Path file) {
        final byte[] der = readSingle(file, PRIVATE_KEY);
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new CryptoMaterialException(file, "not a valid PKCS#8 EC private key", e);
        }
    }

    private static byte[] encode(final String type, final byte[] der) {
        final StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write PEM to memory", e); // a StringWriter does not fail
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] readSingle(final Path file, final String type) {
        if (!Files.isRegularFile(file)) {
            throw new CryptoMaterialException(file, "incomplete crypto material, missing file");
        }
        try (PemReader reader = new PemReader(new StringReader(Files.readString(file, StandardCharsets.US_ASCII)))) {
            final PemObject object = reader.readPemObject();
            if (object == null || !type.equals(object.getType())) {
                throw new CryptoMaterialException(file, "expected one PEM '" + type + "' block, found "
                        + (object == null ? "none" : "'" + object.getType() + "'"));
            }
            if (reader.readPemObject() != null) {
                throw new CryptoMaterialException(file, "expected exactly one PEM '" + type + "' block, found more");
            }
            return object.getContent();
        } catch (IOException e) {
            throw new CryptoMaterialException(file, "unreadable PEM file", e);
        }
    }
}
