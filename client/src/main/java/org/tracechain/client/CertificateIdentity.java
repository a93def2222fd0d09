// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import org.hyperledger.fabric.client.identity.Identity;

/**
 * A Fabric identity: MSP id and PEM certificate. The same credentials as fabric-gateway's {@code X509Identity},
 * encoded with the JDK instead of BouncyCastle's PEM writer.
 */
final class CertificateIdentity implements Identity {

    private final String mspId;
    private final byte[] credentials;

    CertificateIdentity(final String mspId, final X509Certificate certificate) {
        this.mspId = mspId;
        try {
            this.credentials = Pem.certificateText(certificate).getBytes(StandardCharsets.US_ASCII);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("certificate of " + mspId + " cannot be encoded: " + e.getMessage(), e);
        }
    }

    @Override
    public String getMspId() {
        return mspId;
    }

    @Override
    public byte[] getCredentials() {
        return credentials.clone();
    }

    @Override
    public String toString() {
        return "CertificateIdentity[" + mspId + "]";
    }
}
