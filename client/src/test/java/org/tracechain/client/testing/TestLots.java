// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotStatus;

/** Lots as the foodtrace chaincode returns them, for scripted gateway answers. */
public final class TestLots {

    private TestLots() {}

    /** A freshly registered, active lot. */
    public static Lot registered(final String lotId, final String productCode, final String productName,
            final BigDecimal quantity, final String unit, final String holderMspId, final String registeredBy,
            final Instant registeredAt, final String txId) {
        return new Lot(lotId, lotId.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", ""),
                "urn:tracechain:lot:" + lotId, productCode, null, productName, null, quantity, unit, null, holderMspId,
                LotStatus.ACTIVE, null, null, List.of(), lotId, null, null, null, null, null, registeredBy,
                registeredAt,
                txId, registeredAt, txId);
    }
}
