// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.tracechain.chaincode.access.Caller;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventNotice;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.TrackingEvent;

/**
 * The append-only journal of tracking events. An event's id is the SHA-256 of its canonical body, so the
 * same body recorded twice is refused as a duplicate; nothing is ever updated or deleted.
 */
final class EventLog {

    private final LedgerState state;
    private final Caller caller;
    private final LotStore lots;
    /** Fabric does not let a transaction read its own writes, so ids and documents written here are tracked. */
    private final Set<String> eventsThisTx = new HashSet<>();
    private final Set<String> documentsThisTx = new HashSet<>();
    private final Set<String> importedThisTx = new HashSet<>();
    private final Map<String, String> lastByLot = new HashMap<>();
    /** The EPCIS eventID of the event being imported, while an ImportEvents transaction applies it. */
    private String importing;

    EventLog(final LedgerState state, final Caller caller, final LotStore lots) {
        this.state = state;
        this.caller = caller;
        this.lots = lots;
    }

    /**
     * Records the events of {@code action} as imported under the EPCIS {@code epcisEventId}: each carries the id,
     * which is indexed so that the same EPCIS event is never imported twice.
     */
    <T> T importing(final String epcisEventId, final Supplier<T> action) {
        if (importedThisTx.contains(epcisEventId) || state.exists(FoodKeys.key(FoodKeys.EPCIS_EVENT, epcisEventId))) {
            throw Refusal.of(FoodError.DUPLICATE_EVENT, "EPCIS event %s is already recorded", epcisEventId);
        }
        importing = epcisEventId;
        try {
            return action.get();
        } finally {
            importing = null;
        }
    }

    /** Hashes, stores and indexes (per lot, in its lineage, by record time) a new event. */
    TrackingEvent record(final EventBody recorded) {
        final EventBody body = importing == null ? recorded : recorded.withEpcisEventId(importing);
        final String eventId = Hashing.ofCanonicalJson(body);
        final String key = FoodKeys.event(eventId);
        // An event naming a lot this transaction creates cannot be on the ledger already: every event names lots that
        // existed when it was recorded or that its own transaction created, lots are never deleted, and this lot's
        // absence is in the read set (its creator read it), so the transaction commits only while it is still absent.
        // Such an event's id is not read: RegisterLot and a transformation make one round trip less.
        if (eventsThisTx.contains(eventId)
                || (body.lotIds().stream().noneMatch(lots::createdHere) && state.exists(key))) {
            throw Refusal.of(FoodError.DUPLICATE_EVENT, "an identical %s event %s is already recorded", body.kind(),
                    eventId);
        }
        eventsThisTx.add(eventId);
        final TrackingEvent event = new TrackingEvent(eventId, body, state.txTimestamp(), state.txId());
        state.put(key, event);
        final String time = FoodKeys.sortable(event.recordTime());
        for (final String lotId : body.lotIds()) {
            lots.indexEvent(lotId, time, eventId);
            lastByLot.put(lotId, eventId);
        }
        if (importing != null) {
            state.put(FoodKeys.key(FoodKeys.EPCIS_EVENT, importing), eventId);
            importedThisTx.add(importing);
        }
        return event;
    }

    /** The id of the last event this transaction recorded about {@code lotId}. */
    String lastRecordedFor(final String lotId) {
        return lastByLot.get(lotId);
    }

    Optional<TrackingEvent> find(final String eventId) {
        return state.get(FoodKeys.event(eventId), TrackingEvent.class);
    }

    TrackingEvent require(final String field, final String eventId) {
        final String id = FoodInput.hash(field, eventId);
        return find(id).orElseThrow(() -> Refusal.of(FoodError.EVENT_NOT_FOUND, "event %s does not exist", id));
    }

    /** Every hash must name a recorded document (or one recorded earlier in this transaction). */
    void requireDocuments(final List<String> hashes) {
        for (final String hash : hashes) {
            if (!documentsThisTx.contains(hash) && !state.exists(FoodKeys.document(hash))) {
                throw Refusal.of(FoodError.DOCUMENT_NOT_FOUND, "document %s is not recorded (RecordDocument first)",
                        hash);
            }
        }
    }

    boolean documentKnown(final String hash) {
        return documentsThisTx.contains(hash) || state.exists(FoodKeys.document(hash));
    }

    void documentWritten(final String hash) {
        documentsThisTx.add(hash);
    }

    /** Emits the transaction's single chaincode event announcing {@code event}. */
    void announce(final TrackingEvent event) {
        state.event(FoodChaincodeEvents.EVENT_RECORDED, notice(event));
    }

    EventNotice notice(final TrackingEvent event) {
        return new EventNotice(event.eventId(), event.body().kind(), event.body().lotIds(), caller.mspId());
    }
}
