// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * Instants and dates only as ISO-8601 text. Jackson's java.time deserializers also take epoch numbers
 * ({@code 1700000000} as an instant, even as the string {@code "1700000000"}), arrays ({@code [2025,12,31]}) and
 * date-times where a date belongs ({@code "2025-12-31T08:00:00"} silently loses its time): coercions the
 * codec must not make. Writing is unchanged (JavaTimeModule, ISO text).
 */
final class StrictTimeModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    StrictTimeModule() {
        super("tracechain-strict-time");
        addDeserializer(Instant.class, new IsoText<>(Instant.class, "an ISO-8601 instant such as 2026-01-01T08:00:00Z",
                text -> DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from)));
        addDeserializer(LocalDate.class, new IsoText<>(LocalDate.class, "an ISO-8601 date such as 2026-01-01",
                text -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE)));
    }

    /** A value that must be a JSON string in one ISO format. */
    private static final class IsoText<T> extends StdScalarDeserializer<T> {

        private static final long serialVersionUID = 1L;

        private final String expected;
        private final transient Function<String, T> parse;

        IsoText(final Class<T> type, final String expected, final Function<String, T> parse) {
            super(type);
            this.expected = expected;
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(final JsonParser parser, final DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            final String text = parser.getText();
            try {
                return parse.apply(text);
            } catch (DateTimeException e) {
                return (T) context.handleWeirdStringValue(handledType(), text, "not %s", expected);
            }
        }
    }
}
