// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.Optional;
import org.tracechain.bench.ceiling.CeilingTransaction;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;

/**
 * Fabric's ceiling: the ceiling chaincode's {@code Put} of one new key per call, about as large as a RegisterLot
 * request, through the same SDK, identity, peers and endorsement policy.
 */
final class CeilingPutWorkload implements Workload {

    static final String KEY = "ceiling-put";

    /** Roughly the size of the RegisterLot request's JSON, so both move similar payloads. */
    static final String VALUE = "{\"lotId\":\"BENCH\",\"productCode\":\"06901234567892\","
            + "\"productName\":\"Choy sum\",\"quantity\":120.5,\"unit\":\"kg\"}";

    private final LedgerContract ceiling;
    private final String runId;

    /**
     * @param ceiling the ceiling contract as the same user RegisterLot runs as
     * @param runId makes the keys of this benchmark unique
     */
    CeilingPutWorkload(final LedgerContract ceiling, final String runId) {
        this.ceiling = ceiling;
        this.runId = runId;
    }

    @Override
    public String name() {
        return "Fabric ceiling Put";
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Optional<String> against() {
        return Optional.empty();
    }

    @Override
    public void callOnce(final int client, final long sequence) throws LedgerException {
        ceiling.submit(CeilingTransaction.PUT, "BENCH-" + runId + "-" + client + "-" + sequence, VALUE);
    }
}
