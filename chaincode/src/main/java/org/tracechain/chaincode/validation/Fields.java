// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.validation;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.ErrorCode;

/**
 * Field checks that refuse bad input with the domain's {@code INVALID_FIELD}-style code, naming the field.
 * Identifiers are restricted to a safe alphabet because they become parts of composite keys.
 */
public final class Fields {

    /** Identifier alphabet: no separators, no control characters (composite keys use U+0000). */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/+-]{0,127}");

    private final ErrorCode invalid;

    public Fields(final ErrorCode invalid) {
        this.invalid = invalid;
    }

    /** A required identifier (codes, ids): 1-128 characters of {@code [A-Za-z0-9._:/+-]}. */
    public String id(final String field, final String value) {
        text(field, value, 128);
        if (!IDENTIFIER.matcher(value).matches()) {
            throw Refusal.of(invalid, "%s '%s' must be 1-128 characters of letters, digits and . _ : / + -", field,
                    value);
        }
        return value;
    }

    /** A required free text of at most {@code maxLength} characters, without control characters. */
    public String text(final String field, final String value, final int maxLength) {
        if (value == null || value.isBlank()) {
            throw Refusal.of(invalid, "%s is required", field);
        }
        return optionalText(field, value, maxLength);
    }

    /** An optional free text (null allowed) of at most {@code maxLength} characters. */
    public String optionalText(final String field, final String value, final int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            throw Refusal.of(invalid, "%s is longer than %d characters", field, maxLength);
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw Refusal.of(invalid, "%s contains control characters", field);
        }
        return value;
    }

    /** A required positive decimal amount. */
    public BigDecimal positive(final String field, final BigDecimal value) {
        if (value == null) {
            throw Refusal.of(invalid, "%s is required", field);
        }
        // Bound the magnitude before anything renders the number: 1e999999999 has one digit of precision
        // but a billion characters in plain notation.
        if (value.precision() - value.scale() > 24 || value.scale() > 6 || value.precision() > 30) {
            throw Refusal.of(invalid, "%s must have at most 24 integer digits and 6 decimals", field);
        }
        if (value.signum() <= 0) {
            throw Refusal.of(invalid, "%s must be positive, was %s", field, value.toPlainString());
        }
        return value.stripTrailingZeros();
    }
}
