// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The FSMA 204 sortable spreadsheet of the Guangdong demo scenario, byte for byte. The golden file
 * ({@code guangdong.fsma.csv}) was reviewed column by column against 21 CFR 1.1325-1.1350; the review is in the
 * README ("FSMA 204 sortable spreadsheet").
 */
class GuangdongFsmaSpreadsheetTest {

    @Test
    void the_guangdong_scenario_exports_the_reviewed_spreadsheet() throws IOException {
        final GuangdongExports scenario = GuangdongExports.scenario();
        assertThat(FsmaCsvExport.toCsv(scenario.lots(), scenario.events(), scenario.documents(), scenario.master()))
                .isEqualTo(EpcisExportTest.golden("guangdong.fsma.csv"));
    }
}
