// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.error.CommonError;

/**
 * Input validation for foodtrace: the shared {@link Fields} checks plus explicit size limits, decimals that
 * cannot blow up ({@code 1e999999999}), hashes and event times. Every refusal uses a common code
 * ({@link CommonError}); the domain rules in the services add the foodtrace ones.
 */
final class FoodInput {

    static final int NAME_MAX = 256;
    static final int TEXT_MAX = 1024;
    static final int URI_MAX = 2048;
    static final int DOCUMENTS_MAX = 20;
    static final int TRANSFORM_SIDE_MAX = 100;
    static final int LOTS_PER_EVENT_MAX = 200;
    static final int SERIALS_MAX = 1000;
    static final int READINGS_MAX = 1000;
    static final int AUTHORITIES_MAX = 20;
    static final int MEMBERS_MAX = 64;
    static final int PAGE_DEFAULT = 100;
    static final int PAGE_MAX = 500;
    /** Largest integer part of any decimal (quantities, results, readings). */
    private static final int INTEGER_DIGITS_MAX = 18;
    private static final int SCALE_MAX = 6;
    /** Clients may declare event times slightly ahead of the proposal timestamp (clock skew). */
    private static final Duration FUTURE_SKEW = Duration.ofMinutes(10);
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private FoodInput() {}

    static String id(final String field, final String value) {
        return Fields.id(field, value);
    }

    static String optionalId(final String field, final String value) {
        return value == null ? null : Fields.id(field, value);
    }

    static String text(final String field, final String value, final int max) {
        return Fields.text(field, value, max);
    }

    static String optionalText(final String field, final String value, final int max) {
        return Fields.optionalText(field, value, max);
    }

    static void required(final String field, final Object value) {
        if (value == null) {
            throw Fields.invalid("%s is required", field);
        }
    }

    /** A decimal of any sign, bounded in digits; normalised so equal amounts have equal JSON. */
    static BigDecimal decimal(final String field, final BigDecimal value) {
        required(field, value);
        // Checked on precision/scale only: toPlainString of 1e999999999 would allocate a gigabyte.
        // The messages give digit counts, not the value: a refused value can be too long to print usefully.
        if (value.precision() - value.scale() > INTEGER_DIGITS_MAX) {
            throw Fields.invalid("%s has %d integer digits; at most %d are allowed", field,
                    (long) value.precision() - value.scale(), INTEGER_DIGITS_MAX);
        }
        final BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > SCALE_MAX) {
            throw Fields.invalid("%s has %d decimal places; at most %d are allowed", field, stripped.scale(),
                    SCALE_MAX);
        }
        return normalise(stripped);
    }

    static BigDecimal optionalDecimal(final String field, final BigDecimal value) {
        return value == null ? null : decimal(field, value);
    }

    /** A positive, bounded, normalised amount. */
    static BigDecimal quantity(final String field, final BigDecimal value) {
        final BigDecimal amount = decimal(field, value);
        if (amount.signum() <= 0) {
            throw Fields.invalid("%s must be positive, was %s", field, amount.toPlainString());
        }
        return amount;
    }

    /** Trailing zeros stripped (and no negative scale), so equal amounts have equal JSON and hash identically. */
    static BigDecimal normalise(final BigDecimal value) {
        final BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A list that may be absent (→ empty) with at most {@code max} non-null elements. */
    static <T> List<T> list(final String field, final List<T> values, final int max) {
        return Fields.list(field, values, max);
    }

    /** As {@link #list} but with at least one element. */
    static <T> List<T> nonEmptyList(final String field, final List<T> values, final int max) {
        final List<T> out = list(field, values, max);
        if (out.isEmpty()) {
            throw Fields.invalid("%s needs at least one entry", field);
        }
        return out;
    }

    /** Distinct identifiers, in the given order. */
    static List<String> ids(final String field, final List<String> values, final int max, final boolean required) {
        final List<String> raw = required ? nonEmptyList(field, values, max) : list(field, values, max);
        final List<String> out = new ArrayList<>(raw.size());
        final Set<String> seen = new HashSet<>();
        for (final String value : raw) {
            id(field, value);
            if (!seen.add(value)) {
                throw Refusal.of(CommonError.DUPLICATE_VALUE, "%s lists %s twice", field, value);
            }
            out.add(value);
        }
        return List.copyOf(out);
    }

    /**
     * A hex SHA-256 in lower case, as {@code sha256sum} prints it. Upper case is refused rather than folded, so a
     * stored hash is always exactly the one sent.
     */
    static String hash(final String field, final String value) {
        required(field, value);
        if (!HASH.matcher(value).matches()) {
            throw Fields.invalid("%s must be 64 lower-case hexadecimal digits (SHA-256)", field);
        }
        return value;
    }

    /** Distinct document hashes (at most {@value #DOCUMENTS_MAX}), lower case. */
    static List<String> hashes(final String field, final List<String> values) {
        final List<String> raw = list(field, values, DOCUMENTS_MAX);
        final List<String> out = new ArrayList<>();
        for (final String value : raw) {
            final String hash = hash(field, value);
            if (out.contains(hash)) {
                throw Refusal.of(CommonError.DUPLICATE_VALUE, "%s lists %s twice", field, hash);
            }
            out.add(hash);
        }
        return List.copyOf(out);
    }

    /** The declared event time, defaulting to the transaction time; not in the future, not before 2000. */
    static Instant eventTime(final Instant declared, final Instant txTime) {
        if (declared == null) {
            return txTime;
        }
        if (declared.isAfter(txTime.plus(FUTURE_SKEW))) {
            throw Fields.invalid("eventTime %s is in the future (transaction time %s)",
                    declared, txTime);
        }
        if (declared.isBefore(EARLIEST)) {
            throw Fields.invalid("eventTime %s is before %s", declared, EARLIEST);
        }
        return declared;
    }

    static int pageSize(final Integer requested) {
        if (requested == null) {
            return PAGE_DEFAULT;
        }
        if (requested < 1 || requested > PAGE_MAX) {
            throw Fields.invalid("pageSize must be 1-%d, was %d", PAGE_MAX, requested);
        }
        return requested;
    }

    /** Bookmarks are ledger keys (they contain U+0000), so only their length is checked. */
    static String bookmark(final String bookmark) {
        if (bookmark != null && bookmark.length() > TEXT_MAX) {
            throw Refusal.of(CommonError.FIELD_TOO_LONG, "bookmark is longer than %d characters", TEXT_MAX);
        }
        return bookmark == null ? "" : bookmark;
    }
}
