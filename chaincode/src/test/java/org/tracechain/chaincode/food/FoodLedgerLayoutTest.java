// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.LedgerLayouts;

/**
 * What foodtrace writes is the layout its jar declares (see {@link LedgerLayouts}): the Guangdong scenario, and for
 * the records it has no part for, the stories of other tests (EPCIS import, cooling, a transformation with
 * documents, serials, a correction, a pallet aggregated and taken apart).
 */
class FoodLedgerLayoutTest {

    @Test
    void what_foodtrace_writes_has_the_declared_layout() {
        LedgerLayouts.assertDeclared("foodtrace", List.of(GuangdongScenario.run(),
                golden(GoldenRecordsTest::imported_event_and_its_epcis_event_id), golden(GoldenRecordsTest::cool_event),
                golden(GoldenRecordsTest::transformation_output_lot_and_event), corrected(), aggregated()));
    }

    private static InMemoryLedger golden(final Consumer<GoldenRecordsTest> story) {
        final GoldenRecordsTest test = new GoldenRecordsTest();
        test.setUp();
        story.accept(test);
        return test.ledger;
    }

    private static InMemoryLedger corrected() {
        final InspectionTest test = new InspectionTest();
        test.setUp();
        test.corrections_reference_the_original_which_stays();
        return test.ledger;
    }

    private static InMemoryLedger aggregated() {
        final TransformationTest test = new TransformationTest();
        test.setUp();
        test.aggregate_and_disaggregate_a_pallet();
        return test.ledger;
    }
}
