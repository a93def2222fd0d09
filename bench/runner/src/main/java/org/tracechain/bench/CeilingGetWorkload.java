// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.Optional;
import org.tracechain.bench.ceiling.CeilingTransaction;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;

/**
 * Fabric's ceiling for a read: the ceiling chaincode's {@code Get} of one stored key per call (each client its own
 * key), an evaluate on the gateway's peer through the same SDK and identity as {@link GetLotWorkload}.
 */
final class CeilingGetWorkload implements Workload {

    static final String KEY = "ceiling-get";

    private final LedgerContract ceiling;
    private final ExistingRecords records;

    CeilingGetWorkload(final LedgerContract ceiling, final ExistingRecords records) {
        this.ceiling = ceiling;
        this.records = records;
    }

    @Override
    public String name() {
        return "Fabric ceiling Get";
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
        ceiling.evaluateText(CeilingTransaction.GET, records.ceilingKey(client));
    }
}
