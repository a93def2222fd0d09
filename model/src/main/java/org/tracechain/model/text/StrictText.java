// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * UTF-8 without repair. Java's {@code new String(bytes, UTF_8)} turns invalid bytes into U+FFFD and
 * {@code String.getBytes(UTF_8)} turns an unpaired surrogate into {@code ?}; both silently change what a user
 * sent. These methods refuse instead.
 */
public final class StrictText {

    private StrictText() {}

    /** Decodes {@code bytes} as UTF-8, or throws {@link CharacterCodingException} at the first invalid byte. */
    public static String decode(final byte[] bytes) throws CharacterCodingException {
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** Whether {@code bytes} are well-formed UTF-8 (no overlong forms, no encoded surrogates, at most U+10FFFF). */
    public static boolean isUtf8(final byte[] bytes) {
        try {
            decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Encodes {@code text} as UTF-8, or throws {@link CharacterCodingException} on an unpaired surrogate. */
    public static byte[] encode(final String text) throws CharacterCodingException {
        final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        final ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
        final byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    /**
     * The index of the first UTF-16 surrogate in {@code text} that is not part of a high-low pair, if any.
     * Such a char has no UTF-8 form, so it can only have come from a JSON escape such as {@code \ud800}.
     */
    public static Optional<Integer> unpairedSurrogate(final CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(i);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
