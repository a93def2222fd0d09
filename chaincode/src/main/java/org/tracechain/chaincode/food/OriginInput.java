// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.OriginEvent;

/**
 * Validates the origin of a registered lot and resolves its defaults: the producer (the registering
 * organisation), the site (the organisation's primary site) and the origin event (harvesting). The key data of
 * the other origin event must not be given: a field name belongs to a harvest, a trip's harvest dates and catch
 * areas (required there) to first land-based receiving.
 */
final class OriginInput {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final int CATCH_AREAS_MAX = 20;

    private final FoodTx tx;

    OriginInput(final FoodTx tx) {
        this.tx = tx;
    }

    LotOrigin origin(final LotOrigin requested) {
        final String msp = tx.caller.mspId();
        if (requested == null) {
            return new LotOrigin(msp, tx.sites.resolve("origin.site", null, msp), null, null, OriginEvent.HARVESTING,
                    null, null, null, null);
        }
        final OriginEvent event = requested.event() == null ? OriginEvent.HARVESTING : requested.event();
        final LocalDate producedOn = plausible("origin.producedOn", requested.producedOn());
        final String producer = FoodInput.optionalText("origin.producer", requested.producer(), FoodInput.NAME_MAX);
        final String regionCode = FoodInput.optionalId("origin.regionCode", requested.regionCode());
        final String fieldName = FoodInput.optionalText("origin.fieldName", requested.fieldName(), FoodInput.NAME_MAX);
        final LocalDate from = plausible("origin.harvestedFrom", requested.harvestedFrom());
        final LocalDate to = plausible("origin.harvestedTo", requested.harvestedTo());
        final List<String> catchAreas = FoodInput.ids("origin.catchAreas", requested.catchAreas(), CATCH_AREAS_MAX,
                false);
        if (event == OriginEvent.FIRST_LAND_BASED_RECEIVING) {
            if (fieldName != null) {
                throw Fields.invalid("origin.fieldName is a harvest's field; a landed catch has catchAreas instead");
            }
            FoodInput.required("origin.harvestedFrom", from);
            FoodInput.required("origin.harvestedTo", to);
            if (to.isBefore(from)) {
                throw Fields.invalid("origin.harvestedTo %s is before origin.harvestedFrom %s", to, from);
            }
            if (catchAreas.isEmpty()) {
                throw Fields.invalid("origin.catchAreas needs at least one catch area for first land-based receiving");
            }
        } else if (from != null || to != null || !catchAreas.isEmpty()) {
            throw Fields.invalid("origin.harvestedFrom, harvestedTo and catchAreas describe a fishing trip; they need "
                    + "origin.event FIRST_LAND_BASED_RECEIVING");
        } else if (fieldName != null && event != OriginEvent.HARVESTING) {
            throw Fields.invalid("origin.fieldName is the harvested field; it needs origin.event HARVESTING");
        }
        return new LotOrigin(producer == null ? msp : producer, tx.sites.resolve("origin.site", requested.site(), msp),
                regionCode, producedOn, event, fieldName, from, to, catchAreas);
    }

    private LocalDate plausible(final String field, final LocalDate date) {
        if (date == null) {
            return null;
        }
        final LocalDate latest = LocalDate.ofInstant(tx.now(), ZoneOffset.UTC).plusDays(1);
        if (date.isAfter(latest) || date.isBefore(EARLIEST)) {
            throw Fields.invalid("%s %s is not a plausible date", field, date);
        }
        return date;
    }
}
