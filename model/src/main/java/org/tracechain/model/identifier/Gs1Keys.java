// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.identifier;

import java.util.Optional;

/**
 * GS1 identification keys as the GS1 General Specifications define them: the numeric keys (GTIN, GLN and party
 * GLN, SSCC) with their mod-10 check digit, and the alphanumeric AI values that qualify them (batch/lot AI 10,
 * serial AI 21, GLN extension AI 254) in GS1 AI encodable character set 82 with their maximum lengths.
 *
 * <p>Each check returns the problem as a sentence, or empty when the value is valid; it never repairs a value
 * (no padding, trimming or case folding). The chaincode turns a problem into a refusal, the client into an
 * error before anything is sent.
 */
public final class Gs1Keys {

    /** AI (10) batch/lot, AI (21) serial and AI (254) GLN extension are each at most 20 characters. */
    public static final int AI_VALUE_MAX = 20;

    /** GS1 AI encodable character set 82 (General Specifications, figure 7.11-1). */
    private static final String CSET_82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    private Gs1Keys() {}

    /** A GTIN-8, GTIN-12, GTIN-13 or GTIN-14: digits only, one of those lengths, correct check digit. */
    public static Optional<String> gtinProblem(final String value) {
        if (value == null) {
            return Optional.of("a GTIN is required");
        }
        final int length = value.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            return Optional.of("a GTIN has 8, 12, 13 or 14 digits, not " + length + " characters");
        }
        return numericKeyProblem("GTIN", value);
    }

    /** A GLN (AI 414) or party GLN (AI 417): 13 digits with a correct check digit. */
    public static Optional<String> glnProblem(final String value) {
        return fixedLengthKeyProblem("GLN", value, 13);
    }

    /** An SSCC (AI 00): 18 digits with a correct check digit. */
    public static Optional<String> ssccProblem(final String value) {
        return fixedLengthKeyProblem("SSCC", value, 18);
    }

    /**
     * An alphanumeric AI value such as a batch/lot number (AI 10), serial number (AI 21) or GLN extension
     * (AI 254): 1 to {@value #AI_VALUE_MAX} characters of character set 82.
     *
     * @param what the AI's name for the message, e.g. {@code "batch/lot (AI 10)"}
     */
    public static Optional<String> aiValueProblem(final String what, final String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(what + " is empty");
        }
        if (value.length() > AI_VALUE_MAX) {
            return Optional.of(what + " has " + value.length() + " characters; GS1 allows at most " + AI_VALUE_MAX);
        }
        for (int i = 0; i < value.length(); i++) {
            if (CSET_82.indexOf(value.charAt(i)) < 0) {
                return Optional.of(what + " has a character outside GS1 character set 82 at position " + (i + 1)
                        + " (U+" + String.format("%04X", (int) value.charAt(i)) + ")");
            }
        }
        return Optional.empty();
    }

    /** A valid GTIN as the 14 digits of AI (01): left-padded with zeros (GTIN-8/12/13 are GTIN-14 subsets). */
    public static String gtin14(final String validGtin) {
        return "0".repeat(14 - validGtin.length()) + validGtin;
    }

    /** The GS1 mod-10 check digit of {@code digits} (the key without its check digit). */
    public static int checkDigit(final String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            final int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? 3 * digit : digit;
        }
        return (10 - sum % 10) % 10;
    }

    private static Optional<String> fixedLengthKeyProblem(final String name, final String value, final int length) {
        if (value == null) {
            return Optional.of("a " + name + " is required");
        }
        if (value.length() != length) {
            return Optional.of("a " + name + " has " + length + " digits, not " + value.length() + " characters");
        }
        return numericKeyProblem(name, value);
    }

    private static Optional<String> numericKeyProblem(final String name, final String value) {
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("a " + name + " has digits only; position " + (i + 1) + " is not a digit");
            }
        }
        final int expected = checkDigit(value.substring(0, value.length() - 1));
        final int actual = value.charAt(value.length() - 1) - '0';
        if (expected != actual) {
            return Optional.of(name + " " + value + " has check digit " + actual + "; GS1 mod-10 gives " + expected);
        }
        return Optional.empty();
    }
}
