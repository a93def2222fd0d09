// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

/**
 * A transaction that was endorsed and sent for ordering; its result is known, its commit not yet.
 * Submitting many independent transactions this way and awaiting them afterwards overlaps their ordering.
 *
 * <pre>{@code
 * List<Pending<TrackingEvent>> shipments = new ArrayList<>();
 * for (String lotId : lotIds) {
 *     shipments.add(food.shipAsync(new ShipRequest(lotId, "DistributorMSP", null, null, null, null), terms));
 * }
 * for (Pending<TrackingEvent> shipment : shipments) {
 *     shipment.awaitCommit();   // throws CommitFailedException if it committed invalid
 * }
 * }</pre>
 *
 * @param <T> the result type
 */
public interface Pending<T> {
    /** The transaction id. */
    String transactionId();

    /** The chaincode's (endorsed, not yet committed) result. */
    T value();

    /**
     * Waits for the commit.
     *
     * @return the committed result
     * @throws LedgerException if it committed invalid or its status could not be obtained
     */
    Committed<T> awaitCommit() throws LedgerException;
}
