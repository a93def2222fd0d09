// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.tracechain.client.LedgerException;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.food.export.MasterData;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.MasterDataReferences;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TrackingEvent;

/** Reads the sites and parties lots and events name, one evaluate each, skipping names without a record. */
final class MasterDataReader {

    private MasterDataReader() {}

    static MasterData read(final FoodTrace food, final Collection<Lot> lots, final Collection<TrackingEvent> events)
            throws LedgerException {
        final MasterDataReferences named = MasterDataReferences.of(lots, events);
        final List<SiteRecord> sites = new ArrayList<>();
        for (final String siteId : named.siteIds()) {
            try {
                sites.add(food.site(siteId));
            } catch (TransactionRefusedException e) {
                if (!e.hasCode(FoodError.SITE_NOT_FOUND) && !e.hasCode(CommonError.INVALID_FIELD)) {
                    throw e;
                }
            }
        }
        final List<PartyRecord> parties = new ArrayList<>();
        for (final String mspId : named.mspIds()) {
            try {
                parties.add(food.party(mspId));
            } catch (TransactionRefusedException e) {
                if (!e.hasCode(FoodError.PARTY_NOT_FOUND)) {
                    throw e;
                }
            }
        }
        return MasterData.of(sites, parties);
    }
}
