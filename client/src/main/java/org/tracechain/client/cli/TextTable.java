// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table with aligned columns that fits a given width. Widths are terminal columns, not chars
 * ({@link DisplayWidth}). Cells are made visible first ({@link VisibleText}: no control characters, composite keys
 * readable). When the table is wider than allowed, the widest columns give way: their cells are cut with an
 * ellipsis, or wrapped onto more lines for tables made {@link #wrapping()}.
 *
 * <pre>{@code
 * String text = TextTable.withHeaders("Field", "Value")
 *         .row("productName", "有机大米")
 *         .render(80);
 * }</pre>
 */
public final class TextTable {

    private static final String GAP = "  ";
    private static final String ELLIPSIS = "…";
    /** Columns never shrink below this (or below their header). */
    private static final int NARROWEST_COLUMN = 6;

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private boolean wrap;

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
        final List<String> visible = new ArrayList<>(headers.length);
        for (final String header : headers) {
            visible.add(VisibleText.of(Objects.requireNonNull(header, "header must not be null")));
        }
        return new TextTable(List.copyOf(visible));
    }

    /**
     * Wraps cells that do not fit onto more lines instead of cutting them (for record views, where every value
     * should be readable in full).
     *
     * @return this table
     */
    public TextTable wrapping() {
        this.wrap = true;
        return this;
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
            row.add(i < cells.length && cells[i] != null ? VisibleText.of(cells[i].toString()) : "");
        }
        rows.add(row);
        return this;
    }

    /** The number of data rows. */
    public int size() {
        return rows.size();
    }

    /** The whole table, however wide: header, dashes, rows, each line ending with a newline. */
    public String render() {
        return render(TerminalWidth.UNLIMITED);
    }

    /**
     * The table in at most {@code maxWidth} columns where it can be (headers and {@value #NARROWEST_COLUMN}-column
     * cells are kept whole, so a table of many columns may still be wider). Trailing spaces are trimmed.
     *
     * @param maxWidth terminal columns available
     * @return the lines, each ending with a newline
     */
    public String render(final int maxWidth) {
        final int[] widths = ColumnWidths.fit(naturalWidths(), floorWidths(), maxWidth - GAP.length() * (headers.size() - 1));
        final StringBuilder text = new StringBuilder();
        appendRow(text, headers, widths);
        final List<String> rule = new ArrayList<>();
        for (final int width : widths) {
            rule.add("-".repeat(width));
        }
        appendRow(text, rule, widths);
        for (final List<String> row : rows) {
            appendRow(text, row, widths);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    private int[] naturalWidths() {
        final int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(headers.get(i));
            for (final List<String> row : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
            }
        }
        return widths;
    }

    private int[] floorWidths() {
        final int[] floors = new int[headers.size()];
        for (int i = 0; i < floors.length; i++) {
            floors[i] = Math.max(NARROWEST_COLUMN, DisplayWidth.of(headers.get(i)));
        }
        return floors;
    }

    /** One table row: one line, or several when wrapped cells need them. */
    private void appendRow(final StringBuilder text, final List<String> cells, final int[] widths) {
        final List<List<String>> cellLines = new ArrayList<>(cells.size());
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            final List<String> fitted = fit(cells.get(i), widths[i]);
            cellLines.add(fitted);
            lines = Math.max(lines, fitted.size());
        }
        for (int line = 0; line < lines; line++) {
            final StringBuilder out = new StringBuilder();
            for (int i = 0; i < cellLines.size(); i++) {
                if (i > 0) {
                    out.append(GAP);
                }
                final List<String> fitted = cellLines.get(i);
                final String part = line < fitted.size() ? fitted.get(line) : "";
                out.append(part).append(" ".repeat(Math.max(0, widths[i] - DisplayWidth.of(part))));
            }
            text.append(out.toString().stripTrailing()).append('\n');
        }
    }

    private List<String> fit(final String cell, final int width) {
        if (DisplayWidth.of(cell) <= width) {
            return List.of(cell);
        }
        return wrap ? DisplayWidth.wrap(cell, width) : List.of(DisplayWidth.prefix(cell, width - 1) + ELLIPSIS);
    }

    /**
     * The number of terminal columns {@code text} occupies.
     *
     * @param text the text
     * @return its display width
     */
    public static int displayWidth(final String text) {
        return DisplayWidth.of(text);
    }
}
