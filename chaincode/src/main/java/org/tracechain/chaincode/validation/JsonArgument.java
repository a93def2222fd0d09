// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.validation;

import java.time.DateTimeException;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.json.InvalidEncodingException;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;
import org.tracechain.model.text.StrictText;

/**
 * Decodes a JSON argument (or transient value) into its request record with the strict codec, turning every way
 * it can be wrong into one common code: too large ({@code INPUT_TOO_LARGE}, checked before parsing), text
 * without an exact UTF-8 form ({@code INVALID_ENCODING}), anything else ({@code MALFORMED_JSON}).
 */
public final class JsonArgument {

    /** Largest JSON argument any transaction accepts, in characters (a full sensor report fits comfortably). */
    public static final int MAX_CHARS = 256 * 1024;

    private JsonArgument() {}

    /** Decodes {@code json}, named {@code what} in refusals, into {@code type}. */
    public static <T> T decode(final String what, final String json, final Class<T> type) {
        if (json != null && json.length() > MAX_CHARS) {
            throw Refusal.of(CommonError.INPUT_TOO_LARGE, "%s has %d characters; the limit is %d", what,
                    json.length(), MAX_CHARS);
        }
        try {
            return LedgerJson.fromJson(json, type);
        } catch (InvalidEncodingException e) {
            throw Refusal.of(CommonError.INVALID_ENCODING, "%s: %s", what, e.getMessage());
        } catch (MalformedJsonException | DateTimeException | ArithmeticException e) {
            // Values a record or date type cannot hold surface as the last two when a constructor throws.
            throw Refusal.of(CommonError.MALFORMED_JSON, "%s: %s", what, e.getMessage());
        }
    }

    /** Decodes UTF-8 {@code bytes} (such as a transient value) like {@link #decode(String, String, Class)}. */
    public static <T> T decode(final String what, final byte[] bytes, final Class<T> type) {
        if (bytes.length > 4 * MAX_CHARS) {
            throw Refusal.of(CommonError.INPUT_TOO_LARGE, "%s has %d bytes; the limit is %d characters", what,
                    bytes.length, MAX_CHARS);
        }
        if (!StrictText.isUtf8(bytes)) {
            throw Refusal.of(CommonError.INVALID_ENCODING, "%s is not valid UTF-8", what);
        }
        return decode(what, new String(bytes, java.nio.charset.StandardCharsets.UTF_8), type);
    }
}
