// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.chaincode.validation.JsonArgument;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.SaltedTerms;
import org.tracechain.model.food.Shipment;
import org.tracechain.model.food.TermsVerification;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.food.VerifyTermsRequest;
import org.tracechain.model.text.StrictText;

/**
 * Private commercial terms of a shipment. The terms and a random salt arrive in the transient map (never in the
 * recorded proposal arguments) and are stored canonically, together ({@link SaltedTerms}), in the trading pair's
 * collection {@code terms_<a>_<b>} under the event id; only the SHA-256 of that stored value goes on the channel (in
 * the event's {@link Shipment}).
 *
 * <p>Why a salt: terms are guessable (a price in a plausible range, a contract number in a known format), and an
 * unsalted hash lets anyone on the channel confirm a guess offline. The client draws the salt, because every
 * endorsing peer must compute the same result and so the chaincode cannot use randomness; it stays in the
 * collection. For the same reason only collection members (the two parties and the authority organisations) may
 * verify terms: answering anyone else would turn {@code VerifyTerms} into the same guessing oracle.
 */
final class TermsService {

    /** 32 bytes, as lower-case hex. */
    private static final Pattern SALT = Pattern.compile("[0-9a-f]{64}");

    /** Validated terms with their salt, the hash the event records, and the collection. */
    record SealedTerms(SaltedTerms value, String hash, String collection) {}

    private final FoodTx tx;

    TermsService(final FoodTx tx) {
        this.tx = tx;
    }

    /** Reads and validates the transient terms and their salt, if the proposal carries terms. */
    Optional<SealedTerms> fromTransient(final String fromMspId, final String toMspId) {
        final Optional<byte[]> raw = tx.state.transientValue(FoodTransaction.TRANSIENT_TERMS);
        final Optional<byte[]> rawSalt = tx.state.transientValue(FoodTransaction.TRANSIENT_TERMS_SALT);
        if (raw.isEmpty()) {
            if (rawSalt.isPresent()) {
                throw Fields.invalid("transient %s is sent without %s", FoodTransaction.TRANSIENT_TERMS_SALT,
                        FoodTransaction.TRANSIENT_TERMS);
            }
            return Optional.empty();
        }
        final TradeTerms terms = validate(JsonArgument.decode("transient terms", raw.get(), TradeTerms.class));
        final String salt = salt(rawSalt.orElseThrow(() -> Fields.invalid("transient %s needs a random %s (64 "
                + "lower-case hex digits)", FoodTransaction.TRANSIENT_TERMS, FoodTransaction.TRANSIENT_TERMS_SALT)));
        final SaltedTerms value = new SaltedTerms(salt, terms);
        return Optional.of(new SealedTerms(value, Hashing.ofCanonicalJson(value),
                FoodKeys.termsCollection(fromMspId, toMspId)));
    }

    /** Stores the salted terms privately under the event that carries their hash. */
    void store(final SealedTerms sealed, final String eventId) {
        tx.state.putPrivate(sealed.collection(), FoodKeys.key(FoodKeys.TERMS, eventId), sealed.value());
    }

    /** A collection member proves terms are what the event recorded: they are salted as stored and hashed. */
    TermsVerification verify(final VerifyTermsRequest request) {
        final TrackingEvent event = tx.events.require("eventId", request.eventId());
        FoodInput.required("terms", request.terms());
        final TradeTerms terms = validate(request.terms());
        final Shipment shipment = event.body().shipment();
        requireCollectionMember(event, shipment);
        if (shipment == null || shipment.termsHash() == null) {
            return new TermsVerification(event.eventId(), false, null, null, null, null);
        }
        final SaltedTerms stored = storedTerms(event.eventId(), shipment);
        final String supplied = Hashing.ofCanonicalJson(new SaltedTerms(stored.salt(), terms));
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
        return storedTerms(event.eventId(), shipment).terms();
    }

    /**
     * The caller's organisation is in the terms' collection: one of the two parties, or an authority organisation
     * (the collections include them). Checked before any private read: the peer refuses non-members' reads anyway.
     */
    private void requireCollectionMember(final TrackingEvent event, final Shipment shipment) {
        final String msp = tx.caller.mspId();
        final boolean party = shipment != null && (msp.equals(shipment.fromMspId()) || msp.equals(shipment.toMspId()));
        if (!party && !tx.access.callerOrgIsAuthority()) {
            throw Refusal.of(CommonError.ACCESS_DENIED, "only members of the terms' collection (the trading parties "
                    + "and authority organisations) verify the terms of event %s; %s is not one", event.eventId(), msp);
        }
    }

    private SaltedTerms storedTerms(final String eventId, final Shipment shipment) {
        return tx.state.getPrivate(shipment.termsCollection(), FoodKeys.key(FoodKeys.TERMS, eventId),
                SaltedTerms.class).orElseThrow(() -> Refusal.of(FoodError.TERMS_NOT_FOUND,
                        "this peer holds no terms for event %s (collection %s)", eventId, shipment.termsCollection()));
    }

    private static String salt(final byte[] raw) {
        if (!StrictText.isUtf8(raw)) {
            throw Refusal.of(CommonError.INVALID_ENCODING, "transient %s is not valid UTF-8",
                    FoodTransaction.TRANSIENT_TERMS_SALT);
        }
        final String salt = new String(raw, StandardCharsets.UTF_8);
        if (!SALT.matcher(salt).matches()) {
            throw Fields.invalid("transient %s must be 64 lower-case hex digits (32 random bytes)",
                    FoodTransaction.TRANSIENT_TERMS_SALT);
        }
        return salt;
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
