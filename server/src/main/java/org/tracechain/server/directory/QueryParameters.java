// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.tracechain.model.text.StrictText;
import org.tracechain.server.http.ApiProblem;

/**
 * The query parameters of one request, read from the raw query string exactly: percent escapes are decoded as
 * strict UTF-8 ({@code INVALID_ENCODING} otherwise, never U+FFFD), a name the endpoint does not take or a name
 * given twice is {@code UNKNOWN_PARAMETER}, an empty value or an ill-formed one {@code INVALID_FIELD}. Values are
 * returned as sent; nothing is trimmed or case-folded.
 */
final class QueryParameters {

    /** Page size: 1-200 written plainly (no sign, no leading zero), as the chaincode's queries take it. */
    private static final Pattern PAGE_SIZE = Pattern.compile("[1-9][0-9]{0,2}");
    private static final int MAX_PAGE_SIZE = 200;
    /** The chaincode's identifier alphabet. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/+-]*");
    static final int IDENTIFIER_MAX = 128;

    private final Map<String, String> values;

    private QueryParameters(final Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads and checks the request's query string.
     *
     * @param ctx the request
     * @param allowed the names this endpoint takes
     * @return the parameters
     * @throws ApiProblem for anything not exactly right
     */
    static QueryParameters of(final Context ctx, final String... allowed) {
        final Set<String> names = Set.of(allowed);
        final String raw = ctx.queryString();
        final Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return new QueryParameters(values);
        }
        for (final String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) {
                throw DirectoryProblems.invalid("the query string has an empty parameter (a stray '&')");
            }
            final int equals = pair.indexOf('=');
            final String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (!names.contains(name)) {
                throw DirectoryProblems.unknownParameter("unknown query parameter '" + printable(name)
                        + "'; this endpoint takes " + String.join(", ", new TreeSet<>(names)));
            }
            if (values.containsKey(name)) {
                throw DirectoryProblems.unknownParameter("query parameter '" + name + "' is given more than once");
            }
            final String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (value.isEmpty()) {
                throw DirectoryProblems.invalid("query parameter '" + name + "' is empty");
            }
            values.put(name, value);
        }
        return new QueryParameters(values);
    }

    /** @return the value as sent, or null when absent */
    String text(final String name) {
        return values.get(name);
    }

    /** @return whether the parameter was given */
    boolean has(final String name) {
        return values.containsKey(name);
    }

    /** An identifier (department code, grant id ...) in the chaincode's alphabet, or null when absent. */
    String identifier(final String name) {
        final String value = values.get(name);
        if (value != null) {
            checkIdentifier(name, value);
        }
        return value;
    }

    /** {@code pageSize}: 1-200, or null when absent (the chaincode's default applies). */
    Integer pageSize() {
        final String value = values.get("pageSize");
        if (value == null) {
            return null;
        }
        if (!PAGE_SIZE.matcher(value).matches() || Integer.parseInt(value) > MAX_PAGE_SIZE) {
            throw DirectoryProblems.invalid("pageSize must be a whole number from 1 to " + MAX_PAGE_SIZE);
        }
        return Integer.valueOf(value);
    }

    /** {@code bookmark}: exactly as the previous page returned it, or null for the first page. */
    String bookmark() {
        return values.get("bookmark");
    }

    /** An enum constant named exactly (case-sensitive), or null when absent. */
    <E extends Enum<E>> E constant(final String name, final Class<E> type) {
        final String value = values.get(name);
        if (value == null) {
            return null;
        }
        for (final E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw DirectoryProblems.invalid(name + " must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** One of the given words exactly (case-sensitive), or null when absent. */
    String word(final String name, final String... words) {
        final String value = values.get(name);
        if (value != null && !List.of(words).contains(value)) {
            throw DirectoryProblems.invalid(name + " must be one of " + String.join(", ", words));
        }
        return value;
    }

    /** An ISO-8601 instant with its offset ({@code 2026-03-02T01:00:00Z}), or null when absent. */
    Instant instant(final String name) {
        final String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw DirectoryProblems.invalid(name + " must be an ISO-8601 instant such as 2026-03-02T01:00:00Z");
        }
    }

    /** Exactly one of {@code names} must be given; returns it. */
    String exactlyOneOf(final String... names) {
        final List<String> given = Arrays.stream(names).filter(values::containsKey).toList();
        if (given.size() != 1) {
            throw DirectoryProblems.invalid("give exactly one of " + String.join(", ", names)
                    + (given.isEmpty() ? "" : "; got " + String.join(", ", given)));
        }
        return given.get(0);
    }

    /**
     * Checks an id from the path or the query against the chaincode's identifier alphabet, so that text the
     * server's URL decoding could have altered never reaches the Gateway.
     */
    static String checkIdentifier(final String name, final String value) {
        if (value.length() > IDENTIFIER_MAX) {
            throw DirectoryProblems.tooLong(name + " is longer than " + IDENTIFIER_MAX + " characters");
        }
        if (!IDENTIFIER.matcher(value).matches()) {
            throw DirectoryProblems.invalid(name + " must be letters, digits and . _ : / + - "
                    + "(starting with a letter or digit)");
        }
        return value;
    }

    /** application/x-www-form-urlencoded decoding, strict: bad escapes and invalid UTF-8 are refused. */
    private static String decode(final String raw) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            final int c = raw.codePointAt(i);
            if (c == '+') {
                bytes.write(' ');
                i++;
            } else if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw DirectoryProblems.invalid("the query string has a malformed percent escape");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 3;
            } else {
                final byte[] encoded = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(c);
            }
        }
        try {
            return StrictText.decode(bytes.toByteArray());
        } catch (CharacterCodingException e) {
            throw new ApiProblem(400, "INVALID_ENCODING", "a query parameter is not valid UTF-8 once decoded");
        }
    }

    /** A name for a message: at most 64 characters, control characters shown as '?'. */
    private static String printable(final String name) {
        final String cut = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        return cut.codePoints().map(cp -> Character.isISOControl(cp) ? '?' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
