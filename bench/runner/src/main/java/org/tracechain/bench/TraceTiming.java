// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.List;

/**
 * Trace latency over one lineage, as {@code report.json} holds it: each figure the median of {@link #runs()} calls
 * after one warm-up call, measured at the client around the evaluate (the response's transfer included, its decoding
 * not, except in {@code forwardEventsDecodedMs} and the paged trace, which decodes and merges its pages).
 *
 * @param lots lots in the lineage
 * @param shape how it was built: root → {@code middle} lots → {@code leavesEach} lots each
 * @param buildSeconds time to build it (transformations submitted {@code parallel} at a time)
 * @param parallel transformations in flight while building
 * @param runs calls per figure
 * @param forwardLotsMs {@code TraceForward} from the root, lots only, one call
 * @param forwardEventsMs the same with events and documents
 * @param forwardEventsDecodedMs the same call until its answer is decoded into the model's {@code TraceResult}, as a
 *                               client gets it: the one call to compare the paged trace with
 * @param forwardPagedMs the same through the SDK's paged trace ({@code traceForwardAll}, pages of 1,000 lots)
 * @param backMs {@code TraceBack} from a leaf (three lots)
 * @param forwardEventsBytes size of the one-call answer with events
 * @param errors figures that could not be measured, with why
 */
record TraceTiming(int lots, LineageShape shape, double buildSeconds, int parallel, int runs, long forwardLotsMs,
        long forwardEventsMs, long forwardEventsDecodedMs, long forwardPagedMs, long backMs, long forwardEventsBytes,
        List<String> errors) {

    TraceTiming {
        errors = List.copyOf(errors);
    }
}
