// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.List;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.CorrectEventRequest;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventDetails;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.identity.Role;

/**
 * Corrections (EPCIS error declarations) and single-event reads. Events are never changed: a CORRECTION
 * event references the event it corrects and is indexed against the same lots.
 */
final class EventService {

    /** Corrections listed per event. */
    private static final int CORRECTIONS_MAX = 100;

    private final FoodTx tx;

    EventService(final FoodTx tx) {
        this.tx = tx;
    }

    /** The organisation that recorded an event (any business role) or an authority regulator corrects it. */
    TrackingEvent correct(final CorrectEventRequest request) {
        final TrackingEvent original = tx.events.require("eventId", request.eventId());
        final boolean recorder = tx.caller.mspId().equals(original.body().actorMspId())
                && tx.caller.hasAnyRole(Role.PRODUCER, Role.PROCESSOR, Role.LOGISTICS, Role.RETAILER, Role.INSPECTOR);
        if (!recorder && !tx.access.isRegulator()) {
            throw Refusal.of(CommonError.ACCESS_DENIED,
                    "only the recording organisation or an authority regulator may correct event %s",
                    original.eventId());
        }
        final String reason = FoodInput.text("reason", request.reason(), FoodInput.TEXT_MAX);
        final List<String> documents = FoodInput.hashes("documentHashes", request.documentHashes());
        tx.events.requireDocuments(documents);
        final TrackingEvent correction = tx.events.record(EventBody.of(EventKind.CORRECTION,
                original.body().bizStep(), original.body().disposition(), tx.caller.mspId(), tx.caller.id(), tx.now(),
                null, original.body().lotIds(), documents, null).withReason(reason, original.eventId(), null));
        tx.state.index(FoodKeys.CORRECTIONS, original.eventId(), correction.eventId());
        tx.events.announce(correction);
        return correction;
    }

    EventDetails get(final String eventId) {
        final TrackingEvent event = tx.events.require("eventId", eventId);
        final List<String> corrections = tx.state.scan(FoodKeys.CORRECTIONS, List.of(event.eventId()),
                CORRECTIONS_MAX, kv -> tx.state.attributesOf(kv.getKey()).get(1));
        return new EventDetails(event, corrections);
    }
}
