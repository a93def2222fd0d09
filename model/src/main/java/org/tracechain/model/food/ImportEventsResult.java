// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Result of {@code ImportEvents}: the ledger event recorded for each imported EPCIS event, in document order.
 *
 * @param events one entry per imported event
 */
public record ImportEventsResult(List<Entry> events) {

    public ImportEventsResult {
        events = List.copyOf(events);
    }

    /**
     * An imported event.
     *
     * @param epcisEventId its EPCIS eventID
     * @param eventId the ledger event recorded for it
     */
    public record Entry(String epcisEventId, String eventId) {}
}
