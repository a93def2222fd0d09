// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.List;

/**
 * The directory benchmark's figures.
 *
 * @param departments departments registered
 * @param entries catalog entries created
 * @param items data items in them
 * @param loadSeconds time to register the departments and duties and create the entries
 * @param parallel submits in flight while loading
 * @param searches latency per search, each over {@code runs} calls
 * @param runs calls per search after the warm-up
 * @param errors what could not be loaded or measured, with why
 */
record DirectoryTiming(int departments, int entries, int items, double loadSeconds, int parallel,
        List<Search> searches, int runs, List<String> errors) {

    DirectoryTiming {
        searches = List.copyOf(searches);
        errors = List.copyOf(errors);
    }

    /**
     * One search's latency at the client, decoding included.
     *
     * @param name what was searched, as the report names it
     * @param transaction the govdir transaction
     * @param results entries in each answer (the first page)
     * @param p50Ms median
     * @param p95Ms 95th percentile (nearest rank)
     * @param maxMs slowest call
     */
    record Search(String name, String transaction, int results, double p50Ms, double p95Ms, double maxMs) {}
}
