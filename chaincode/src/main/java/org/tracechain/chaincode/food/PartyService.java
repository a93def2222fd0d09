// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.Objects;
import java.util.Optional;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.PartyLookup;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.SiteRecord;

/**
 * The party registry: each channel member organisation, through its own admin, registers the identifier that
 * names it as a trading party (GS1 party GLN and/or the unified social credit code) and its default site. Exports
 * name parties by these identifiers, never by MSP id. The record is keyed by the caller's MSP id, so an
 * organisation can only ever describe itself, and its key needs that organisation's peer to change.
 */
final class PartyService {

    private final FoodTx tx;

    PartyService(final FoodTx tx) {
        this.tx = tx;
    }

    PartyRecord register(final PartyRequest request) {
        tx.access.requireAdmin("registering the organisation's party");
        final String msp = tx.caller.mspId();
        if (tx.state.exists(FoodKeys.party(msp))) {
            throw Refusal.of(FoodError.PARTY_ALREADY_EXISTS, "%s already has a party record (UpdateParty)", msp);
        }
        final PartyRecord party = validated(request, null);
        claim(FoodKeys.PARTY_BY_PGLN, party.pgln(), null);
        claim(FoodKeys.PARTY_BY_USCC, party.uscc(), null);
        store(party);
        return party;
    }

    PartyRecord update(final PartyRequest request) {
        tx.access.requireAdmin("updating the organisation's party");
        final PartyRecord current = tx.sites.requireParty("mspId", tx.caller.mspId());
        final PartyRecord party = validated(request, current);
        claim(FoodKeys.PARTY_BY_PGLN, party.pgln(), current.pgln());
        claim(FoodKeys.PARTY_BY_USCC, party.uscc(), current.uscc());
        store(party);
        return party;
    }

    PartyRecord get(final String mspId) {
        return tx.sites.requireParty("mspId", mspId);
    }

    PartyRecord getByIdentifier(final PartyLookup query) {
        if ((query.pgln() == null) == (query.uscc() == null)) {
            throw Fields.invalid("give exactly one of pgln and uscc");
        }
        final String index = query.pgln() != null ? FoodKeys.PARTY_BY_PGLN : FoodKeys.PARTY_BY_USCC;
        final String value = query.pgln() != null ? IdentifierInput.optionalGln("pgln", query.pgln())
                : IdentifierInput.optionalUscc("uscc", query.uscc());
        final String mspId = tx.state.get(FoodKeys.key(index, value), String.class).orElseThrow(() -> Refusal.of(
                FoodError.PARTY_NOT_FOUND, "no party is registered with %s %s", query.pgln() != null ? "PGLN" : "USCC",
                value));
        return tx.sites.requireParty("mspId", mspId);
    }

    private PartyRecord validated(final PartyRequest request, final PartyRecord current) {
        final String businessName = FoodInput.text("businessName", request.businessName(), FoodInput.NAME_MAX);
        final String phone = IdentifierInput.phone("phone", request.phone());
        final var address = IdentifierInput.optionalAddress("address", request.address());
        final String pgln = IdentifierInput.optionalGln("pgln", request.pgln());
        final String uscc = IdentifierInput.optionalUscc("uscc", request.uscc());
        if (pgln == null && uscc == null) {
            throw Fields.invalid("a party needs a pgln or a uscc");
        }
        final String primarySite = request.primarySiteId();
        if (primarySite != null) {
            final SiteRecord site = tx.sites.requireSite("primarySiteId", primarySite);
            if (!site.ownerMspId().equals(tx.caller.mspId())) {
                throw Refusal.of(FoodError.NOT_SITE_OWNER, "primarySiteId %s belongs to %s, not %s", primarySite,
                        site.ownerMspId(), tx.caller.mspId());
            }
        }
        return new PartyRecord(tx.caller.mspId(), businessName, phone, address, pgln, uscc, primarySite,
                current == null ? tx.now() : current.registeredAt(), tx.now(), tx.caller.id(), tx.txId());
    }

    /** Points {@code index(value)} at the caller's party, refusing a value another organisation holds. */
    private void claim(final String index, final String value, final String previous) {
        if (Objects.equals(value, previous)) {
            return;
        }
        if (value != null) {
            final String key = FoodKeys.key(index, value);
            final Optional<String> holder = tx.state.get(key, String.class);
            if (holder.isPresent()) {
                throw Refusal.of(FoodError.PARTY_ALREADY_EXISTS, "%s is already the identifier of %s", value,
                        holder.get());
            }
            tx.state.put(key, tx.caller.mspId());
        }
        if (previous != null) {
            tx.state.stub().delState(FoodKeys.key(index, previous));
        }
    }

    private void store(final PartyRecord party) {
        final String key = FoodKeys.party(party.mspId());
        tx.state.put(key, party);
        tx.state.requireEndorsement(key, party.mspId());
        tx.state.event(FoodChaincodeEvents.PARTY_CHANGED, party);
    }
}
