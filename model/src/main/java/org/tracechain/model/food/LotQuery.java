// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;

/**
 * Input of the paged lot and event queries; each query uses the fields it names.
 *
 * @param holderMspId {@code LotsByHolder}
 * @param productCode {@code LotsByProduct}
 * @param status {@code LotsByStatus}
 * @param registeredFrom {@code LotsByRegistrationDate}: inclusive lower bound
 * @param registeredTo {@code LotsByRegistrationDate}: exclusive upper bound
 * @param lotId {@code EventsByLot}, {@code AlertsByLot}
 * @param containerId {@code LotsInContainer}
 * @param recallId {@code RecallLots}
 * @param pageSize 1-500 (default 100)
 * @param bookmark from the previous page, optional
 */
public record LotQuery(String holderMspId, String productCode, LotStatus status, Instant registeredFrom,
        Instant registeredTo, String lotId, String containerId, String recallId, Integer pageSize, String bookmark) {}
