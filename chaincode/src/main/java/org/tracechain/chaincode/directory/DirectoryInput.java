// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.directory.DirectoryError;

/**
 * Field checks and the documented size limits of govdir inputs. Missing or malformed values are
 * {@code INVALID_FIELD}, over-long ones {@code FIELD_TOO_LONG}, over-long lists {@code TOO_MANY_VALUES}.
 */
final class DirectoryInput {

    /** Largest JSON argument accepted by any transaction (characters). */
    static final int MAX_ARGUMENT = 256 * 1024;

    static final int MAX_ID = 128;
    static final int MAX_NAME = 256;
    static final int MAX_ITEM_NAME = 128;
    static final int MAX_ITEM_TYPE = 64;
    static final int MAX_NOTE = 1000;
    static final int MAX_SCENARIO = 500;
    static final int MAX_CONDITIONS = 2000;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_BOOKMARK = 1024;

    static final int MAX_DUTIES_PER_ENTRY = 20;
    static final int MAX_THEMES = 10;
    static final int MAX_ITEMS = 200;
    static final int MAX_MSP_IDS = 16;

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    /** Ledger timestamps outside these years are refused, so date arithmetic cannot overflow. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /** Identifier alphabet: composite-key safe (no U+0000), no spaces. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/+-]*");

    private DirectoryInput() {}

    /** A required identifier: 1-128 characters of letters, digits and {@code . _ : / + -}. */
    static String id(final String field, final String value) {
        if (value == null || value.isEmpty()) {
            throw invalid("%s is required", field);
        }
        if (value.length() > MAX_ID) {
            throw Refusal.of(DirectoryError.FIELD_TOO_LONG, "%s is longer than %d characters", field, MAX_ID);
        }
        if (!IDENTIFIER.matcher(value).matches()) {
            throw invalid("%s '%s' must be letters, digits and . _ : / + - (starting with a letter or digit)", field,
                    value);
        }
        return value;
    }

    static String optionalId(final String field, final String value) {
        return value == null ? null : id(field, value);
    }

    /** A required text: not blank, at most {@code max} characters, no control characters. */
    static String text(final String field, final String value, final int max) {
        if (value == null || value.isBlank()) {
            throw invalid("%s is required", field);
        }
        return optionalText(field, value, max);
    }

    /** An optional text (null allowed; blank counts as absent). */
    static String optionalText(final String field, final String value, final int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            throw Refusal.of(DirectoryError.FIELD_TOO_LONG, "%s is longer than %d characters", field, max);
        }
        for (int i = 0; i < value.length(); i++) {
            final char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                throw invalid("%s contains control characters", field);
            }
            // Lone surrogates have no UTF-8 form: endorsers would write U+FFFD or fail.
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw invalid("%s contains an unpaired surrogate", field);
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw invalid("%s contains an unpaired surrogate", field);
            }
        }
        return value.isBlank() ? null : value;
    }

    /** A list of at most {@code max} elements; null or empty allowed (callers check emptiness with their own code). */
    static <T> List<T> list(final String field, final List<T> values, final int max) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > max) {
            throw Refusal.of(DirectoryError.TOO_MANY_VALUES, "%s has more than %d values", field, max);
        }
        for (final T value : values) {
            if (value == null) {
                throw invalid("%s contains null", field);
            }
        }
        return values;
    }

    /** An optional timestamp within the supported years. */
    static Instant optionalInstant(final String field, final Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(LATEST))) {
            throw invalid("%s must lie between %s and %s", field, EARLIEST, LATEST);
        }
        return value;
    }

    static Integer optionalVersion(final String field, final Integer value) {
        if (value != null && value < 1) {
            throw invalid("%s must be at least 1", field);
        }
        return value;
    }

    static int pageSize(final Integer value) {
        if (value == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (value < 1 || value > MAX_PAGE_SIZE) {
            throw invalid("pageSize must be 1-%d", MAX_PAGE_SIZE);
        }
        return value;
    }

    static String bookmark(final String value) {
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_BOOKMARK) {
            throw Refusal.of(DirectoryError.FIELD_TOO_LONG, "bookmark is longer than %d characters", MAX_BOOKMARK);
        }
        return value;
    }

    static RuntimeException invalid(final String format, final Object... args) {
        return Refusal.of(DirectoryError.INVALID_FIELD, format, args);
    }
}
