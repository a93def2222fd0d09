// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.Shipment;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.identity.Role;

/**
 * Custody of lots: the holder ships to a named organisation, only that organisation receives, retailers
 * sell. Key-level endorsement follows custody: a shipped lot's key needs the receiver's peer (so the
 * receiver must endorse the RECEIVE), a received lot's key needs the new holder's peer. Holds and recalls live in
 * the lot's regulation record, outside that policy.
 */
final class CustodyService {

    private final FoodTx tx;
    private final TermsService terms;

    CustodyService(final FoodTx tx) {
        this.tx = tx;
        this.terms = new TermsService(tx);
    }

    TrackingEvent ship(final ShipRequest request) {
        tx.access.requireAnyRole("shipping", FoodAccess.CUSTODIANS);
        final Lot lot = tx.lots.require("lotId", request.lotId());
        tx.access.requireHolder("shipping", lot);
        final String to = FoodInput.id("toMspId", request.toMspId());
        if (to.equals(lot.holderMspId())) {
            throw Refusal.of(FoodError.SHIP_TO_SELF, "lot %s is already held by %s", lot.lotId(), to);
        }
        // Nobody outside the channel could ever receive it: the lot would stay in transit for good.
        tx.access.requireMember("toMspId", to);
        LotStore.requireUsable("shipping", lot);
        // Exports name both parties by their registered identifiers and the recipient's location: no MSP ids.
        tx.sites.requireParty("shipper", tx.caller.mspId());
        tx.sites.requireParty("toMspId", to);
        final String site = tx.sites.resolve("site", request.site(), tx.caller.mspId());
        final String toSite = tx.sites.resolve("toSite", request.toSite(), to);
        final String note = FoodInput.optionalText("note", request.note(), FoodInput.TEXT_MAX);
        final List<String> documents = FoodInput.hashes("documentHashes", request.documentHashes());
        final var references = IdentifierInput.references("references", request.references());
        final var eventTime = FoodInput.eventTime(request.eventTime(), tx.now());
        tx.events.requireDocuments(documents);
        final Optional<TermsService.SealedTerms> sealed = terms.fromTransient(lot.holderMspId(), to);

        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.SHIP, BusinessStep.SHIPPING,
                Disposition.IN_TRANSIT, tx.caller.mspId(), tx.caller.id(), eventTime, site, List.of(lot.lotId()),
                documents, note).withQuantity(lot.quantity(), lot.unit()).withShipment(shipment(lot.holderMspId(), to,
                        sealed).withToSite(toSite)).withReferences(references));
        sealed.ifPresent(s -> terms.store(s, event.eventId()));
        tx.lots.update(lot, lot.toBuilder().status(LotStatus.IN_TRANSIT).shippedToMspId(to)
                .updated(tx.now(), tx.txId()).build());
        tx.state.requireEndorsement(FoodKeys.lot(lot.lotId()), to);
        tx.events.announce(event);
        return event;
    }

    TrackingEvent receive(final ReceiveRequest request) {
        tx.access.requireAnyRole("receiving", FoodAccess.CUSTODIANS);
        final Lot lot = tx.lots.require("lotId", request.lotId());
        if (lot.shippedToMspId() == null) {
            throw Refusal.of(FoodError.LOT_NOT_IN_TRANSIT, "lot %s is not in transit", lot.lotId());
        }
        if (!lot.shippedToMspId().equals(tx.caller.mspId())) {
            throw Refusal.of(FoodError.NOT_RECEIVER, "lot %s is in transit to %s, not %s", lot.lotId(),
                    lot.shippedToMspId(), tx.caller.mspId());
        }
        final String site = tx.sites.resolve("site", request.site(), tx.caller.mspId());
        final String note = FoodInput.optionalText("note", request.note(), FoodInput.TEXT_MAX);
        final List<String> documents = FoodInput.hashes("documentHashes", request.documentHashes());
        final var references = IdentifierInput.references("references", request.references());
        final var eventTime = FoodInput.eventTime(request.eventTime(), tx.now());
        tx.events.requireDocuments(documents);
        final Optional<TermsService.SealedTerms> sealed = terms.fromTransient(lot.holderMspId(), tx.caller.mspId());

        // A recall or hold issued while in transit stays in force (it is the lot's regulation record, which custody
        // does not touch); the receiver still takes custody.
        final String disposition = switch (lot.status()) {
            case RECALLED -> Disposition.RECALLED;
            case ON_HOLD -> Disposition.NON_SELLABLE_OTHER;
            // CBV pairs receiving with in_progress: the objects are being received at the site.
            default -> Disposition.IN_PROGRESS;
        };
        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.RECEIVE, BusinessStep.RECEIVING,
                disposition, tx.caller.mspId(), tx.caller.id(), eventTime, site, List.of(lot.lotId()), documents, note)
                .withQuantity(lot.quantity(), lot.unit())
                .withShipment(shipment(lot.holderMspId(), tx.caller.mspId(), sealed)).withReferences(references));
        sealed.ifPresent(s -> terms.store(s, event.eventId()));
        tx.lots.update(lot, lot.toBuilder().holderMspId(tx.caller.mspId()).shippedToMspId(null)
                .status(LotStatus.ACTIVE).updated(tx.now(), tx.txId()).build());
        tx.state.requireEndorsement(FoodKeys.lot(lot.lotId()), tx.caller.mspId());
        tx.events.announce(event);
        return event;
    }

    TrackingEvent sell(final SellRequest request) {
        tx.access.requireAnyRole("selling", Role.RETAILER);
        final Lot lot = tx.lots.require("lotId", request.lotId());
        tx.access.requireHolder("selling", lot);
        LotStore.requireUsable("selling", lot);
        final BigDecimal sold = FoodInput.quantity("quantity", request.quantity());
        if (sold.compareTo(lot.quantity()) > 0) {
            throw Refusal.of(FoodError.INSUFFICIENT_QUANTITY, "lot %s holds %s %s; cannot sell %s", lot.lotId(),
                    lot.quantity().toPlainString(), lot.unit(), sold.toPlainString());
        }
        final String site = tx.sites.resolve("site", request.site(), tx.caller.mspId());
        final String note = FoodInput.optionalText("note", request.note(), FoodInput.TEXT_MAX);
        final var eventTime = FoodInput.eventTime(request.eventTime(), tx.now());
        final BigDecimal remaining = FoodInput.normalise(lot.quantity().subtract(sold));
        final TrackingEvent event = tx.events.record(EventBody.of(EventKind.SELL, BusinessStep.RETAIL_SELLING,
                Disposition.RETAIL_SOLD, tx.caller.mspId(), tx.caller.id(), eventTime, site, List.of(lot.lotId()),
                List.of(), note).withQuantity(sold, lot.unit()));
        tx.lots.update(lot, lot.toBuilder().quantity(remaining)
                .status(remaining.signum() == 0 ? LotStatus.CONSUMED : lot.status()).updated(tx.now(), tx.txId())
                .build());
        tx.events.announce(event);
        return event;
    }

    private static Shipment shipment(final String from, final String to,
            final Optional<TermsService.SealedTerms> sealed) {
        return new Shipment(from, to, sealed.map(TermsService.SealedTerms::hash).orElse(null),
                sealed.map(TermsService.SealedTerms::collection).orElse(null));
    }
}
