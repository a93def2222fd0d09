// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.time.Duration;
import java.util.Optional;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RecallAffectedLot;
import org.tracechain.model.food.RecallStatusView;

/**
 * The off-chain query store: tables projected from every valid write of both chaincodes, read by the HTTP API so
 * that searches do not scan the ledger. Every answer says the block height it reflects.
 *
 * <p>Implementations are thread-safe.
 */
public interface QueryStore extends AutoCloseable {

    /**
     * The channel's height as far as the store has projected it: the number of the next block it will read
     * (0 when nothing is projected yet).
     *
     * @param channel channel name
     * @return the projected height
     */
    long height(String channel);

    /**
     * Waits until the store has projected {@code blockNumber} of {@code channel} (read-your-writes).
     *
     * @param channel channel name
     * @param blockNumber a block number, e.g. the one a write committed in
     * @param timeout how long to wait
     * @return true when the block is projected, false on timeout
     * @throws InterruptedException if interrupted while waiting
     */
    boolean awaitBlock(String channel, long blockNumber, Duration timeout) throws InterruptedException;

    /**
     * EPCIS 2.0 events matching a query, in the store's stable order, as EPCIS 2.0 JSON-LD event objects.
     *
     * @param query the EPCIS query parameters
     * @return a page of events and the height it reflects
     */
    EventPage events(EpcisQuery query);

    /**
     * One EPCIS event by its EPCIS {@code eventID}.
     *
     * @param eventId the EPCIS event ID (an IRI, e.g. {@code urn:uuid:...} or {@code ni:///...})
     * @return the event, as EPCIS 2.0 JSON-LD, if projected
     */
    Optional<StoredEvent> event(String eventId);

    /**
     * Lots matching a search.
     *
     * @param search search criteria
     * @return a page of lots and the height it reflects
     */
    StorePage<Lot> lots(LotSearch search);

    /**
     * A recall's status as the chaincode's {@code RecallStatus} answers it: the recall record, each holder
     * organisation's acknowledgement (sorted) and the holders that have not acknowledged.
     *
     * @param recallId the recall id
     * @return the status, if the recall is projected
     */
    default Optional<RecallStatusView> recall(final String recallId) {
        throw new UnsupportedOperationException("this query store has no recalls");
    }

    /**
     * The lots a recall affected (with their holder and status before the recall), in lot-id order.
     *
     * @param recallId the recall id
     * @param perPage page size (1..{@link EpcisQuery#MAX_PER_PAGE})
     * @param pageToken the previous page's {@code nextPageToken}
     * @return a page of affected lots and the height it reflects
     */
    default StorePage<RecallAffectedLot> recallLots(final String recallId, final int perPage,
            final Optional<String> pageToken) {
        throw new UnsupportedOperationException("this query store has no recalls");
    }

    /**
     * A lot's whole lineage exactly as the SDK's paged trace ({@code traceBackAll} / {@code traceForwardAll} with
     * pages of {@code pageLots}) answers it from the chaincode at the store's height, with every event and document.
     * Empty when this store cannot answer it exactly (see {@code LineageReader}): ask the chaincode then.
     *
     * @param lotId the lot traced
     * @param back ancestors (true) or descendants
     * @param pageLots lots per page of the chaincode trace it reproduces (1..10,000)
     * @return the trace and the height it reflects, or empty
     */
    default Optional<StoreTrace> trace(final String lotId, final boolean back, final int pageLots) {
        return Optional.empty();
    }

    /**
     * The channel's transactions as the store projected them from its blocks, valid or not, newest first.
     *
     * @param channel channel name
     * @param limit page size (1..200)
     * @param pageToken the previous page's {@code nextPageToken}
     * @return a page of transactions and the channel's projected height
     * @throws IllegalArgumentException for a limit out of range or a token this store did not issue
     */
    default StorePage<ChainTransaction> transactions(final String channel, final int limit,
            final Optional<String> pageToken) {
        throw new UnsupportedOperationException("this query store has no transactions");
    }

    @Override
    void close();
}
