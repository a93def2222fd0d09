// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.tracechain.client.LedgerException;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.food.export.MasterData;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TrackingEvent;

/** Reads the sites and parties lots and events name, one evaluate each, skipping names without a record. */
final class MasterDataReader {

    private MasterDataReader() {}

    static MasterData read(final FoodTrace food, final Collection<Lot> lots, final Collection<TrackingEvent> events)
            throws LedgerException {
        final TreeSet<String> siteIds = new TreeSet<>();
        final TreeSet<String> mspIds = new TreeSet<>();
        for (final Lot lot : lots) {
            mspIds.add(lot.holderMspId());
            if (lot.origin() != null && lot.origin().site() != null) {
                siteIds.add(lot.origin().site());
            }
        }
        for (final TrackingEvent event : events) {
            final EventBody body = event.body();
            mspIds.add(body.actorMspId());
            if (body.site() != null) {
                siteIds.add(body.site());
            }
            if (body.shipment() != null) {
                mspIds.add(body.shipment().fromMspId());
                mspIds.add(body.shipment().toMspId());
                if (body.shipment().toSiteId() != null) {
                    siteIds.add(body.shipment().toSiteId());
                }
            }
        }
        final List<SiteRecord> sites = new ArrayList<>();
        for (final String siteId : siteIds) {
            try {
                sites.add(food.site(siteId));
            } catch (TransactionRefusedException e) {
                if (!e.hasCode(FoodError.SITE_NOT_FOUND) && !e.hasCode(CommonError.INVALID_FIELD)) {
                    throw e;
                }
            }
        }
        final List<PartyRecord> parties = new ArrayList<>();
        for (final String mspId : mspIds) {
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
