// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.List;
import java.util.Optional;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;

/**
 * Reads registered sites and parties for the services that record events, and decides where an event happened:
 * the site the request names (which must be registered) or else the recording organisation's primary site.
 * An event never goes on the ledger without a site, because its EPCIS read point and its FSMA location
 * description come from it.
 */
final class SiteRegistry {

    private final LedgerState state;

    SiteRegistry(final LedgerState state) {
        this.state = state;
    }

    Optional<SiteRecord> findSite(final String siteId) {
        return state.get(FoodKeys.site(siteId), SiteRecord.class);
    }

    Optional<PartyRecord> findParty(final String mspId) {
        return state.get(FoodKeys.party(mspId), PartyRecord.class);
    }

    /** A registered site, or SITE_NOT_FOUND; the id is validated first. */
    SiteRecord requireSite(final String field, final String siteId) {
        FoodInput.id(field, siteId);
        return findSite(siteId).orElseThrow(() -> Refusal.of(FoodError.SITE_NOT_FOUND,
                "%s %s is not a registered site (RegisterSite)", field, siteId));
    }

    /** A registered party, or PARTY_NOT_FOUND. */
    PartyRecord requireParty(final String field, final String mspId) {
        FoodInput.id(field, mspId);
        return findParty(mspId).orElseThrow(() -> Refusal.of(FoodError.PARTY_NOT_FOUND,
                "%s %s has no registered party (its admin runs RegisterParty)", field, mspId));
    }

    /**
     * The keys {@link #resolve} will read, to prefetch before the request is validated further: the requested site's
     * record, or the organisation's party record (its primary site) when no site is requested. A requested site id
     * that is not well-formed is left to {@link #resolve}, which refuses it.
     */
    static List<String> keysToResolve(final String requested, final String mspId) {
        if (requested == null) {
            return List.of(FoodKeys.party(mspId));
        }
        return Fields.isId(requested) ? List.of(FoodKeys.site(requested)) : List.of();
    }

    /**
     * Where an event of {@code mspId} happened: {@code requested} when given (a registered site), else the
     * organisation's primary site; SITE_REQUIRED when neither exists.
     */
    String resolve(final String field, final String requested, final String mspId) {
        if (requested != null) {
            return requireSite(field, requested).siteId();
        }
        return findParty(mspId).map(PartyRecord::primarySiteId).orElseThrow(() -> Refusal.of(
                FoodError.SITE_REQUIRED, "%s is required: %s has no primary site (RegisterParty or UpdateParty "
                        + "with primarySiteId)", field, mspId));
    }
}
