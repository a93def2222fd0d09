// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.LocalDate;
import java.util.List;

/**
 * Where and how a lot came into being (Guangdong 产地; FSMA harvest or first land-based receiving key data).
 *
 * @param producer producer name or licence (e.g. SC code), optional (default: the registering organisation)
 * @param site the registered site where the lot was harvested, landed or registered, optional (default: the
 *     organisation's primary site)
 * @param regionCode administrative region code (e.g. GB/T 2260 {@code 440100}), optional
 * @param producedOn harvest (or production) date, optional
 * @param event the FSMA origin event, optional in requests (default {@link OriginEvent#HARVESTING}); stored
 *     resolved on registered lots, absent on lots made by a transformation
 * @param fieldName the field or growing area harvested (FSMA: as named on the farm map), optional
 * @param harvestedFrom first day of the fishing trip's harvest (first land-based receiving), optional
 * @param harvestedTo last day of the fishing trip's harvest (first land-based receiving), optional
 * @param catchAreas catch areas of the trip, e.g. FAO major fishing areas or NMFS ocean codes, optional (at most 20)
 */
public record LotOrigin(String producer, String site, String regionCode, LocalDate producedOn, OriginEvent event,
        String fieldName, LocalDate harvestedFrom, LocalDate harvestedTo, List<String> catchAreas) {

    public LotOrigin {
        catchAreas = catchAreas == null || catchAreas.isEmpty() ? null : List.copyOf(catchAreas);
    }

    /** An origin with the producer, site, region and date only. */
    public LotOrigin(final String producer, final String site, final String regionCode, final LocalDate producedOn) {
        this(producer, site, regionCode, producedOn, null, null, null, null, null);
    }
}
