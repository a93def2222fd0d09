// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.identifier;

import java.util.Optional;

/**
 * The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015: registration authority (1),
 * entity category (1), administrative division (6 digits, GB/T 2260), organisation code (9, GB 11714) and a
 * check character computed over the first 17 with weights 3<sup>i</sup> mod 31 in the 31-character alphabet
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z).
 *
 * <p>Only the structure and the GB 32100 check character are verified; whether a registration authority issued
 * the code is not something a ledger can know.
 */
public final class UnifiedSocialCreditCode {

    /** GB 32100-2015 table 1: the code's alphabet, in value order (a character's index is its value). */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int LENGTH = 18;
    private static final int MODULUS = 31;

    private UnifiedSocialCreditCode() {}

    /** The problem with {@code value} as a unified social credit code, or empty when it is valid. */
    public static Optional<String> problem(final String value) {
        if (value == null) {
            return Optional.of("a unified social credit code is required");
        }
        if (value.length() != LENGTH) {
            return Optional.of("a unified social credit code has 18 characters, not " + value.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return Optional.of("position " + (i + 1) + " of a unified social credit code must be a digit or an "
                        + "upper-case letter other than I, O, S, V and Z");
            }
        }
        for (int i = 2; i < 8; i++) {
            final char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("positions 3-8 of a unified social credit code are the administrative division "
                        + "code (digits); position " + (i + 1) + " is not a digit");
            }
        }
        final char expected = checkCharacter(value.substring(0, LENGTH - 1));
        if (value.charAt(LENGTH - 1) != expected) {
            return Optional.of("unified social credit code " + value + " has check character "
                    + value.charAt(LENGTH - 1) + "; GB 32100-2015 gives " + expected);
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters (which must be in the alphabet). */
    public static char checkCharacter(final String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < first17.length(); i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % MODULUS;
        }
        return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }
}
