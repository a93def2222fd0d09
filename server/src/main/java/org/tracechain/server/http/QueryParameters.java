// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.tracechain.model.error.ApiError;
import org.tracechain.model.text.StrictText;

/**
 * The query parameters of one request, read from the raw query string exactly, with one set of rules for the whole
 * API. Jetty's own decoding turns invalid UTF-8 into U+FFFD and keeps only one of two values given for a name, so
 * every area reads its parameters here instead:
 * <ul>
 *   <li>a bad percent escape, a character that should have been percent-encoded, or percent escapes that are not
 *       UTF-8: {@code INVALID_ENCODING} (never U+FFFD); {@code +} is a space, as in HTML forms;</li>
 *   <li>a name the endpoint does not take, or a name given twice: {@code UNKNOWN_PARAMETER};</li>
 *   <li>an empty value ({@code ?a=}, {@code ?a}), a stray {@code &}, or a value that is not of its parameter's
 *       type: {@code INVALID_FIELD}; text with control characters is refused too, except by {@link #opaque}
 *       (a Fabric bookmark is a key that may hold U+0000);</li>
 *   <li>a value longer than {@value #MAX_VALUE_LENGTH} characters (an identifier longer than
 *       {@value #IDENTIFIER_MAX}): {@code FIELD_TOO_LONG}.</li>
 * </ul>
 * Values are returned as sent: nothing is trimmed, case-folded or repaired. An area may ask for extension members
 * on every problem its parameters raise (the EPCIS endpoints add {@code epcisException: QueryParameterException}).
 *
 * <pre>{@code
 * QueryParameters query = QueryParameters.parse(ctx.queryString(), Set.of("department", "pageSize"));
 * Optional<String> department = query.identifier("department");
 * OptionalInt size = query.pageSize("pageSize", 200);
 * }</pre>
 */
public final class QueryParameters {

    /** Longest value accepted (a page token, a {@code |}-separated list of URIs). */
    public static final int MAX_VALUE_LENGTH = 4096;
    /** Longest identifier, as the chaincode takes them. */
    public static final int IDENTIFIER_MAX = 128;
    /** The chaincode's identifier alphabet. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/+-]*");
    /** A page size written plainly: no sign, no leading zero, no exponent. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[1-9][0-9]{0,6}");
    /** Page tokens as the query store issues them: URL-safe text. */
    private static final Pattern PAGE_TOKEN = Pattern.compile("[A-Za-z0-9._~-]{1,1024}");

    private final Map<String, String> values;
    private final Map<String, Object> problemMembers;

    private QueryParameters(final Map<String, String> values, final Map<String, Object> problemMembers) {
        this.values = values;
        this.problemMembers = problemMembers;
    }

    /**
     * Reads a request's query string.
     *
     * @param ctx the request
     * @param allowed the names the endpoint takes (none for an endpoint without parameters)
     * @return the parameters
     * @throws ApiProblem for anything not exactly right
     */
    public static QueryParameters of(final Context ctx, final String... allowed) {
        return parse(ctx.queryString(), Set.of(allowed));
    }

    /**
     * Reads a raw query string.
     *
     * @param rawQuery the query string as sent (null when there is none)
     * @param allowed the names the endpoint takes
     * @return the parameters
     * @throws ApiProblem for anything not exactly right
     */
    public static QueryParameters parse(final String rawQuery, final Set<String> allowed) {
        return parse(rawQuery, allowed, Map.of());
    }

