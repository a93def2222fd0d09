// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.List;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotRegulation;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.LotStatusNotice;
import org.tracechain.model.food.RegulatorActionRequest;
import org.tracechain.model.food.TrackingEvent;

/**
 * Regulator holds (查封/暂停销售) and releases of single lots; a held lot cannot move or change. A hold is the lot's
 * regulation record, not a change of its custody record, so it needs no endorsement from the holder's peer: a
 * regulator with the channel's endorsement policy (MAJORITY) can always hold and release.
 */
final class HoldService {

    private final FoodTx tx;

    HoldService(final FoodTx tx) {
        this.tx = tx;
    }

    TrackingEvent hold(final RegulatorActionRequest request) {
        tx.access.requireRegulator("holding a lot");
        final Lot lot = tx.lots.require("lotId", request.lotId());
        final String reason = FoodInput.text("reason", request.reason(), FoodInput.TEXT_MAX);
        switch (lot.status()) {
            case ACTIVE, IN_TRANSIT -> { }
            case ON_HOLD -> throw Refusal.of(FoodError.LOT_ON_HOLD, "lot %s is already on hold", lot.lotId());
            case RECALLED -> throw Refusal.of(FoodError.LOT_RECALLED, "lot %s is recalled", lot.lotId());
            case CONSUMED -> throw Refusal.of(FoodError.LOT_CONSUMED, "lot %s is consumed", lot.lotId());
            default -> throw new IllegalStateException("unhandled status " + lot.status());
        }
        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.HOLD, BusinessStep.HOLDING,
                Disposition.NON_SELLABLE_OTHER, tx.caller.mspId(), tx.caller.id(), tx.now(),
                tx.sites.resolve("site", null, tx.caller.mspId()),
                List.of(lot.lotId()), List.of(), null).withReason(reason, null, null));
        tx.lots.regulate(new LotRegulation(lot.lotId(), LotStatus.ON_HOLD, reason, null, tx.caller.mspId(),
                tx.caller.id(), tx.now(), tx.txId()));
        tx.state.event(FoodChaincodeEvents.LOT_HELD,
                new LotStatusNotice(lot.lotId(), lot.holderMspId(), LotStatus.ON_HOLD, reason, event.eventId()));
        return event;
    }

    TrackingEvent release(final RegulatorActionRequest request) {
        tx.access.requireRegulator("releasing a lot");
        final Lot lot = tx.lots.require("lotId", request.lotId());
        final String reason = FoodInput.text("reason", request.reason(), FoodInput.TEXT_MAX);
        if (lot.status() != LotStatus.ON_HOLD) {
            throw Refusal.of(FoodError.LOT_NOT_ON_HOLD, "lot %s is %s, not on hold", lot.lotId(), lot.status());
        }
        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.RELEASE, BusinessStep.HOLDING,
                Disposition.ACTIVE, tx.caller.mspId(), tx.caller.id(), tx.now(),
                tx.sites.resolve("site", null, tx.caller.mspId()), List.of(lot.lotId()),
                List.of(), null).withReason(reason, null, null));
        final LotStatus restored = tx.lots.deregulate(lot.lotId());
        tx.state.event(FoodChaincodeEvents.LOT_RELEASED,
                new LotStatusNotice(lot.lotId(), lot.holderMspId(), restored, reason, event.eventId()));
        return event;
    }
}
