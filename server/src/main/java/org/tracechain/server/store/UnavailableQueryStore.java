// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.time.Duration;
import java.util.Optional;
import org.tracechain.model.error.ApiError;
import org.tracechain.model.food.Lot;
import org.tracechain.server.http.ApiProblem;

/**
 * The query store of a server started without one: every question is answered with a 503
 * {@code STORE_UNAVAILABLE} problem, so the endpoints that read the ledger directly keep working and those that
 * need the store say why they cannot.
 *
 * <pre>{@code
 * TraceChainServer.newBuilder().home(home).organization("producer")
 *         .queryStore(UnavailableQueryStore.INSTANCE)   // the default
 *         .build();
 * }</pre>
 */
public final class UnavailableQueryStore implements QueryStore {

    /** The one instance. */
    public static final UnavailableQueryStore INSTANCE = new UnavailableQueryStore();

    private UnavailableQueryStore() {}

    private static ApiProblem unavailable() {
        return new ApiProblem(503, ApiError.STORE_UNAVAILABLE.name(),
                "this server has no query store (start it with --db-url)");
    }

    @Override
    public long height(final String channel) {
        throw unavailable();
    }

    @Override
    public boolean awaitBlock(final String channel, final long blockNumber, final Duration timeout) {
        throw unavailable();
    }

    @Override
    public EventPage events(final EpcisQuery query) {
        throw unavailable();
    }

    @Override
    public Optional<StoredEvent> event(final String eventId) {
        throw unavailable();
    }

    @Override
    public StorePage<Lot> lots(final LotSearch search) {
        throw unavailable();
    }

    @Override
    public StorePage<ChainTransaction> transactions(final String channel, final int limit,
            final Optional<String> pageToken) {
        throw unavailable();
    }

    @Override
    public void close() {
        // Nothing to close.
    }

    @Override
    public String toString() {
        return "UnavailableQueryStore";
    }
}
