// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * The channel's foodtrace configuration. Role attributes are minted by each organisation's own CA, so the
 * regulator role counts only for the listed authority organisations; lots can be shipped only to the listed
 * channel members, because no other organisation can ever receive them.
 *
 * @param authorityMspIds authority organisations (sorted, distinct)
 * @param memberMspIds the channel's member organisations (sorted, distinct); empty in a configuration written
 *     before members were recorded, which must be configured again before anything is shipped
 * @param updatedByMspId organisation of the admin that set it
 * @param updatedBy admin identity
 * @param updatedAt transaction timestamp
 * @param txId transaction
 */
public record FoodConfiguration(List<String> authorityMspIds, List<String> memberMspIds, String updatedByMspId,
        String updatedBy, Instant updatedAt, String txId) {
    public FoodConfiguration {
        authorityMspIds = List.copyOf(authorityMspIds);
        memberMspIds = memberMspIds == null ? List.of() : List.copyOf(memberMspIds);
    }
}
