// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of EPCIS events.
 *
 * @param events the events, in the store's stable order
 * @param nextPageToken opaque token for the next page, empty on the last page
 * @param height the block height the page reflects (see {@link QueryStore#height(String)})
 */
public record EventPage(List<StoredEvent> events, Optional<String> nextPageToken, long height) {
    public EventPage {
        events = List.copyOf(events);
        Objects.requireNonNull(nextPageToken, "nextPageToken must not be null");
    }
}
