// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.time.Instant;
import java.util.List;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.error.CommonError;

/**
 * The documented size limits of govdir inputs and the field checks of {@link Fields} under govdir's names:
 * missing or malformed values are {@code INVALID_FIELD}, over-long ones {@code FIELD_TOO_LONG}, over-long lists
 * {@code TOO_MANY_VALUES}.
 */
final class DirectoryInput {

    static final int MAX_ID = Fields.ID_MAX;
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

    private DirectoryInput() {}

    /** A required identifier: 1-128 characters of letters, digits and {@code . _ : / + -}. */
    static String id(final String field, final String value) {
        return Fields.id(field, value);
    }

    static String optionalId(final String field, final String value) {
        return Fields.optionalId(field, value);
    }

    /** A required text: not blank, at most {@code max} characters, no control characters. */
    static String text(final String field, final String value, final int max) {
        return Fields.text(field, value, max);
    }

    /** An optional text: null, or non-blank (a blank text is refused, not dropped) and within {@code max}. */
    static String optionalText(final String field, final String value, final int max) {
        return Fields.optionalText(field, value, max);
    }

    /**
     * A text a domain rule may require (a reason, conditions, a legal basis): null when absent or blank, so the
     * rule refuses it with its own code. Where the rule does not require it, call {@link #refuseBlank}.
     */
    static String ruleText(final String field, final String value, final int max) {
        return Fields.missing(value) ? null : Fields.optionalText(field, value, max);
    }

    /** Refuses a blank text that was sent where no rule required it (it is never silently dropped). */
    static void refuseBlank(final String field, final String value) {
        if (value != null && value.isBlank()) {
            throw invalid("%s is blank; leave it out instead", field);
        }
    }

    /** A list of at most {@code max} elements; null or empty allowed (callers check emptiness with their own code). */
    static <T> List<T> list(final String field, final List<T> values, final int max) {
        return Fields.list(field, values, max);
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
            throw Refusal.of(CommonError.FIELD_TOO_LONG, "bookmark is longer than %d characters", MAX_BOOKMARK);
        }
        return value;
    }

    static RuntimeException invalid(final String format, final Object... args) {
        return Fields.invalid(format, args);
    }
}
