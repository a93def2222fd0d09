// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Optional;
import org.tracechain.model.text.StrictText;

/**
 * One streaming pass over JSON text before it is bound to a type, for what data binding cannot see: object
 * keys and strings whose escapes decode to an unpaired surrogate, and keys of skipped or map-typed values.
 * The parser itself refuses duplicate keys (at every depth), nesting past the limit and trailing tokens.
 */
final class JsonTextCheck {

    private JsonTextCheck() {}

    static void check(final JsonMapper mapper, final String json) {
        try (JsonParser parser = mapper.createParser(json)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new MalformedJsonException("no JSON value");
            }
            int depth = 0;
            do {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> requireWellFormed("key", parser.currentName());
                    case VALUE_STRING -> requireWellFormed("string", parser.getText());
                    default -> { }
                }
                token = depth == 0 ? null : parser.nextToken();
            } while (token != null);
            if (parser.nextToken() != null) {
                throw new MalformedJsonException("trailing content after the JSON value at "
                        + parser.currentLocation().getCharOffset());
            }
        } catch (JsonProcessingException e) {
            throw new MalformedJsonException("malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON text from memory failed", e);
        }
    }

    private static void requireWellFormed(final String what, final String text) {
        final Optional<Integer> at = StrictText.unpairedSurrogate(text);
        if (at.isPresent()) {
            throw new InvalidEncodingException("a JSON " + what + " holds an unpaired UTF-16 surrogate (U+"
                    + Integer.toHexString(text.charAt(at.get())).toUpperCase(java.util.Locale.ROOT)
                    + " at character " + at.get() + "), which has no UTF-8 form");
        }
    }
}
