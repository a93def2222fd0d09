// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.TrackingEvent;

class FsmaCsvExportTest {

    private static List<String> cells(final String line) {
        final List<String> cells = new ArrayList<>();
        final StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            final char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static String cell(final String line, final FsmaColumn column) {
        return cells(line).get(column.ordinal());
    }

    @Test
    void trace_export_matches_the_golden_spreadsheet_byte_for_byte() throws IOException {
        assertThat(FsmaCsvExport.toCsv(TraceFixture.traceBack())).isEqualTo(EpcisExportTest.golden("trace-back.fsma.csv"));
    }

    @Test
    void one_row_per_critical_tracking_event_in_time_order_with_the_rules_key_data_elements() {
        final List<String> lines = FsmaCsvExport.toCsv(TraceFixture.traceBack()).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", FsmaCsvExport.COLUMNS));
        assertThat(lines.subList(1, lines.size())).extracting(l -> cell(l, FsmaColumn.CRITICAL_TRACKING_EVENT))
                .containsExactly("Harvesting", "Cooling", "Initial Packing", "Shipping", "Receiving");

        final String harvest = lines.get(1);
        assertThat(cell(harvest, FsmaColumn.HARVEST_DATE)).as("the harvest date, not the registration time")
                .isEqualTo("2026-01-05");
        assertThat(cell(harvest, FsmaColumn.EVENT_DATE)).isEqualTo("2026-01-05T08:00:00+08:00");
        assertThat(cell(harvest, FsmaColumn.FIELD_OR_GROWING_AREA)).isEqualTo("Plot 7");
        assertThat(cell(harvest, FsmaColumn.LOCATION_DESCRIPTION)).isEqualTo("Conghua Green Farm, Plot 7, Liangkou "
                + "Town, Guangzhou, Guangdong 510440, CN, tel. +86 20 3622 3001, GLN 6901234000047 ext. PLOT7");
        assertThat(cell(harvest, FsmaColumn.IMMEDIATE_SUBSEQUENT_RECIPIENT)).isEmpty();
        assertThat(cell(harvest, FsmaColumn.GTIN)).isEqualTo(TraceFixture.GTIN);
        assertThat(cell(harvest, FsmaColumn.REFERENCE_DOCUMENT_TYPE)).isEqualTo("Production order (prodorder)");

        final String packing = lines.get(3);
        assertThat(cell(packing, FsmaColumn.TRACEABILITY_LOT_CODE)).isEqualTo("GZ-R1");
        assertThat(cell(packing, FsmaColumn.TLC_SOURCE)).startsWith("Baiyun Fresh Packing hall 3, 88 Jiahe Road");
        assertThat(cell(packing, FsmaColumn.INPUT_TLCS)).isEqualTo("GZ-F1: 250 kg, 菜心 Choy sum, bulk");
        assertThat(cell(packing, FsmaColumn.HARVESTER)).isEqualTo("Conghua Green Farm Cooperative, tel. +86 20 6188 1001");
        assertThat(cell(packing, FsmaColumn.COOLING_DATE)).isEqualTo("2026-01-05T08:30:00+08:00");
        assertThat(cell(packing, FsmaColumn.QUANTITY) + " " + cell(packing, FsmaColumn.UNIT_OF_MEASURE)).isEqualTo("48 CS");

        final String shipping = lines.get(4);
        assertThat(cell(shipping, FsmaColumn.IMMEDIATE_SUBSEQUENT_RECIPIENT)).isEqualTo("Yuecheng Cold Chain Logistics "
                + "(USCC 91440104MA5CXY312G) at Refrigerated truck 粤A-12345, 8 Huangpu Port Road (depot), Guangzhou, "
                + "Guangdong 510440, CN, tel. +86 20 3622 3001");
        assertThat(cell(shipping, FsmaColumn.REFERENCE_DOCUMENT_TYPE)).isEqualTo("Bill of lading (bol); despatch_advice");
        assertThat(cell(shipping, FsmaColumn.REFERENCE_DOCUMENT_NUMBER)).isEqualTo("BOL-7781; sha256:" + TraceFixture.DESPATCH);
        final String receiving = lines.get(5);
        assertThat(cell(receiving, FsmaColumn.IMMEDIATE_PREVIOUS_SOURCE)).startsWith("Conghua Green Farm Cooperative "
                + "(PGLN 6901234000030) at Baiyun Fresh Packing hall 3");
        assertThat(String.join("", lines)).doesNotContain("ledger transaction");
    }

    @Test
    void the_same_events_in_another_order_or_twice_give_the_same_bytes() {
        final List<TrackingEvent> shuffled = new ArrayList<>(TraceFixture.events());
        Collections.reverse(shuffled);
        shuffled.addAll(TraceFixture.events());

        assertThat(FsmaCsvExport.toCsv(List.of(TraceFixture.farmLot(), TraceFixture.retailLot()), shuffled,
                TraceFixture.documents(), TraceFixture.master())).isEqualTo(FsmaCsvExport.toCsv(TraceFixture.traceBack()));
    }

    @Test
    void cells_are_quoted_per_rfc_4180_and_formula_prefixes_neutralised() {
        assertThat(FsmaCsvExport.quote("plain")).isEqualTo("plain");
        assertThat(FsmaCsvExport.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(FsmaCsvExport.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(FsmaCsvExport.quote("line\nbreak")).isEqualTo("\"line\nbreak\"");
        assertThat(FsmaCsvExport.quote("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(FsmaCsvExport.quote("-12.5")).isEqualTo("-12.5");
    }
}
