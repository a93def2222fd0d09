// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;

/** Decoding shortcuts for tests. */
final class LedgerJsonAccess {
    private LedgerJsonAccess() {}

    static TrackingEvent event(final String json) {
        return LedgerJson.fromJson(json, TrackingEvent.class);
    }
}
