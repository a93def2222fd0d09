// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TrackingEvent;

/**
 * The registered sites and parties a set of lots and events names (event and origin sites, ship-to sites,
 * recording, holding and trading organisations), in id order: what an export needs for location descriptions
 * and party identifiers, read in the same call as the events so they describe the same ledger state.
 *
 * @param sites the sites found
 * @param parties the parties found (organisations without a party record are left out; exports report them)
 */
record MasterData(List<SiteRecord> sites, List<PartyRecord> parties) {

    static MasterData of(final SiteRegistry registry, final Collection<Lot> lots,
            final Collection<TrackingEvent> events) {
        final TreeSet<String> siteIds = new TreeSet<>();
        final TreeSet<String> mspIds = new TreeSet<>();
        for (final Lot lot : lots) {
            mspIds.add(lot.holderMspId());
            if (lot.shippedToMspId() != null) {
                mspIds.add(lot.shippedToMspId());
            }
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
        final List<SiteRecord> sites = siteIds.stream().map(registry::findSite).flatMap(Optional::stream).toList();
        final List<PartyRecord> parties = mspIds.stream().map(registry::findParty).flatMap(Optional::stream).toList();
        return new MasterData(sites, parties);
    }
}
