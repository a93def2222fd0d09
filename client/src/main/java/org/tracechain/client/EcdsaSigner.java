// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPrivateKey;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.hyperledger.fabric.client.identity.Signer;

/**
 * Signs a digest with ECDSA, low-S as Fabric requires; what fabric-gateway's {@code Signers.newPrivateKeySigner}
 * does for EC keys, without instantiating a BouncyCastle provider (half a second of every command line's start-up).
 *
 * <p>A submit signs three times (proposal, transaction, commit status request), and signing was most of a
 * client's CPU: the JDK 17 signer (SunEC) takes about 3 ms a signature. The first {@value #JDK_SIGNATURES}
 * signatures are the JDK's, which costs a command line nothing to start; after them {@link FixedBaseEcdsa} signs
 * in a tenth of the time, once it has spent about 100 ms on its classes and tables, which a long-running client
 * (the HTTP server, the benchmark, an application) earns back within a few dozen submits. Both sign with a random
 * nonce and give the same encoding.
 */
final class EcdsaSigner implements Signer {

    /** Signatures of a command line: a submit's three, with room to spare. */
    static final int JDK_SIGNATURES = 8;

    private static final String ALGORITHM = "NONEwithECDSA";
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;

    private final ECPrivateKey key;
    private final BigInteger order;
    private final AtomicLong signatures = new AtomicLong();
    /** Made on first use after the JDK's share; empty for a curve it does not cover (the JDK signs on). */
    private volatile Optional<FixedBaseEcdsa> fixedBase;

    EcdsaSigner(final ECPrivateKey key) {
        this.key = key;
        this.order = key.getParams().getOrder();
    }

    @Override
    public byte[] sign(final byte[] digest) throws GeneralSecurityException {
        if (signatures.getAndIncrement() >= JDK_SIGNATURES) {
            final Optional<FixedBaseEcdsa> fast = fixedBase();
            if (fast.isPresent()) {
                try {
                    return fast.get().sign(digest);
                } catch (IOException e) {
                    throw new SignatureException("DER encoding of the signature failed", e);
                }
            }
        }
        final Signature signature = Signature.getInstance(ALGORITHM);
        signature.initSign(key);
        signature.update(digest);
        return lowS(signature.sign(), order);
    }

    private Optional<FixedBaseEcdsa> fixedBase() {
        Optional<FixedBaseEcdsa> fast = fixedBase;
        if (fast == null) {
            // Two threads may both make one: the same key, so either is right.
            fast = FixedBaseEcdsa.forKey(key);
            fixedBase = fast;
        }
        return fast;
    }

    /** A DER signature (r, s) re-encoded as (r, n - s) when s is in the upper half of the curve order n. */
    static byte[] lowS(final byte[] der, final BigInteger order) throws SignatureException {
        final DerReader reader = new DerReader(der);
        reader.expect(SEQUENCE);
        final int sequenceEnd = reader.length() + reader.position;
        final BigInteger r = reader.integer();
        final BigInteger s = reader.integer();
        if (reader.position != sequenceEnd || sequenceEnd != der.length) {
            throw new SignatureException("not a DER ECDSA signature");
        }
        if (s.compareTo(order.shiftRight(1)) <= 0) {
            return der;
        }
        final byte[] rBytes = r.toByteArray();
        final byte[] sBytes = order.subtract(s).toByteArray();
        final byte[] content = new byte[1 + lengthSize(rBytes.length) + rBytes.length
                + 1 + lengthSize(sBytes.length) + sBytes.length];
        int at = 0;
        at = put(content, at, INTEGER, rBytes);
        put(content, at, INTEGER, sBytes);
        final byte[] encoded = new byte[1 + lengthSize(content.length) + content.length];
        put(encoded, 0, SEQUENCE, content);
        return encoded;
    }

    private static int put(final byte[] target, final int offset, final int tag, final byte[] content) {
        int at = offset;
        target[at++] = (byte) tag;
        final int size = lengthSize(content.length);
        if (size == 1) {
            target[at++] = (byte) content.length;
        } else {
            target[at++] = (byte) (0x80 | (size - 1));
            for (int shift = 8 * (size - 2); shift >= 0; shift -= 8) {
                target[at++] = (byte) (content.length >>> shift);
            }
        }
        System.arraycopy(content, 0, target, at, content.length);
        return at + content.length;
    }

    /** Bytes of a DER length: one below 128, else one plus the bytes of the length. */
    private static int lengthSize(final int length) {
        if (length < 0x80) {
            return 1;
        }
        return length < 0x100 ? 2 : 3;
    }

    /** Just enough DER to read a signature. */
    private static final class DerReader {
        private final byte[] der;
        private int position;

        DerReader(final byte[] der) {
            this.der = der;
        }

        void expect(final int tag) throws SignatureException {
            if (position >= der.length || (der[position++] & 0xff) != tag) {
                throw new SignatureException("not a DER ECDSA signature");
            }
        }

        int length() throws SignatureException {
            if (position >= der.length) {
                throw new SignatureException("truncated DER signature");
            }
            final int first = der[position++] & 0xff;
            if (first < 0x80) {
                return first;
            }
            final int bytes = first & 0x7f;
            if (bytes == 0 || bytes > 2 || position + bytes > der.length) {
                throw new SignatureException("bad DER length in signature");
            }
            int length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | (der[position++] & 0xff);
            }
            return length;
        }

        BigInteger integer() throws SignatureException {
            expect(INTEGER);
            final int length = length();
            if (length == 0 || position + length > der.length) {
                throw new SignatureException("bad DER integer in signature");
            }
            final byte[] value = new byte[length];
            System.arraycopy(der, position, value, 0, length);
            position += length;
            return new BigInteger(value);
        }
    }
}
