// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.math.BigDecimal;
import java.util.Optional;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;

/**
 * tracechain's {@code RegisterLot} as the producer's farmer, one new lot per call: role and site checks, strict
 * JSON, the traceability code, the lot, its first event and its indexes, as the demo and the HTTP API submit it.
 */
final class RegisterLotWorkload implements Workload {

    private final LedgerContract foodtrace;
    private final String runId;

    /**
     * @param foodtrace the foodtrace contract as a producer user
     * @param runId makes the lot ids of this benchmark unique on a ledger that already holds earlier runs' lots
     */
    RegisterLotWorkload(final LedgerContract foodtrace, final String runId) {
        this.foodtrace = foodtrace;
        this.runId = runId;
    }

    @Override
    public String name() {
        return "tracechain RegisterLot";
    }

    @Override
    public String key() {
        return "register-lot";
    }

    @Override
    public Optional<String> against() {
        return Optional.of(CeilingPutWorkload.KEY);
    }

    @Override
    public void callOnce(final int client, final long sequence) throws LedgerException {
        final RegisterLotRequest request = new RegisterLotRequest("BENCH-" + runId + "-" + client + "-" + sequence,
                "06901234567892", "Choy sum", new BigDecimal("120.5"), "kg");
        foodtrace.submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(request));
    }
}
