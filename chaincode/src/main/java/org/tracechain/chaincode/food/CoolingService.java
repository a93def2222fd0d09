// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.List;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.CoolRequest;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.identity.Role;

/**
 * FSMA 204 cooling (21 CFR 1.1325(b)): the holder of a harvested lot records that it was cooled, where and when,
 * before initial packing. It is a transaction of its own because no other one records this fact: the lot keeps
 * its identity, custody and quantity (so it is not a transformation), and it is a business step rather than a
 * stream of sensor readings (which RecordSensorReadings keeps).
 */
final class CoolingService {

    private final FoodTx tx;

    CoolingService(final FoodTx tx) {
        this.tx = tx;
    }

    TrackingEvent cool(final CoolRequest request) {
        tx.access.requireAnyRole("cooling", Role.PRODUCER, Role.PROCESSOR, Role.LOGISTICS);
        final Lot lot = tx.lots.require("lotId", request.lotId());
        tx.access.requireHolder("cooling", lot);
        LotStore.requireUsable("cooling", lot);
        LotStore.requireHarvested("cooling", lot);
        final String site = tx.sites.resolve("site", request.site(), tx.caller.mspId());
        final var eventTime = FoodInput.eventTime(request.eventTime(), tx.now());
        final List<String> documents = FoodInput.hashes("documentHashes", request.documentHashes());
        final var references = IdentifierInput.references("references", request.references());
        final String note = FoodInput.optionalText("note", request.note(), FoodInput.TEXT_MAX);
        tx.events.requireDocuments(documents);
        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.COOL, BusinessStep.COOLING,
                Disposition.ACTIVE, tx.caller.mspId(), tx.caller.id(), eventTime, site, List.of(lot.lotId()),
                documents, note).withQuantity(lot.quantity(), lot.unit()).withReferences(references));
        tx.events.announce(event);
        return event;
    }
}
