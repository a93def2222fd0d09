// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import org.tracechain.client.LedgerException;
import org.tracechain.model.food.TracePages;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;

/**
 * The SDK's whole-lineage trace: the chaincode's trace evaluated page by page and merged by {@link TracePages}, the
 * merge the query store uses too.
 */
final class TracePager {

    @FunctionalInterface
    interface TraceCall {
        TraceResult trace(TraceRequest request) throws LedgerException;
    }

    private TracePager() {}

    static TraceResult all(final TraceCall call, final String lotId, final int pageLots) throws LedgerException {
        return TracePages.merge((starts, maxLots) -> call.trace(new TraceRequest(null, starts, null, maxLots, null)),
                lotId, pageLots);
    }
}
