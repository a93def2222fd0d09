// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.math.BigDecimal;
import picocli.CommandLine.TypeConversionException;

/**
 * Decimal options (quantities, results, thresholds) exactly as typed: {@link BigDecimal}, never a double. A value
 * whose plain form is longer than the ledger's JSON reader accepts ({@value #MAX_PLAIN_LENGTH} characters, Jackson's
 * limit) is refused here, with the option named, rather than by the chaincode.
 */
final class DecimalArgument {

    /** Longest number, written out in full, that the chaincode's JSON reader accepts. */
    static final int MAX_PLAIN_LENGTH = 1000;

    private DecimalArgument() {}

    static BigDecimal parse(final String text) {
        final BigDecimal value;
        try {
            value = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + shorten(text) + "' is not a decimal number");
        }
        if (plainLength(value) > MAX_PLAIN_LENGTH) {
            throw new TypeConversionException("'" + shorten(text) + "' has more than " + MAX_PLAIN_LENGTH
                    + " characters written out in full; the ledger does not accept such numbers");
        }
        return value;
    }

    /** Characters of the canonical plain form (trailing zeros dropped), computed without writing it out. */
    static long plainLength(final BigDecimal value) {
        final BigDecimal canonical = value.stripTrailingZeros();
        final long digits = canonical.precision();
        final long scale = canonical.scale();
        final long unsigned = scale <= 0 ? digits - scale : Math.max(digits, scale + 1) + 1;
        return unsigned + (canonical.signum() < 0 ? 1 : 0);
    }

    private static String shorten(final String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
