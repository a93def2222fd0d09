// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.validation;

import java.util.List;
import java.util.regex.Pattern;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.text.StrictText;

/**
 * Field checks shared by every chaincode, refusing with the common codes and naming the field: a missing, blank
 * or ill-formed value is {@code INVALID_FIELD}, an over-long one {@code FIELD_TOO_LONG}, an over-long list
 * {@code TOO_MANY_VALUES}, text without a UTF-8 form {@code INVALID_ENCODING}. Values are returned exactly as
 * sent, never trimmed, case-folded or dropped. Identifiers are restricted to a safe alphabet because they become
 * parts of composite keys.
 */
public final class Fields {

    /** Longest identifier. */
    public static final int ID_MAX = 128;

    /** Identifier alphabet: no separators, no control characters (composite keys use U+0000). */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/+-]*");

    private Fields() {}

    /** A required identifier (codes, ids): 1-128 characters of {@code [A-Za-z0-9._:/+-]}, starting alphanumeric. */
    public static String id(final String field, final String value) {
        if (isId(value)) {
            return value;
        }
        if (value == null || value.isEmpty()) {
            throw invalid("%s is required", field);
        }
        if (value.length() > ID_MAX) {
            throw Refusal.of(CommonError.FIELD_TOO_LONG, "%s is longer than %d characters", field, ID_MAX);
        }
        throw invalid("%s '%s' must be letters, digits and . _ : / + - (starting with a letter or digit)", field,
                printable(value));
    }

    /** Whether {@link #id} would accept {@code value}: for reading ahead what a request names before checking it. */
    public static boolean isId(final String value) {
        return value != null && !value.isEmpty() && value.length() <= ID_MAX && IDENTIFIER.matcher(value).matches();
    }

    /** An optional identifier: null (absent) or as {@link #id}. */
    public static String optionalId(final String field, final String value) {
        return value == null ? null : id(field, value);
    }

    /** A required free text of at most {@code max} characters, not blank, without control characters. */
    public static String text(final String field, final String value, final int max) {
        if (missing(value)) {
            throw invalid("%s is required", field);
        }
        return optionalText(field, value, max);
    }

    /**
     * An optional free text: null (absent), or a non-blank text of at most {@code max} characters without control
     * characters other than newline and tab. A blank text is refused rather than silently treated as absent.
     */
    public static String optionalText(final String field, final String value, final int max) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            throw invalid("%s is blank; leave it out instead", field);
        }
        if (value.length() > max) {
            throw Refusal.of(CommonError.FIELD_TOO_LONG, "%s is longer than %d characters", field, max);
        }
        if (StrictText.unpairedSurrogate(value).isPresent()) {
            throw Refusal.of(CommonError.INVALID_ENCODING, "%s holds an unpaired surrogate, which has no UTF-8 form",
                    field);
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw invalid("%s contains control characters", field);
        }
        return value;
    }

    /** Whether a text is absent or blank (for rules with their own "required" code). */
    public static boolean missing(final String value) {
        return value == null || value.isBlank();
    }

    /** A list that may be absent (returned empty) with at most {@code max} non-null elements. */
    public static <T> List<T> list(final String field, final List<T> values, final int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw Refusal.of(CommonError.TOO_MANY_VALUES, "%s has %d values; the limit is %d", field, values.size(),
                    max);
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw invalid("%s[%d] is null", field, i);
            }
        }
        return List.copyOf(values);
    }

    /** An {@code INVALID_FIELD} refusal. */
    public static RuntimeException invalid(final String format, final Object... args) {
        return Refusal.of(CommonError.INVALID_FIELD, format, args);
    }

    /** A value for a message: at most 64 characters, so a refusal never echoes a huge input. */
    private static String printable(final String value) {
        return value.length() <= 64 ? value : value.substring(0, 64) + "…";
    }
}