    /**
     * Reads a raw query string; every problem raised while reading it, or later by its accessors or
     * {@link #invalid}, carries {@code problemMembers} as extension members of its problem body.
     *
     * @param rawQuery the query string as sent (null when there is none)
     * @param allowed the names the endpoint takes
     * @param problemMembers extension members for every refusal, e.g. an EPCIS {@code epcisException}
     * @return the parameters
     * @throws ApiProblem for anything not exactly right
     */
    public static QueryParameters parse(final String rawQuery, final Set<String> allowed,
            final Map<String, ?> problemMembers) {
        final Map<String, Object> members = Collections.unmodifiableMap(new LinkedHashMap<>(problemMembers));
        final Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParameters(Map.of(), members);
        }
        for (final String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                throw problem(400, "INVALID_FIELD", "the query string has an empty parameter (a stray &)", members);
            }
            final int equals = pair.indexOf('=');
            final String name = decode(equals < 0 ? pair : pair.substring(0, equals), members);
            if (!allowed.contains(name)) {
                throw problem(400, ApiError.UNKNOWN_PARAMETER.name(), "unknown query parameter " + visible(name)
                        + (allowed.isEmpty() ? "; this endpoint takes none"
                                : "; this endpoint takes " + String.join(", ", new TreeSet<>(allowed))), members);
            }
            // A name given twice is refused, not read as a list: EPCIS 2.0 writes lists with | in one value
            // (eventType=ObjectEvent|AggregationEvent), and HTTP stacks disagree on whether the first or the last
            // of two values wins, so honouring either would answer a question the client did not ask. The code
            // is UNKNOWN_PARAMETER, not DUPLICATE_VALUE (which names one value listed twice in a list): the
            // endpoint takes each name once, so a second occurrence is a parameter it does not take.
            if (values.containsKey(name)) {
                throw problem(400, ApiError.UNKNOWN_PARAMETER.name(), "query parameter " + name
                        + " is given more than once (list values are separated by |)", members);
            }
            final String value = equals < 0 ? "" : decode(pair.substring(equals + 1), members);
            if (value.isEmpty()) {
                throw problem(400, "INVALID_FIELD", "query parameter " + name + " is empty", members);
            }
            if (value.length() > MAX_VALUE_LENGTH) {
                throw problem(400, "FIELD_TOO_LONG", "query parameter " + name + " is longer than "
                        + MAX_VALUE_LENGTH + " characters", members);
            }
            values.put(name, value);
        }
        return new QueryParameters(Collections.unmodifiableMap(values), members);
    }

    /** @param name a parameter name @return whether it was given */
    public boolean has(final String name) {
        return values.containsKey(name);
    }

    /**
     * Text without control characters (a search value, a name).
     *
     * @param name a parameter name
     * @return its value exactly as sent (never empty), if given
     * @throws ApiProblem {@code INVALID_FIELD} when it holds control characters
     */
    public Optional<String> text(final String name) {
        final String value = values.get(name);
        if (value != null && value.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid(name, "contains control characters");
        }
        return Optional.ofNullable(value);
    }

    /**
     * A value handed back to where it came from, whatever it holds (a Fabric bookmark is a ledger key and may hold
     * U+0000); the ledger checks it.
     *
     * @param name a parameter name
     * @return its value exactly as sent (never empty), if given
     */
    public Optional<String> opaque(final String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * An identifier (department code, grant id, ...) in the chaincode's alphabet.
     *
     * @param name a parameter name
     * @return its value, if given
     * @throws ApiProblem {@code FIELD_TOO_LONG} over {@value #IDENTIFIER_MAX} characters, {@code INVALID_FIELD}
     *     outside the alphabet
     */
    public Optional<String> identifier(final String name) {
        return text(name).map(value -> checkIdentifier(name, value, problemMembers));
    }

    /**
     * Checks an id from a path or a query against the chaincode's identifier alphabet, so that text the server's
     * URL decoding could have altered never reaches the Gateway.
     *
     * @param name the parameter's name, for the message
     * @param value the id
     * @return the id
     * @throws ApiProblem {@code FIELD_TOO_LONG} or {@code INVALID_FIELD}
     */
    public static String checkIdentifier(final String name, final String value) {
        return checkIdentifier(name, value, Map.of());
    }

    private static String checkIdentifier(final String name, final String value, final Map<String, Object> members) {
        if (value.length() > IDENTIFIER_MAX) {
            throw problem(400, "FIELD_TOO_LONG", name + " is longer than " + IDENTIFIER_MAX + " characters", members);
        }
        if (!IDENTIFIER.matcher(value).matches()) {
            throw problem(400, "INVALID_FIELD", name + " must be letters, digits and . _ : / + - "
                    + "(starting with a letter or digit)", members);
        }
        return value;
    }

    /**
     * An RFC 3339 date-time with its offset ({@code 2026-01-05T08:00:00+08:00}; a {@code +} must be sent as
     * {@code %2B}, since a bare {@code +} is a space).
     *
     * @param name a parameter name
     * @return the instant, if given
     */
    public Optional<Instant> instant(final String name) {
        return text(name).map(value -> {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid(name, "is not a date-time with offset such as 2026-01-05T08:00:00Z"
                        + (value.contains(" ") ? " (a + in the query must be sent as %2B)" : ""));
            }
        });
    }

    /**
     * A page size: a whole number from 1 to {@code max} written plainly (no sign, no leading zero).
     *
     * @param name the parameter's name ({@code pageSize}, {@code perPage})
     * @param max the largest size
     * @return the size, if given
     */
    public Optional<Integer> pageSize(final String name, final int max) {
        return text(name).map(value -> {
            if (!WHOLE_NUMBER.matcher(value).matches() || Integer.parseInt(value) > max) {
                throw invalid(name, "must be a whole number from 1 to " + max);
            }
            return Integer.valueOf(value);
        });
    }

    /**
     * A page token as the query store issues them (URL-safe text); whether this server issued it for this query is
     * the area's check.
     *
     * @param name the parameter's name
     * @return the token, if given
     */
    public Optional<String> pageToken(final String name) {
        return text(name).map(value -> {
            if (!PAGE_TOKEN.matcher(value).matches()) {
                throw invalid(name, "is not a token this server issued");
            }
            return value;
        });
    }

    /**
     * One of the given words exactly (case-sensitive).
     *
     * @param name a parameter name
     * @param words the words it may be
     * @return the word, if given
     */
    public Optional<String> word(final String name, final String... words) {
        return text(name).map(value -> {
            if (!List.of(words).contains(value)) {
                throw invalid(name, "must be one of " + String.join(", ", words));
            }
            return value;
        });
    }

    /**
     * An enum constant named exactly (case-sensitive).
     *
     * @param name a parameter name
     * @param type the enum
     * @param <E> the enum type
     * @return the constant, if given
     */
    public <E extends Enum<E>> Optional<E> constant(final String name, final Class<E> type) {
        return text(name).map(value -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value)).findFirst()
                .orElseThrow(() -> invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()))));
    }

    /**
     * Exactly one of {@code names} must be given.
     *
     * @param names the alternatives
     * @return the one given
     */
    public String exactlyOneOf(final String... names) {
        final List<String> given = Arrays.stream(names).filter(values::containsKey).toList();
        if (given.size() != 1) {
            throw problem(400, "INVALID_FIELD", "give exactly one of " + String.join(", ", names)
                    + (given.isEmpty() ? "" : "; got " + String.join(", ", given)), problemMembers);
        }
        return given.get(0);
    }

    /**
     * A refusal of one parameter's value ({@code INVALID_FIELD}), carrying this query's problem members, for an
     * area's own rules.
     *
     * @param name the parameter
     * @param why what is wrong, e.g. "must be before to" (without the value)
     * @return the problem to throw
     */
    public ApiProblem invalid(final String name, final String why) {
        return problem(400, "INVALID_FIELD", "query parameter " + name + " " + why, problemMembers);
    }

    /**
     * Text as it may be shown in a message: printable ASCII only (others as {@code <U+XXXX>}), at most 64 characters.
     *
     * @param text a name or value
     * @return the text to show
     */
    public static String visible(final String text) {
        final StringBuilder out = new StringBuilder();
        text.codePoints().limit(64).forEach(cp -> out.append(cp >= 0x20 && cp < 0x7F ? String.valueOf((char) cp)
                : String.format("<U+%04X>", cp)));
        return out + (text.codePointCount(0, text.length()) > 64 ? "…" : "");
    }

    private static ApiProblem problem(final int status, final String code, final String detail,
            final Map<String, Object> members) {
        return new ApiProblem(status, code, detail, members);
    }

    /** application/x-www-form-urlencoded decoding, strict: bad escapes, raw non-ASCII and invalid UTF-8 refused. */
    private static String decode(final String raw, final Map<String, Object> members) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            final char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                        || Character.digit(raw.charAt(i + 2), 16) < 0) {
                    throw problem(400, "INVALID_ENCODING", "the query string has a % not followed by two hex digits",
                            members);
                }
                bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
                i += 2;
            } else if (c > 0x7E || c < 0x21) {
                throw problem(400, "INVALID_ENCODING", "the query string has a character that is not "
                        + "percent-encoded", members);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StrictText.decode(bytes.toByteArray());
        } catch (CharacterCodingException e) {
            throw problem(400, "INVALID_ENCODING", "a query parameter is not valid UTF-8 once percent-decoded",
                    members);
        }
    }

    @Override
    public String toString() {
        return "QueryParameters" + Objects.toString(values.keySet());
    }
}
