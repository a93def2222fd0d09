// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.Optional;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.chaincode.validation.JsonArgument;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Shipment;
import org.tracechain.model.food.TermsVerification;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.food.VerifyTermsRequest;

/**
 * Private commercial terms of a shipment. The terms arrive in the transient map (never in the recorded
 * proposal arguments), are stored canonically in the trading pair's collection {@code terms_<a>_<b>} under
 * the event id, and only their SHA-256 goes on the channel (in the event's {@link Shipment}).
 */
final class TermsService {

    /** Validated terms with their canonical hash and collection. */
    record SealedTerms(TradeTerms terms, String hash, String collection) {}

    private final FoodTx tx;

    TermsService(final FoodTx tx) {
        this.tx = tx;
    }

    /** Reads and validates the transient terms, if the proposal carries any. */
    Optional<SealedTerms> fromTransient(final String fromMspId, final String toMspId) {
        final Optional<byte[]> raw = tx.state.transientValue(FoodTransaction.TRANSIENT_TERMS);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        final TradeTerms decoded = JsonArgument.decode("transient terms", raw.get(), TradeTerms.class);
        final TradeTerms terms = validate(decoded);
        return Optional.of(new SealedTerms(terms, Hashing.ofCanonicalJson(terms),
                FoodKeys.termsCollection(fromMspId, toMspId)));
    }

    /** Stores terms privately under the event that carries their hash. */
    void store(final SealedTerms sealed, final String eventId) {
        tx.state.putPrivate(sealed.collection(), FoodKeys.key(FoodKeys.TERMS, eventId), sealed.terms());
    }

    /** Anyone who knows the terms can prove they are what the event recorded. */
    TermsVerification verify(final VerifyTermsRequest request) {
        final TrackingEvent event = tx.events.require("eventId", request.eventId());
        FoodInput.required("terms", request.terms());
        final TradeTerms terms = validate(request.terms());
        final String supplied = Hashing.ofCanonicalJson(terms);
        final Shipment shipment = event.body().shipment();
        if (shipment == null || shipment.termsHash() == null) {
            return new TermsVerification(event.eventId(), false, null, supplied, null, null);
        }
        final Boolean privateMatches = tx.state
                .privateHash(shipment.termsCollection(), FoodKeys.key(FoodKeys.TERMS, event.eventId()))
                .map(h -> Hashing.hex(h).equals(shipment.termsHash())).orElse(null);
        return new TermsVerification(event.eventId(), supplied.equals(shipment.termsHash()), shipment.termsHash(),
                supplied, shipment.termsCollection(), privateMatches);
    }

    /** The terms themselves, for the two trading parties and authorities (on a peer of the collection). */
    TradeTerms get(final String eventId) {
        final TrackingEvent event = tx.events.require("eventId", eventId);
        final Shipment shipment = event.body().shipment();
        if (shipment == null || shipment.termsHash() == null) {
            throw Refusal.of(FoodError.TERMS_NOT_FOUND, "event %s carries no private terms", event.eventId());
        }
        final String msp = tx.caller.mspId();
        if (!msp.equals(shipment.fromMspId()) && !msp.equals(shipment.toMspId()) && !tx.access.isRegulator()) {
            throw Refusal.of(FoodError.NOT_A_TRADING_PARTY, "%s is not a party to the terms of event %s", msp,
                    event.eventId());
        }
        return tx.state.getPrivate(shipment.termsCollection(), FoodKeys.key(FoodKeys.TERMS, event.eventId()),
                TradeTerms.class).orElseThrow(() -> Refusal.of(FoodError.TERMS_NOT_FOUND,
                        "this peer holds no terms for event %s (collection %s)", event.eventId(),
                        shipment.termsCollection()));
    }

    private static TradeTerms validate(final TradeTerms terms) {
        final var price = FoodInput.decimal("terms.price", terms.price());
        if (price.signum() < 0) {
            throw Fields.invalid("terms.price must not be negative");
        }
        final String currency = terms.currency();
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw Fields.invalid("terms.currency must be an ISO 4217 code such as CNY");
        }
        return new TradeTerms(price, currency,
                FoodInput.text("terms.contractNumber", terms.contractNumber(), FoodInput.NAME_MAX),
                FoodInput.optionalText("terms.note", terms.note(), FoodInput.TEXT_MAX));
    }
}
