// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The sites and organisations a set of lots and events names: event and origin sites, ship-to sites, and the
 * recording, holding, shipped-to and trading organisations, each in id order. The chaincode (reading the registry
 * in the same call as the events) and the client (reading it afterwards) both describe exports with exactly these.
 *
 * @param siteIds the site ids named
 * @param mspIds the organisations named, by MSP id
 */
public record MasterDataReferences(SortedSet<String> siteIds, SortedSet<String> mspIds) {

    /** Copies the sets, unmodifiable. */
    public MasterDataReferences {
        siteIds = Collections.unmodifiableSortedSet(new TreeSet<>(siteIds));
        mspIds = Collections.unmodifiableSortedSet(new TreeSet<>(mspIds));
    }

    /** What {@code lots} and {@code events} name. */
    public static MasterDataReferences of(final Collection<Lot> lots, final Collection<TrackingEvent> events) {
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
        return new MasterDataReferences(siteIds, mspIds);
    }
}
