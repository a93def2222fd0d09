// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fully described transaction call: function name, arguments, transient (private) data and optionally the
 * organisations that must endorse it. Immutable and reusable: each {@code evaluate}/{@code submit} creates a new
 * proposal with a fresh transaction id.
 *
 * <pre>{@code
 * LedgerTransaction shipment = contract.newTransaction("RecordShipment")
 *         .addArguments(LedgerJson.toJson(request))
 *         .putTransient("price", priceBytes)
 *         .endorsingOrganizations("ProducerMSP", "DistributorMSP")
 *         .build();
 * TransactionResult result = shipment.submit();
 * }</pre>
 */
public interface LedgerTransaction {

    /** The transaction function name. */
    String name();

    /** The string arguments, in order. */
    List<String> arguments();

    /** The transient data keys (values are not exposed). */
    Set<String> transientKeys();

    /** The MSP ids that must endorse, or empty to let the gateway choose. */
    List<String> endorsingOrganizations();

    /**
     * Runs the transaction on one peer without ordering it (a query).
     *
     * @return the chaincode's result
     * @throws TransactionRefusedException if the chaincode refused
     * @throws LedgerUnavailableException if the peer could not be reached in time
     */
    byte[] evaluate() throws LedgerException;

    /**
     * Endorses, orders and waits for the commit.
     *
     * @return the committed result
     * @throws TransactionRefusedException if endorsement failed
     * @throws CommitFailedException if it committed invalid
     * @throws LedgerUnavailableException if the network could not be reached, or the commit status is unknown
     */
    TransactionResult submit() throws LedgerException;

    /**
     * Endorses and sends for ordering without waiting for the commit.
     *
     * @return the pending transaction, whose result is already available
     * @throws TransactionRefusedException if endorsement failed
     * @throws LedgerUnavailableException if the network could not be reached
     */
    PendingTransaction submitAsync() throws LedgerException;

    /** Builds a {@link LedgerTransaction}; each method checks its argument immediately. */
    interface Builder {
        /**
         * Appends string arguments.
         *
         * @param arguments the arguments
         * @return this builder
         * @throws NullPointerException if the array or an element is null
         */
        Builder addArguments(String... arguments);

        /**
         * Adds one transient (private, not recorded in the transaction) value.
         *
         * @param key the transient key
         * @param value the bytes
         * @return this builder
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the key is blank
         */
        Builder putTransient(String key, byte[] value);

        /**
         * Adds transient values.
         *
         * @param transientData key to bytes
         * @return this builder
         * @throws NullPointerException if the map, a key or a value is null
         * @throws IllegalArgumentException if a key is blank
         */
        Builder putAllTransient(Map<String, byte[]> transientData);

        /**
         * Restricts endorsement to these organisations (required with private data the gateway's organisation
         * does not hold).
         *
         * @param mspIds MSP ids
         * @return this builder
         * @throws NullPointerException if the array or an element is null
         * @throws IllegalArgumentException if empty or an element is blank
         */
        Builder endorsingOrganizations(String... mspIds);

        /** @return the transaction */
        LedgerTransaction build();
    }
}
