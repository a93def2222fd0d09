// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.error;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire form of a chaincode error: {@code [CODE] human message}.
 *
 * <p>The Fabric Gateway hands clients the chaincode's error message (wrapped by the peer, e.g.
 * {@code chaincode response 500, [LOT_NOT_FOUND] lot L1 does not exist}) but drops the payload, so the
 * code travels inside the message and is parsed back out on the client.
 */
public record ErrorMessage(String code, String message) {

    private static final Pattern WIRE = Pattern.compile("\\[([A-Z][A-Z0-9_]{1,63})\\] ?(.*)", Pattern.DOTALL);

    /** Formats a refusal for {@code ChaincodeException}. */
    public static String format(final ErrorCode code, final String message) {
        return "[" + code.name() + "] " + message;
    }

    /** Finds the first {@code [CODE] message} in any text, such as a peer's wrapped error. */
    public static Optional<ErrorMessage> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final Matcher matcher = WIRE.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(new ErrorMessage(matcher.group(1), matcher.group(2).strip()));
    }
}
