// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.time.Instant;
import org.tracechain.chaincode.access.Caller;
import org.tracechain.chaincode.ledger.LedgerState;

/**
 * What one foodtrace transaction works with: the state, the caller and the shared stores built on them.
 * Services receive this instead of wiring the same four objects each.
 */
final class FoodTx {

    final LedgerState state;
    final Caller caller;
    final FoodAccess access;
    final LotStore lots;
    final EventLog events;
    final SiteRegistry sites;

    FoodTx(final LedgerState state, final Caller caller) {
        this.state = state;
        this.caller = caller;
        this.access = new FoodAccess(state, caller);
        this.lots = new LotStore(state);
        this.events = new EventLog(state, caller, lots);
        this.sites = new SiteRegistry(state);
    }

    Instant now() {
        return state.txTimestamp();
    }

    String txId() {
        return state.txId();
    }
}
