// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * Input of {@code Aggregate} (pack lots into a container or pallet, e.g. an SSCC) and of
 * {@code Disaggregate} (unpack them; an empty {@code lotIds} unpacks every lot in the container).
 *
 * @param containerId container or pallet id
 * @param lotIds lots (1-200 for Aggregate)
 * @param site where, optional
 * @param eventTime when, optional
 * @param note free text, optional
 */
public record AggregateRequest(String containerId, List<String> lotIds, String site, Instant eventTime,
        String note) {}
