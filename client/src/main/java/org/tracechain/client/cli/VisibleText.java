// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

/**
 * Ledger text as one readable, harmless terminal line. Ledger values come from other organisations, so nothing in
 * them may move the cursor, recolour the terminal or reorder the line:
 * <ul>
 *   <li>line breaks and tabs become spaces;</li>
 *   <li>a Fabric composite key (U+0000, object type, U+0000, each part followed by U+0000) prints as
 *       {@code type/part/...};</li>
 *   <li>other C0 controls and DEL print as their Unicode control pictures ({@code ␀}, {@code ␛}, {@code ␡});</li>
 *   <li>C1 controls and bidirectional overrides print as {@code <U+202E>}.</li>
 * </ul>
 * JSON output never goes through here: it keeps the exact value (JSON escapes a NUL as backslash-u-0000).
 * For example the key of version 2 of entry GB-001 prints as {@code entryver/GB-001/000002}.
 */
final class VisibleText {

    private static final char NUL = '\u0000';
    private static final char CONTROL_PICTURES = '\u2400';
    private static final char DELETE_PICTURE = '\u2421';
    private static final String PART_SEPARATOR = "/";

    private VisibleText() {}

    /** {@code text} as one visible line. */
    static String of(final String text) {
        if (isCompositeKey(text)) {
            return escape(String.join(PART_SEPARATOR, text.substring(1, text.length() - 1).split(String.valueOf(NUL), -1)));
        }
        return escape(text);
    }

    /** A Fabric composite key: starts and ends with U+0000 and has an object type between. */
    static boolean isCompositeKey(final String text) {
        return text.length() >= 3 && text.charAt(0) == NUL && text.charAt(text.length() - 1) == NUL
                && text.charAt(1) != NUL;
    }

    private static String escape(final String text) {
        StringBuilder visible = null;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            final String replacement = replacement(c);
            if (replacement != null && visible == null) {
                visible = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (visible != null) {
                if (replacement != null) {
                    visible.append(replacement);
                } else {
                    visible.append(c);
                }
            }
        }
        return visible == null ? text : visible.toString();
    }

    /** What {@code c} prints as, or null when it prints as itself. */
    private static String replacement(final char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return " ";
        }
        if (c < 0x20) {
            return String.valueOf((char) (CONTROL_PICTURES + c));
        }
        if (c == 0x7f) {
            return String.valueOf(DELETE_PICTURE);
        }
        if (c >= 0x80 && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x200e || c == 0x200f || c == 0x061c) {
            return String.format("<U+%04X>", (int) c);
        }
        return null;
    }
}
