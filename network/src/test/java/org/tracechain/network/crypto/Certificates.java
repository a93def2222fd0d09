// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

/** Test-side certificate reading with the JDK alone (independent of the production PEM code). */
final class Certificates {

    private Certificates() {}

    static X509Certificate read(final Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
