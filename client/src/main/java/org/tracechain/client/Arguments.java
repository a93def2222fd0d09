// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the builders, so every message reads the same way. */
final class Arguments {

    private static final Pattern NAME = Pattern.compile("(?!\\.{1,2}$)[A-Za-z0-9._-]{1,128}");

    private Arguments() {}

    /** Non-null and not blank; NPE for null, IAE for blank, both naming the argument. */
    static String requireNonBlank(final String value, final String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** A single path component such as an organisation or user name: no separators, no "..". */
    static String requireName(final String value, final String name) {
        requireNonBlank(value, name);
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be letters, digits, '.', '_' or '-' (and not '.' or '..'), got \"" + value + "\"");
        }
        return value;
    }

    static Duration requirePositive(final Duration value, final String name) {
        Objects.requireNonNull(value, name + " must not be null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }

    static long requireNonNegative(final long value, final String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + value);
        }
        return value;
    }

    static <T> T requireNonNull(final T value, final String name) {
        return Objects.requireNonNull(value, name + " must not be null");
    }

    static String[] requireNoNullElements(final String[] values, final String name) {
        Objects.requireNonNull(values, name + " must not be null");
        for (int i = 0; i < values.length; i++) {
            Objects.requireNonNull(values[i], name + "[" + i + "] must not be null");
        }
        return values.clone();
    }
}
