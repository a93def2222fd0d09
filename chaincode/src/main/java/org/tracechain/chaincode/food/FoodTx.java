// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Reads, in one exchange with the peer, what an event's checks are about to read one key at a time: what
     * resolving the caller's site reads ({@link SiteRegistry#keysToResolve}), the records of the lots it names
     * ({@link LotStore#recordKeys}) and {@code otherKeys}. The {@code resolve} and {@code require}s that follow answer
     * from memory ({@link LedgerState#prefetch}).
     */
    void prefetchSiteAndLots(final String requestedSite, final List<String> lotIds, final List<String> otherKeys) {
        final List<String> keys = new ArrayList<>(SiteRegistry.keysToResolve(requestedSite, caller.mspId()));
        keys.addAll(LotStore.recordKeys(lotIds));
        keys.addAll(otherKeys);
        state.prefetch(keys);
    }

    /** {@link #prefetchSiteAndLots(String, List, List)} without other keys. */
    void prefetchSiteAndLots(final String requestedSite, final List<String> lotIds) {
        prefetchSiteAndLots(requestedSite, lotIds, List.of());
    }

    Instant now() {
        return state.txTimestamp();
    }

    String txId() {
        return state.txId();
    }
}
