// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Input of {@code TraceBack} / {@code TraceForward}.
 *
 * @param lotId the lot to trace from
 * @param startLotIds instead of {@code lotId}: continue from a previous result's {@code frontier} (at most 10,000)
 * @param maxDepth lineage levels to follow (default 100, at most 1000)
 * @param maxLots lots to return (default 1000, at most 10000)
 * @param includeEvents whether to return events and documents (default true)
 */
public record TraceRequest(String lotId, List<String> startLotIds, Integer maxDepth, Integer maxLots,
        Boolean includeEvents) {}
