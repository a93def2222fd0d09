// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of records from the query store.
 *
 * @param <T> record type (a shared model record)
 * @param items the records, in the store's stable order
 * @param nextPageToken opaque token for the next page, empty on the last page
 * @param height the block height the page reflects (see {@link QueryStore#height(String)})
 */
public record StorePage<T>(List<T> items, Optional<String> nextPageToken, long height) {
    public StorePage {
        items = List.copyOf(items);
        Objects.requireNonNull(nextPageToken, "nextPageToken must not be null");
    }
}
