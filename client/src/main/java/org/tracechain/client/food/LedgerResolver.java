// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tracechain.client.LedgerException;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.food.epcis.EpcisResolver;
import org.tracechain.client.food.epcis.EpcisUris;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.PartyLookup;
import org.tracechain.model.food.SiteLookup;

/**
 * Resolves EPCIS location and party URIs against the ledger's registries: a GLN or SGLN through
 * {@code GetSiteByGln}, a site URN through {@code GetSite}, a party GLN or USCC through
 * {@code GetPartyByIdentifier}. Each URI is read once per import.
 */
final class LedgerResolver implements EpcisResolver {

    private final FoodTrace food;
    private final Map<String, Optional<String>> sites = new HashMap<>();
    private final Map<String, Optional<String>> parties = new HashMap<>();

    LedgerResolver(final FoodTrace food) {
        this.food = food;
    }

    @Override
    public Optional<String> siteId(final String uri) throws LedgerException {
        if (!sites.containsKey(uri)) {
            sites.put(uri, findSite(uri));
        }
        return sites.get(uri);
    }

    @Override
    public Optional<String> mspId(final String uri) throws LedgerException {
        if (!parties.containsKey(uri)) {
            parties.put(uri, findParty(uri));
        }
        return parties.get(uri);
    }

    private Optional<String> findSite(final String uri) throws LedgerException {
        try {
            final Optional<EpcisUris.Location> location = EpcisUris.location(uri);
            if (location.isPresent()) {
                return Optional.of(food.siteByGln(new SiteLookup(location.get().gln(), location.get().extension()))
                        .siteId());
            }
            final Optional<String> siteId = EpcisUris.siteId(uri);
            return siteId.isPresent() ? Optional.of(food.site(siteId.get()).siteId()) : Optional.empty();
        } catch (TransactionRefusedException e) {
            return notFound(e, FoodError.SITE_NOT_FOUND);
        }
    }

    private Optional<String> findParty(final String uri) throws LedgerException {
        try {
            final Optional<String> pgln = EpcisUris.pgln(uri);
            if (pgln.isPresent()) {
                return Optional.of(food.partyByIdentifier(new PartyLookup(pgln.get(), null)).mspId());
            }
            final Optional<String> uscc = EpcisUris.uscc(uri);
            return uscc.isPresent() ? Optional.of(food.partyByIdentifier(new PartyLookup(null, uscc.get())).mspId())
                    : Optional.empty();
        } catch (TransactionRefusedException e) {
            return notFound(e, FoodError.PARTY_NOT_FOUND);
        }
    }

    /** Not registered (or not a valid identifier): no match; anything else is a real failure. */
    private static Optional<String> notFound(final TransactionRefusedException e, final FoodError notFound)
            throws TransactionRefusedException {
        if (e.hasCode(notFound) || e.hasCode(CommonError.INVALID_FIELD) || e.hasCode(FoodError.INVALID_GS1_KEY)
                || e.hasCode(FoodError.INVALID_GS1_AI_VALUE) || e.hasCode(FoodError.INVALID_USCC)) {
            return Optional.empty();
        }
        throw e;
    }
}
