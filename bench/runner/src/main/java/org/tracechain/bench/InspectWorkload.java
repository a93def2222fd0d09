// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.math.BigDecimal;
import java.util.Optional;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.json.LedgerJson;

/**
 * Recording an event on a lot that exists: tracechain's {@code Inspect} as the producer's inspector, a passed
 * residue test on the client's own lot (so concurrent clients never touch the same keys). It reads the lot and
 * the site, and writes the INSPECT event and the lot's event index entry; the lot itself is not rewritten.
 */
final class InspectWorkload implements Workload {

    private static final BigDecimal RESULT = new BigDecimal("0.012");
    private static final BigDecimal LIMIT = new BigDecimal("0.05");

    private final LedgerContract foodtrace;
    private final ExistingRecords records;

    /**
     * @param foodtrace the foodtrace contract as a user with the inspector role
     * @param records the lots inspected, one per client
     */
    InspectWorkload(final LedgerContract foodtrace, final ExistingRecords records) {
        this.foodtrace = foodtrace;
        this.records = records;
    }

    @Override
    public String name() {
        return "tracechain Inspect";
    }

    @Override
    public String key() {
        return "inspect";
    }

    @Override
    public Optional<String> against() {
        return Optional.of(CeilingPutWorkload.KEY);
    }

    @Override
    public void callOnce(final int client, final long sequence) throws LedgerException {
        final InspectRequest request = new InspectRequest(records.lot(client), "chlorpyrifos residue", RESULT, LIMIT,
                "mg/kg", null, "GB 23200.113-2018", "bench laboratory", null, null, null, null, null);
        foodtrace.submit(FoodTransaction.INSPECT, LedgerJson.toJson(request));
    }
}
