// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Payload of the {@code EventRecorded} and {@code LotRegistered} chaincode events.
 *
 * @param eventId the recorded event
 * @param kind its kind
 * @param lotIds lots it is about
 * @param actorMspId organisation that recorded it
 */
public record EventNotice(String eventId, EventKind kind, List<String> lotIds, String actorMspId) {
    public EventNotice {
        lotIds = List.copyOf(lotIds);
    }
}
