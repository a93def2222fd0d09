// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.Optional;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Lot;

/**
 * tracechain's {@code GetLot}: a lot's effective view (custody record and regulation) read on the gateway's peer and
 * decoded into the model's {@link Lot}, as the SDK's {@code FoodTrace.lot} returns it; each client reads its own lot.
 */
final class GetLotWorkload implements Workload {

    private final LedgerContract foodtrace;
    private final ExistingRecords records;

    GetLotWorkload(final LedgerContract foodtrace, final ExistingRecords records) {
        this.foodtrace = foodtrace;
        this.records = records;
    }

    @Override
    public String name() {
        return "tracechain GetLot";
    }

    @Override
    public String key() {
        return "get-lot";
    }

    @Override
    public Optional<String> against() {
        return Optional.of(CeilingGetWorkload.KEY);
    }

    @Override
    public void callOnce(final int client, final long sequence) throws LedgerException {
        foodtrace.evaluateJson(FoodTransaction.GET_LOT, Lot.class, records.lot(client));
    }
}
