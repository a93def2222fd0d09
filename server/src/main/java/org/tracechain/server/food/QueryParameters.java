// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tracechain.model.text.StrictText;
import org.tracechain.server.http.ApiProblem;

/**
 * A request's query string, decoded exactly: every name and value is percent-decoded to bytes and read as strict
 * UTF-8 (Jetty's own decoding turns invalid bytes into U+FFFD), {@code +} is a space as in HTML forms, and a
 * parameter named twice, a parameter the endpoint does not know, or text with control characters is refused
 * before anything reaches the ledger or the store.
 */
final class QueryParameters {

    /** Longest value accepted (a page token, a list of URIs). */
    static final int MAX_VALUE_LENGTH = 4096;
    /** Page tokens as the query store issues them: URL-safe text. */
    private static final Pattern PAGE_TOKEN = Pattern.compile("[A-Za-z0-9._~-]{1,1024}");

    private final Map<String, String> values;

    private QueryParameters(final Map<String, String> values) {
        this.values = values;
    }

    /**
     * Parses a raw query string.
     *
     * @param rawQuery the query string as sent (null when there is none)
     * @param allowed the parameter names the endpoint takes
     * @return the parameters
     * @throws ApiProblem {@code INVALID_ENCODING}, {@code INVALID_FIELD} (unknown parameter) or
     *     {@code DUPLICATE_VALUE} (a name given twice)
     */
    static QueryParameters parse(final String rawQuery, final Set<String> allowed) {
        final Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (final String pair : rawQuery.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                final int eq = pair.indexOf('=');
                final String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                final String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(name)) {
                    throw new ApiProblem(400, "INVALID_FIELD", "unknown query parameter " + visible(name)
                            + "; this endpoint takes " + String.join(", ", allowed.stream().sorted().toList()),
                            Map.of("epcisException", "QueryParameterException"));
                }
                if (values.containsKey(name)) {
                    throw new ApiProblem(400, "DUPLICATE_VALUE", "query parameter " + name + " is given twice"
                            + " (list values are separated by |)", Map.of("epcisException", "QueryParameterException"));
                }
                if (value.length() > MAX_VALUE_LENGTH) {
                    throw new ApiProblem(400, "FIELD_TOO_LONG", "query parameter " + name + " is longer than "
                            + MAX_VALUE_LENGTH + " characters");
                }
                if (value.codePoints().anyMatch(Character::isISOControl)) {
                    throw invalid(name, "contains control characters");
                }
                values.put(name, value);
            }
        }
        return new QueryParameters(Collections.unmodifiableMap(values));
    }

    /** The value of a parameter, if given (an empty value is refused: it says nothing). */
    Optional<String> text(final String name) {
        final String value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isEmpty()) {
            throw invalid(name, "is empty");
        }
        return Optional.of(value);
    }

    /** Whether the parameter was given. */
    boolean has(final String name) {
        return values.containsKey(name);
    }

    /** An RFC 3339 date-time with an offset ({@code 2026-01-05T08:00:00+08:00}; encode {@code +} as {@code %2B}). */
    Optional<Instant> time(final String name) {
        return text(name).map(value -> {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(name, "is not a date-time with offset such as 2026-01-05T08:00:00Z"
                        + (value.contains(" ") ? " (a + in the query must be sent as %2B)" : ""));
            }
        });
    }

    /** Page size: 1..max, default when absent. */
    int perPage(final int defaultSize, final int max) {
        final Optional<String> value = text("perPage");
        if (value.isEmpty()) {
            return defaultSize;
        }
        if (!value.get().matches("[0-9]{1,7}")) {
            throw invalid("perPage", "is not a whole number 1-" + max);
        }
        final int size = Integer.parseInt(value.get());
        if (size < 1 || size > max) {
            throw invalid("perPage", "must be 1-" + max + ", not " + size);
        }
        return size;
    }

    /** The page token of an earlier answer. */
    Optional<String> pageToken() {
        final Optional<String> token = text("nextPageToken");
        token.ifPresent(value -> {
            if (!PAGE_TOKEN.matcher(value).matches()) {
                throw invalid("nextPageToken", "is not a token this server issued");
            }
        });
        return token;
    }

    static ApiProblem invalid(final String name, final String why) {
        return new ApiProblem(400, "INVALID_FIELD", "query parameter " + name + " " + why,
                Map.of("epcisException", "QueryParameterException"));
    }

    private static String decode(final String raw) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            final char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw new ApiProblem(400, "INVALID_ENCODING", "the query string has a % not followed by two "
                            + "hex digits");
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c > 0x7E || c < 0x21) {
                throw new ApiProblem(400, "INVALID_ENCODING", "the query string has a character that is not "
                        + "percent-encoded");
            } else {
                bytes.write(c);
            }
        }
        try {
            return StrictText.decode(bytes.toByteArray());
        } catch (CharacterCodingException e) {
            throw new ApiProblem(400, "INVALID_ENCODING", "a query parameter is not valid UTF-8 once percent-decoded");
        }
    }

    /** A name as it may be shown in a message: printable ASCII only, at most 64 characters. */
    static String visible(final String text) {
        final StringBuilder out = new StringBuilder();
        text.codePoints().limit(64).forEach(cp -> out.append(cp >= 0x20 && cp < 0x7F ? String.valueOf((char) cp)
                : String.format("<U+%04X>", cp)));
        return out + (text.codePointCount(0, text.length()) > 64 ? "…" : "");
    }
}
