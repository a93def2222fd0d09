// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.error.ErrorMessage;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.ImportEventsRequest;
import org.tracechain.model.food.ImportEventsResult;
import org.tracechain.model.food.ImportedEvent;
import org.tracechain.model.food.TrackingEvent;

/**
 * Imports the events of one EPCIS capture document in one transaction, so that the document is recorded whole
 * or not at all. Each event is applied by the service of the transaction it maps to, with that transaction's
 * rules and the caller's identity (an import never lets anyone do what they could not do one call at a time);
 * a refusal names the event's index and EPCIS eventID and keeps the underlying code. Later events see what
 * earlier ones wrote ({@link LotStore} and {@link EventLog} remember this transaction's writes), and each EPCIS
 * eventID is recorded once.
 */
final class ImportService {

    /** Events per document: one transaction's write set and execution time stay modest. */
    static final int EVENTS_MAX = 100;

    private final FoodTx tx;

    ImportService(final FoodTx tx) {
        this.tx = tx;
    }

    ImportEventsResult importEvents(final ImportEventsRequest request) {
        final List<ImportedEvent> events = FoodInput.nonEmptyList("events", request.events(), EVENTS_MAX);
        final List<ImportEventsResult.Entry> entries = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            final ImportedEvent event = events.get(i);
            final String epcisEventId = FoodInput.text("events[" + i + "].epcisEventId", event.epcisEventId(),
                    FoodInput.URI_MAX);
            if (epcisEventId.chars().anyMatch(Character::isWhitespace)) {
                throw Fields.invalid("events[%d].epcisEventId must not contain white space", i);
            }
            final long requests = Stream.of(event.registerLot(), event.ship(), event.receive(), event.transform(),
                    event.aggregate(), event.disaggregate(), event.cool(), event.sell()).filter(Objects::nonNull)
                    .count();
            if (requests != 1) {
                throw Fields.invalid("events[%d] must carry exactly one request, not %d", i, requests);
            }
            final String eventId = apply(i, epcisEventId, () -> tx.events.importing(epcisEventId, () -> record(event)));
            entries.add(new ImportEventsResult.Entry(epcisEventId, eventId));
        }
        final ImportEventsResult result = new ImportEventsResult(entries);
        tx.state.event(FoodChaincodeEvents.EVENTS_IMPORTED, result);
        return result;
    }

    /** Applies one event through its transaction's service; returns the recorded ledger event id. */
    private String record(final ImportedEvent event) {
        if (event.registerLot() != null) {
            final String lotId = new LotService(tx).registerLot(event.registerLot()).lotId();
            return tx.events.lastRecordedFor(lotId);
        }
        final TrackingEvent recorded;
        if (event.ship() != null) {
            recorded = new CustodyService(tx).ship(event.ship());
        } else if (event.receive() != null) {
            recorded = new CustodyService(tx).receive(event.receive());
        } else if (event.sell() != null) {
            recorded = new CustodyService(tx).sell(event.sell());
        } else if (event.transform() != null) {
            recorded = new TransformationService(tx).transform(event.transform());
        } else if (event.aggregate() != null) {
            recorded = new TransformationService(tx).aggregate(event.aggregate());
        } else if (event.disaggregate() != null) {
            recorded = new TransformationService(tx).disaggregate(event.disaggregate());
        } else {
            recorded = new CoolingService(tx).cool(event.cool());
        }
        return recorded.eventId();
    }

    /** Runs {@code action}; a refusal keeps its code and gains the event's place in the document. */
    private static String apply(final int index, final String epcisEventId, final Supplier<String> action) {
        try {
            return action.get();
        } catch (ChaincodeException e) {
            final var parsed = ErrorMessage.parse(e.getMessage());
            if (parsed.isEmpty()) {
                throw e;
            }
            throw new ChaincodeException("[" + parsed.get().code() + "] event " + index + " (" + epcisEventId + "): "
                    + parsed.get().message(), e.getPayload());
        }
    }
}
