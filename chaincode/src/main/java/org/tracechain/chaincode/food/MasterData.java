// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.MasterDataReferences;
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
        final MasterDataReferences named = MasterDataReferences.of(lots, events);
        final List<SiteRecord> sites = named.siteIds().stream().map(registry::findSite).flatMap(Optional::stream).toList();
        final List<PartyRecord> parties = named.mspIds().stream().map(registry::findParty).flatMap(Optional::stream).toList();
        return new MasterData(sites, parties);
    }
}
