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
}
