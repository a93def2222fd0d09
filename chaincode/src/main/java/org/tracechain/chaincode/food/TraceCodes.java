// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.nio.charset.StandardCharsets;
import org.tracechain.model.identifier.Gs1DigitalLink;

/**
 * The printable identities of a lot: a QR-friendly 追溯码 and a GS1 Digital Link (or URN).
 *
 * <p>The trace code is {@code TC} + 20 RFC 4648 base32 characters of SHA-256("tracechain:lot:" + lotId):
 * upper-case letters and digits only, so it fits QR alphanumeric mode and is read aloud without ambiguity
 * of case. It is deterministic (every endorser derives the same code) and indexed for lookup.
 */
final class TraceCodes {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private TraceCodes() {}

    static String traceCode(final String lotId) {
        final byte[] hash = Hashing.sha256(("tracechain:lot:" + lotId).getBytes(StandardCharsets.UTF_8));
        final StringBuilder out = new StringBuilder("TC");
        int buffer = 0;
        int bits = 0;
        for (final byte b : hash) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5 && out.length() < 22) {
                out.append(BASE32[(buffer >> (bits - 5)) & 0x1f]);
                bits -= 5;
            }
            if (out.length() == 22) {
                break;
            }
        }
        return out.toString();
    }

    /**
     * The lot's class URI: the GS1 Digital Link LGTIN {@code https://id.gs1.org/01/{gtin14}/10/{lot}} when the lot
     * has a (validated) GTIN, else {@code urn:tracechain:lot:{productCode}:{lotId}}. The caller has checked that a
     * lot with a GTIN has a lot id GS1 accepts as AI (10), so no identifier is ever dropped here.
     */
    static String digitalLink(final String productCode, final String gtin, final String lotId) {
        if (gtin != null) {
            return Gs1DigitalLink.lgtin(gtin, lotId);
        }
        return "urn:tracechain:lot:" + percentEncode(productCode) + ":" + percentEncode(lotId);
    }

    private static String percentEncode(final String value) {
        return Gs1DigitalLink.percentEncode(value);
    }
}
