// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void aligns_columns_to_the_widest_cell() {
        final String text = TextTable.withHeaders("Field", "Value")
                .row("lotId", "L1")
                .row("productName", "Organic rice")
                .render();

        assertThat(text).isEqualTo("""
                Field        Value
                -----------  ------------
                lotId        L1
                productName  Organic rice
                """);
    }

    @Test
    void counts_cjk_characters_as_two_columns() {
        final String text = TextTable.withHeaders("Name", "Unit")
                .row("有机大米", "kg")
                .row("rice", "袋")
                .render();

        assertThat(text).isEqualTo("""
                Name      Unit
                --------  ----
                有机大米  kg
                rice      袋
                """);
    }

    @Test
    void display_width_of_mixed_text() {
        assertThat(TextTable.displayWidth("abc")).isEqualTo(3);
        assertThat(TextTable.displayWidth("民政局")).isEqualTo(6);
        assertThat(TextTable.displayWidth("ｱｲ")).isEqualTo(2);          // half-width katakana
        assertThat(TextTable.displayWidth("ＡＢ")).isEqualTo(4);        // full-width latin
        assertThat(TextTable.displayWidth("한국")).isEqualTo(4);
        assertThat(TextTable.displayWidth("e\u0301")).isEqualTo(1);     // combining accent
        assertThat(TextTable.displayWidth("\uD840\uDC0B")).isEqualTo(2); // CJK extension B (surrogate pair)
        assertThat(TextTable.displayWidth("")).isZero();
    }

    @Test
    void null_and_missing_cells_print_empty_and_newlines_are_flattened() {
        final String text = TextTable.withHeaders("A", "B", "C").row("x", null).row("multi\nline").render();

        assertThat(text).isEqualTo("""
                A           B  C
                ----------  -  -
                x
                multi line
                """);
    }

    @Test
    void rejects_rows_wider_than_the_header() {
        final TextTable table = TextTable.withHeaders("A");

        assertThatThrownBy(() -> table.row("1", "2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row has 2 cells, table has 1 columns");
        assertThatThrownBy(TextTable::withHeaders).isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void a_table_wider_than_the_terminal_cuts_its_widest_columns_with_an_ellipsis() {
        final TextTable table = TextTable.withHeaders("Grant", "Reason", "Note")
                .row("G1", "x".repeat(70), "short")
                .row("G2", "核查发现超出申请用途使用".repeat(3), "y".repeat(30));

        final String text = table.render(60);

        assertThat(text).isEqualTo("""
                Grant  Reason                      Note
                -----  --------------------------  -------------------------
                G1     xxxxxxxxxxxxxxxxxxxxxxxxx…  short
                G2     核查发现超出申请用途使用…   yyyyyyyyyyyyyyyyyyyyyyyy…
                """);
        assertThat(text.lines()).allSatisfy(line -> assertThat(TextTable.displayWidth(line)).isLessThanOrEqualTo(60));
        assertThat(table.render()).contains("x".repeat(70)).contains("y".repeat(30));
    }

    @Test
    void a_wrapping_table_keeps_every_character_on_more_lines() {
        final TextTable table = TextTable.withHeaders("Field", "Value").wrapping()
                .row("reason", "chlorpyrifos 0.12 mg/kg above the 0.05 mg/kg limit in two samples")
                .row("name", "有机大米有机大米有机大米");

        assertThat(table.render(40)).isEqualTo("""
                Field   Value
                ------  --------------------------------
                reason  chlorpyrifos 0.12 mg/kg above
                        the 0.05 mg/kg limit in two
                        samples
                name    有机大米有机大米有机大米
                """);
        assertThat(table.render(20)).isEqualTo("""
                Field   Value
                ------  ------------
                reason  chlorpyrifos
                        0.12 mg/kg
                        above the
                        0.05 mg/kg
                        limit in two
                        samples
                name    有机大米有机
                        大米有机大米
                """);
    }

    @Test
    void cutting_never_splits_a_wide_character_or_a_combining_mark_from_its_letter() {
        assertThat(DisplayWidth.prefix("有机大米", 5)).isEqualTo("有机");
        assertThat(DisplayWidth.prefix("cafe\u0301s", 4)).isEqualTo("cafe\u0301");
        assertThat(DisplayWidth.prefix("🍚🍚🍚", 3)).isEqualTo("🍚");
        assertThat(DisplayWidth.wrap("e\u0301e\u0301e\u0301", 2)).containsExactly("e\u0301e\u0301", "e\u0301");
        assertThat(DisplayWidth.wrap("有", 1)).containsExactly("有");
    }

    @Test
    void composite_keys_and_control_characters_print_visibly() {
        final String text = TextTable.withHeaders("Field", "Value")
                .row("previousVersionKey", "\u0000entryver\u0000GB-001\u0000000002\u0000")
                .row("note", "bell\u0007 esc\u001b[31m del\u007f")
                .row("title", "abc\u202edcba")
                .render();

        assertThat(text).isEqualTo("""
                Field               Value
                ------------------  ----------------------
                previousVersionKey  entryver/GB-001/000002
                note                bell\u2407 esc\u241b[31m del\u2421
                title               abc<U+202E>dcba
                """);
        assertThat(text).doesNotContain("\u0000").doesNotContain("\u001b");
    }

    @Test
    void column_widths_shrink_the_widest_first_and_never_below_the_floor() {
        assertThat(ColumnWidths.fit(new int[] {5, 50, 20}, new int[] {6, 6, 6}, 80)).containsExactly(5, 50, 20);
        assertThat(ColumnWidths.fit(new int[] {5, 50, 20}, new int[] {6, 6, 6}, 45)).containsExactly(5, 20, 20);
        assertThat(ColumnWidths.fit(new int[] {5, 50, 40}, new int[] {6, 6, 6}, 45)).containsExactly(5, 20, 20);
        assertThat(ColumnWidths.fit(new int[] {30, 30}, new int[] {10, 10}, 5)).containsExactly(10, 10);
    }

    @Test
    void terminal_width_comes_from_columns_else_defaults_to_120() {
        assertThat(TerminalWidth.of(java.util.Map.of())).isEqualTo(120);
        assertThat(TerminalWidth.of(java.util.Map.of("COLUMNS", "200"))).isEqualTo(200);
        assertThat(TerminalWidth.of(java.util.Map.of("COLUMNS", "12"))).isEqualTo(TerminalWidth.MINIMUM);
        assertThat(TerminalWidth.of(java.util.Map.of("COLUMNS", "wide"))).isEqualTo(120);
    }
}
