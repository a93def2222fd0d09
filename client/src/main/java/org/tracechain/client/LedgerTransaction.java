// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** How {@link #submit()} retries: {@link RetryPolicy#none()} unless the builder asked for retries. */
    RetryPolicy retryPolicy();

    /** The deadline of {@link #evaluate()} when the builder set one, else empty: the client's evaluate timeout. */
    Optional<Duration> evaluateTimeout();

    /**
     * Runs the transaction on one peer without ordering it (a query).
     *
     * @return the chaincode's result
     * @throws TransactionRefusedException if the chaincode refused
     * @throws LedgerUnavailableException if the peer could not be reached in time
     */
    byte[] evaluate() throws LedgerException;

    /**
     * {@link #evaluate()} and decodes the result's JSON.
     *
     * @param resultType the type to decode into
     * @param <T> the result type
     * @return the decoded result
     * @throws LedgerException as {@link #evaluate()}, or when the result is not that type's JSON
     */
    <T> T evaluateJson(Class<T> resultType) throws LedgerException;

    /**
     * Endorses, orders and waits for the commit. When the ordering service does not confirm it took the transaction,
     * or the commit status does not arrive within the client's commit-status deadline, the submit finds out what
     * happened instead of guessing (see {@link LedgerClient.Builder#outcomeTimeout}). With a {@link #retryPolicy()}
     * that allows retries, a conflict or an outage that left nothing submitted is retried with a new proposal,
     * endorsed from the ledger as it is then.
     *
     * @return the committed result
     * @throws TransactionRefusedException if endorsement failed (never retried)
     * @throws TransactionConflictException if a concurrent transaction invalidated it (on the last attempt)
     * @throws CommitFailedException if it committed invalid for another reason
     * @throws LedgerUnavailableException if the network could not be reached, or the outcome is still unknown
     */
    TransactionResult submit() throws LedgerException;

    /**
     * Endorses and sends for ordering without waiting for the commit. An orderer that does not take it (no leader)
     * is tried again with the identical transaction within the client's outcome deadline. The retry policy does not
     * apply: a conflict shows only when the commit is awaited.
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

        /**
         * Makes {@link LedgerTransaction#submit()} retry conflicts and outages that left nothing submitted, with the
         * client's retry policy ({@link LedgerClient.Builder#retryPolicy}, by default {@link RetryPolicy#defaults()}).
         * Each attempt is a new proposal endorsed from the ledger as it is then, so use it for calls whose request
         * still says what the caller means whatever changed meanwhile ("ship lot L1 to X", "hold lot L1"): the
         * chaincode refuses what no longer applies, and since an attempt that conflicted wrote nothing, at most one
         * attempt takes effect.
         *
         * <pre>{@code
         * TransactionResult shipped = food.newTransaction("Ship").addArguments(json).retry().build().submit();
         * }</pre>
         *
         * @return this builder
         */
        Builder retry();

        /**
         * As {@link #retry()}, with this policy.
         *
         * @param policy the policy
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder retry(RetryPolicy policy);

        /**
         * Gives {@link LedgerTransaction#evaluate()} this deadline instead of the client's
         * {@link LedgerClient.Builder#evaluateTimeout evaluateTimeout}, for a query known to run long (a trace over
         * thousands of lots). The peer's gateway still bounds an evaluate by its own per-endorser deadline
         * ({@code peer.gateway.endorsementTimeout}, 30 s by default), so a longer one gains nothing.
         *
         * <pre>{@code
         * byte[] trace = food.newTransaction("TraceForward").addArguments(json)
         *         .evaluateTimeout(Duration.ofSeconds(30)).build().evaluate();
         * }</pre>
         *
         * @param timeout the deadline
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if zero or negative
         */
        Builder evaluateTimeout(Duration timeout);

        /** @return the transaction */
        LedgerTransaction build();
    }
}
