// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

/** Input that is not the JSON a transaction expects: syntax errors, unknown or mistyped fields. */
public final class MalformedJsonException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(final String message) {
        super(message);
    }

    MalformedJsonException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
