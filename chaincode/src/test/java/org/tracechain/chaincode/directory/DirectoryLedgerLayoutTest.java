// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.LedgerLayouts;

/** What the Beijing scenario leaves on the ledger is the layout the govdir jar declares (see LedgerLayouts). */
class DirectoryLedgerLayoutTest {

    @Test
    void the_scenarios_ledger_has_the_declared_layout() {
        final BeijingScenarioTest scenario = new BeijingScenarioTest();
        scenario.three_departments_share_data_under_audit();
        LedgerLayouts.assertDeclared("govdir", List.of(scenario.ledger));
    }
}
