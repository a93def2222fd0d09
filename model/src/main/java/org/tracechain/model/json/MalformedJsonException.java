// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

/**
 * Input that is not the JSON a transaction expects: syntax errors, duplicate keys, trailing tokens, nesting
 * deeper than allowed, unknown or mistyped fields. {@link InvalidEncodingException} is the special case of text
 * that has no exact UTF-8 form.
 */
public class MalformedJsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(final String message) {
        super(message);
    }

    MalformedJsonException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
