// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Lot search criteria; every given criterion must match.
 *
 * @param traceCode the lot's traceability code
 * @param gtin the product's GTIN
 * @param lotNumber the lot number (with {@code gtin}: GTIN + lot, AI (01)+(10))
 * @param product product name or code
 * @param holder MSP id of the current holder
 * @param status lot status name
 * @param registeredFrom registered at or after
 * @param registeredTo registered before
 * @param perPage page size (1..1000)
 * @param pageToken the previous page's {@code nextPageToken}
 */
public record LotSearch(Optional<String> traceCode, Optional<String> gtin, Optional<String> lotNumber,
        Optional<String> product, Optional<String> holder, Optional<String> status, Optional<Instant> registeredFrom,
        Optional<Instant> registeredTo, int perPage, Optional<String> pageToken) {
    public LotSearch {
        Objects.requireNonNull(traceCode, "traceCode must not be null");
        Objects.requireNonNull(gtin, "gtin must not be null");
        Objects.requireNonNull(lotNumber, "lotNumber must not be null");
        Objects.requireNonNull(product, "product must not be null");
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(registeredFrom, "registeredFrom must not be null");
        Objects.requireNonNull(registeredTo, "registeredTo must not be null");
        if (perPage < 1 || perPage > EpcisQuery.MAX_PER_PAGE) {
            throw new IllegalArgumentException("perPage must be 1.." + EpcisQuery.MAX_PER_PAGE);
        }
        Objects.requireNonNull(pageToken, "pageToken must not be null");
    }
}
