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

    @Test
    void trace_export_matches_the_golden_spreadsheet_byte_for_byte() throws IOException {
        assertThat(FsmaCsvExport.toCsv(TraceFixture.traceBack())).isEqualTo(EpcisExportTest.golden("trace-back.fsma.csv"));
    }

    @Test
    void one_row_per_critical_tracking_event_sorted_by_date() {
        final List<String> lines = FsmaCsvExport.toCsv(TraceFixture.traceBack()).lines().toList();

        assertThat(lines.get(0)).isEqualTo(String.join(",", FsmaCsvExport.COLUMNS));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).startsWith("GZ-F1,菜心 Choy sum,250,kg,harvesting,2026-01-05,01:00:00,6901234000017,")
                .contains("\"Conghua Green Farm, 6901234000017, 440117\"");
        assertThat(lines.get(2)).startsWith("GZ-R1,\"菜心 Choy sum, packed\",240,kg,transformation,2026-01-05,01:50:00,")
                .contains(",GZ-F1,ledger transaction,tx-3,\"Baiyun packing hall, ProducerMSP\",");
        assertThat(lines.get(3)).contains(",shipping,").contains(",DistributorMSP,,despatch_advice," + "2".repeat(64));
        assertThat(lines.get(4)).contains(",receiving,").contains(",ProducerMSP,,,ledger transaction,tx-5,");
    }

    @Test
    void the_same_events_in_another_order_or_twice_give_the_same_bytes() {
        final List<TrackingEvent> shuffled = new ArrayList<>(TraceFixture.events());
        Collections.reverse(shuffled);
        shuffled.addAll(TraceFixture.events());

        assertThat(FsmaCsvExport.toCsv(List.of(TraceFixture.farmLot(), TraceFixture.retailLot()), shuffled,
                TraceFixture.documents())).isEqualTo(FsmaCsvExport.toCsv(TraceFixture.traceBack()));
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
