// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.junit.jupiter.api.Test;

class LowSSignerTest {

    private static final byte[] MESSAGE = {7, 8, 9};

    @Test
    void high_s_signatures_are_flipped_and_still_verify_while_low_s_ones_are_kept() throws Exception {
        final KeyPair keys = CertificateAuthority.newKeyPair();
        final BigInteger order = ((ECPrivateKey) keys.getPrivate()).getParams().getOrder();
        int flipped = 0;
        for (int i = 0; i < 40; i++) {
            final Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(MESSAGE);
            final byte[] original = signer.sign();

            final byte[] normalised = LowSSigner.toLowS(original, order);

            assertThat(s(normalised)).isLessThanOrEqualTo(order.shiftRight(1));
            if (s(original).compareTo(order.shiftRight(1)) > 0) {
                flipped++;
                assertThat(s(normalised)).isEqualTo(order.subtract(s(original)));
            } else {
                assertThat(normalised).isEqualTo(original);
            }
            final Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(keys.getPublic());
            verifier.update(MESSAGE);
            assertThat(verifier.verify(normalised)).isTrue();
        }
        assertThat(flipped).as("about half of random signatures are high-S").isBetween(1, 39);
    }

    private static BigInteger s(final byte[] der) {
        return ASN1Integer.getInstance(ASN1Sequence.getInstance(der).getObjectAt(1)).getValue();
    }
}
