// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * SHA256withECDSA with the signature's s normalised to the lower half of the curve order. Fabric's MSP
 * rewrites every certificate it deserialises to this form ("sanitizeCert"), so a certificate signed this way
 * is byte-identical to the one Fabric puts in creators and compares identities with.
 */
final class LowSSigner implements ContentSigner {

    private static final String ALGORITHM = "SHA256withECDSA";

    private final ECPrivateKey key;
    private final ByteArrayOutputStream content = new ByteArrayOutputStream();

    LowSSigner(final ECPrivateKey key) {
        this.key = key;
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return new DefaultSignatureAlgorithmIdentifierFinder().find(ALGORITHM);
    }

    @Override
    public OutputStream getOutputStream() {
        return content;
    }

    @Override
    public byte[] getSignature() {
        try {
            final Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(content.toByteArray());
            return toLowS(signer.sign(), key.getParams().getOrder());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot sign with " + ALGORITHM, e);
        }
    }

    /** Re-encodes a DER ECDSA signature (r, s) as (r, n - s) when s is above n / 2. */
    static byte[] toLowS(final byte[] derSignature, final BigInteger order) throws IOException {
        final ASN1Sequence sequence = ASN1Sequence.getInstance(derSignature);
        final BigInteger r = ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue();
        final BigInteger s = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
        if (s.compareTo(order.shiftRight(1)) <= 0) {
            return derSignature;
        }
        final ASN1EncodableVector lowS = new ASN1EncodableVector(2);
        lowS.add(new ASN1Integer(r));
        lowS.add(new ASN1Integer(order.subtract(s)));
        return new DERSequence(lowS).getEncoded(ASN1Encoding.DER);
    }
}
