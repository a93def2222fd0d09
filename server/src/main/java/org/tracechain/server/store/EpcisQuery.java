// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The EPCIS 2.0 query parameters the API supports (GS1 EPCIS 2.0, section 8.2.7 and the REST binding's
 * {@code GET /events}). Each list is OR-ed within itself and AND-ed with the others; an empty list does not restrict.
 *
 * @param eventTypes {@code eventType}: ObjectEvent, AggregationEvent, TransformationEvent, ...
 * @param geEventTime {@code GE_eventTime}: event time at or after
 * @param ltEventTime {@code LT_eventTime}: event time before
 * @param bizSteps {@code EQ_bizStep}: CBV business step (bare word or URI, as captured)
 * @param dispositions {@code EQ_disposition}
 * @param matchEpc {@code MATCH_epc}: epcList, childEPCs, inputEPCList, outputEPCList
 * @param matchAnyEpc {@code MATCH_anyEPC}: also parentID and quantity lists' epcClass
 * @param readPoints {@code EQ_readPoint}
 * @param bizLocations {@code EQ_bizLocation}
 * @param perPage page size (1..{@link #MAX_PER_PAGE})
 * @param pageToken the previous page's {@code nextPageToken}
 */
public record EpcisQuery(List<String> eventTypes, Optional<Instant> geEventTime, Optional<Instant> ltEventTime,
        List<String> bizSteps, List<String> dispositions, List<String> matchEpc, List<String> matchAnyEpc,
        List<String> readPoints, List<String> bizLocations, int perPage, Optional<String> pageToken) {

    /** The largest page the API serves. */
    public static final int MAX_PER_PAGE = 1000;
    /** The page size when none is asked for. */
    public static final int DEFAULT_PER_PAGE = 30;

    public EpcisQuery {
        eventTypes = List.copyOf(eventTypes);
        Objects.requireNonNull(geEventTime, "geEventTime must not be null");
        Objects.requireNonNull(ltEventTime, "ltEventTime must not be null");
        bizSteps = List.copyOf(bizSteps);
        dispositions = List.copyOf(dispositions);
        matchEpc = List.copyOf(matchEpc);
        matchAnyEpc = List.copyOf(matchAnyEpc);
        readPoints = List.copyOf(readPoints);
        bizLocations = List.copyOf(bizLocations);
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage must be 1.." + MAX_PER_PAGE);
        }
        Objects.requireNonNull(pageToken, "pageToken must not be null");
    }

    /** A query for every event, first page of the default size. */
    public static EpcisQuery all() {
        return new EpcisQuery(List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), DEFAULT_PER_PAGE, Optional.empty());
    }
}
