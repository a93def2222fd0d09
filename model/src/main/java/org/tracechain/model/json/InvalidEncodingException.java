// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

/**
 * Input whose text cannot be stored exactly: bytes that are not UTF-8, or a JSON string or key holding an
 * unpaired UTF-16 surrogate (such as the escape {@code \ud800}), which has no UTF-8 form at all.
 */
public final class InvalidEncodingException extends MalformedJsonException {
    private static final long serialVersionUID = 1L;

    InvalidEncodingException(final String message) {
        super(message);
    }
}
