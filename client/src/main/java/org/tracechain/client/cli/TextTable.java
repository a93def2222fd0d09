// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table with aligned columns. Widths are terminal columns, not chars: East Asian wide and
 * full-width characters (CJK ideographs, kana, hangul, full-width forms) count as two, combining marks as zero.
 *
 * <pre>{@code
 * String text = TextTable.withHeaders("Field", "Value")
 *         .row("productName", "有机大米")
 *         .render();
 * }</pre>
 */
public final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(final List<String> headers) {
        this.headers = headers;
    }

    /**
     * A table with a header row.
     *
     * @param headers column headers; at least one
     * @return the table
     */
    public static TextTable withHeaders(final String... headers) {
        Objects.requireNonNull(headers, "headers must not be null");
        if (headers.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        return new TextTable(List.copyOf(Arrays.asList(headers)));
    }

    /**
     * Adds a row; null cells print empty, missing cells are blank, extra cells are an error.
     *
     * @param cells the cells
     * @return this table
     */
    public TextTable row(final Object... cells) {
        Objects.requireNonNull(cells, "cells must not be null");
        if (cells.length > headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size() + " columns");
        }
        final List<String> row = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            row.add(i < cells.length && cells[i] != null ? singleLine(cells[i].toString()) : "");
        }
        rows.add(row);
        return this;
    }

    /** The number of data rows. */
    public int size() {
        return rows.size();
    }

    /** The table as lines ending with a newline: header, dashes, rows. Trailing spaces are trimmed. */
    public String render() {
        final int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = displayWidth(headers.get(i));
            for (final List<String> row : rows) {
                widths[i] = Math.max(widths[i], displayWidth(row.get(i)));
            }
        }
        final StringBuilder text = new StringBuilder();
        appendLine(text, headers, widths);
        final List<String> rule = new ArrayList<>();
        for (final int width : widths) {
            rule.add("-".repeat(width));
        }
        appendLine(text, rule, widths);
        for (final List<String> row : rows) {
            appendLine(text, row, widths);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    private static void appendLine(final StringBuilder text, final List<String> cells, final int[] widths) {
        final StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(GAP);
            }
            final String cell = cells.get(i);
            line.append(cell).append(" ".repeat(widths[i] - displayWidth(cell)));
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    private static String singleLine(final String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    /**
     * The number of terminal columns {@code text} occupies.
     *
     * @param text the text
     * @return its display width
     */
    public static int displayWidth(final String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            final int codePoint = text.codePointAt(i);
            width += codePointWidth(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    static int codePointWidth(final int codePoint) {
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
