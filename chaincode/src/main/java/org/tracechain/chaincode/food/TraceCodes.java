// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The printable identities of a lot: a QR-friendly 追溯码 and a GS1 Digital Link (or URN).
 *
 * <p>The trace code is {@code TC} + 20 RFC 4648 base32 characters of SHA-256("tracechain:lot:" + lotId):
 * upper-case letters and digits only, so it fits QR alphanumeric mode and is read aloud without ambiguity
 * of case. It is deterministic (every endorser derives the same code) and indexed for lookup.
 */
final class TraceCodes {

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    /** GS1 AI (10) batch/lot is at most 20 characters. */
    private static final int GS1_LOT_MAX = 20;

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

    /** {@code https://id.gs1.org/01/{gtin14}/10/{lot}} for a GTIN product code, else a tracechain URN. */
    static String digitalLink(final String productCode, final String lotId) {
        final Optional<String> gtin = gtin14(productCode);
        if (gtin.isPresent() && lotId.length() <= GS1_LOT_MAX) {
            return "https://id.gs1.org/01/" + gtin.get() + "/10/" + percentEncode(lotId);
        }
        return "urn:tracechain:lot:" + percentEncode(productCode) + ":" + percentEncode(lotId);
    }

    /** A GTIN-8/12/13/14 with a valid check digit, left-padded to 14 digits. */
    static Optional<String> gtin14(final String code) {
        if (code == null || !code.matches("\\d{8}|\\d{12,14}")) {
            return Optional.empty();
        }
        final String padded = "0".repeat(14 - code.length()) + code;
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            final int digit = padded.charAt(i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        final int check = (10 - sum % 10) % 10;
        return check == padded.charAt(13) - '0' ? Optional.of(padded) : Optional.empty();
    }

    private static String percentEncode(final String value) {
        final StringBuilder out = new StringBuilder();
        for (final byte b : value.getBytes(StandardCharsets.UTF_8)) {
            final char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
