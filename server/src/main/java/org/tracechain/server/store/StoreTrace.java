// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.Objects;
import org.tracechain.model.food.TraceResult;

/**
 * A lot's whole lineage as the query store answers it, and the height it reflects.
 *
 * @param result exactly what the SDK's paged trace ({@code traceBackAll} / {@code traceForwardAll}) returns at that
 *     height
 * @param height the store's height: the number of the next block it will project
 */
public record StoreTrace(TraceResult result, long height) {
    public StoreTrace {
        Objects.requireNonNull(result, "result");
    }
}
