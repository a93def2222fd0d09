// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Terminal columns of text: East Asian wide and full-width characters (CJK ideographs, kana, hangul, full-width
 * forms, most emoji) take two, combining marks and format characters none. Cutting and wrapping keep a character
 * together with the combining marks that follow it.
 */
final class DisplayWidth {

    private DisplayWidth() {}

    /** Columns {@code text} occupies. */
    static int of(final String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            final int codePoint = text.codePointAt(i);
            width += ofCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** The longest start of {@code text} that fits in {@code columns}, with the marks of its last character. */
    static String prefix(final String text, final int columns) {
        return text.substring(0, fittingEnd(text, 0, columns));
    }

    /**
     * {@code text} in lines of at most {@code columns} columns, broken after a space where one is in the second half
     * of the line, else anywhere (CJK text has no spaces). Every line has at least one character.
     */
    static List<String> wrap(final String text, final int columns) {
        final List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            if (of(text.substring(start)) <= columns) {
                lines.add(text.substring(start));
                break;
            }
            int end = fittingEnd(text, start, columns);
            if (end == start) {
                end = start + Character.charCount(text.codePointAt(start)); // wider than the column: alone
            }
            final int space = text.lastIndexOf(' ', end);
            if (space > start && of(text.substring(start, space)) * 2 >= columns) {
                lines.add(text.substring(start, space));
                start = space + 1;
            } else {
                lines.add(text.substring(start, end));
                start = end;
            }
        }
        return lines;
    }

    /** The end index of the longest run from {@code start} within {@code columns}, marks included. */
    private static int fittingEnd(final String text, final int start, final int columns) {
        int width = 0;
        int end = start;
        for (int i = start; i < text.length(); ) {
            final int codePoint = text.codePointAt(i);
            final int next = i + Character.charCount(codePoint);
            width += ofCodePoint(codePoint);
            if (width > columns) {
                break;
            }
            end = next;
            i = next;
        }
        return end;
    }

    static int ofCodePoint(final int codePoint) {
        final int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || codePoint == 0x200B) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** East Asian Width W or F (Unicode UAX #11), by the main blocks. */
    private static boolean isWide(final int c) {
        return c >= 0x1100 && c <= 0x115F            // Hangul Jamo initial consonants
                || c >= 0x2E80 && c <= 0x303E        // CJK radicals, Kangxi, ideographic description, CJK symbols
                || c >= 0x3041 && c <= 0x33FF        // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK compat
                || c >= 0x3400 && c <= 0x4DBF        // CJK extension A
                || c >= 0x4E00 && c <= 0x9FFF        // CJK unified ideographs
                || c >= 0xA000 && c <= 0xA4CF        // Yi
                || c >= 0xA960 && c <= 0xA97F        // Hangul Jamo extended A
                || c >= 0xAC00 && c <= 0xD7A3        // Hangul syllables
                || c >= 0xF900 && c <= 0xFAFF        // CJK compatibility ideographs
                || c >= 0xFE10 && c <= 0xFE19        // vertical forms
                || c >= 0xFE30 && c <= 0xFE6F        // CJK compatibility forms, small form variants
                || c >= 0xFF00 && c <= 0xFF60        // full-width forms
                || c >= 0xFFE0 && c <= 0xFFE6        // full-width signs
                || c >= 0x1F300 && c <= 0x1F64F      // pictographs, emoticons
                || c >= 0x1F900 && c <= 0x1F9FF      // supplemental symbols and pictographs
                || c >= 0x20000 && c <= 0x2FFFD      // CJK extensions B-F, compatibility supplement
                || c >= 0x30000 && c <= 0x3FFFD;     // CJK extension G and later
    }
}
