// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;

/**
 * One chaincode on one channel, called as the client's identity. Transaction arguments are strings (tracechain
 * transactions take one canonical JSON argument or plain ids); results are bytes, text, or decoded JSON.
 *
 * <pre>{@code
 * LedgerContract food = client.contract("foodtrace", "foodtrace");
 *
 * Lot lot = food.evaluateJson(FoodTransaction.GET_LOT, Lot.class, "L1");
 *
 * TransactionResult registered = food.submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(request));
 * registered.transactionId();
 * registered.blockNumber();
 * }</pre>
 *
 * <p>Every method throws a {@link LedgerException} subclass on failure: {@link TransactionRefusedException}
 * (chaincode refused, with its error code), {@link CommitFailedException} (committed invalid; a
 * {@link TransactionConflictException} when a concurrent transaction caused it) or
 * {@link LedgerUnavailableException}. {@link LedgerException#retryable()} says whether sending again can help.
 */
public interface LedgerContract {

    /** The channel name. */
    String channel();

    /** The chaincode name. */
    String chaincode();

    /**
     * Starts describing a transaction call with transient data or chosen endorsers.
     *
     * @param transactionName the transaction function, e.g. {@code RegisterLot}
     * @return a builder
     * @throws NullPointerException if the name is null
     * @throws IllegalArgumentException if the name is blank
     */
    LedgerTransaction.Builder newTransaction(String transactionName);

    /**
     * Evaluates (queries) a transaction on one peer.
     *
     * @param transactionName the transaction function
     * @param arguments string arguments
     * @return the chaincode's result bytes
     * @throws LedgerException if refused or the ledger is unavailable
     * @throws NullPointerException if the name or an argument is null
     * @throws IllegalArgumentException if the name is blank
     */
    byte[] evaluate(String transactionName, String... arguments) throws LedgerException;

    /**
     * Evaluates a transaction and returns its result as UTF-8 text.
     *
     * @param transactionName the transaction function
     * @param arguments string arguments
     * @return the result text
     * @throws LedgerException if refused or the ledger is unavailable
     */
    String evaluateText(String transactionName, String... arguments) throws LedgerException;

    /**
     * Evaluates a transaction and decodes its JSON result with the canonical codec.
     *
     * @param transactionName the transaction function
     * @param resultType the result type, e.g. {@code Lot.class}
     * @param arguments string arguments
     * @param <T> the result type
     * @return the decoded result
     * @throws LedgerException if refused, unavailable, or the result is not JSON of that type
     */
    <T> T evaluateJson(String transactionName, Class<T> resultType, String... arguments) throws LedgerException;

    /**
     * Evaluates a transaction and decodes its JSON result as a generic type, e.g. a list or page of records.
     *
     * <pre>{@code
     * List<EntryVersion> history = govdir.evaluateJsonAs("EntryHistory", new TypeReference<List<EntryVersion>>() {}, code);
     * }</pre>
     *
     * @param transactionName the transaction function
     * @param resultType the result type
     * @param arguments string arguments
     * @param <T> the result type
     * @return the decoded result
     * @throws LedgerException if refused, unavailable, or the result is not JSON of that type
     */
    default <T> T evaluateJsonAs(final String transactionName, final TypeReference<T> resultType,
            final String... arguments) throws LedgerException {
        Objects.requireNonNull(resultType, "resultType must not be null");
        final byte[] result = evaluate(transactionName, arguments);
        try {
            return LedgerJson.fromJson(new String(result, StandardCharsets.UTF_8), resultType);
        } catch (MalformedJsonException e) {
            throw LedgerErrors.undecodable(transactionName, null, e);
        }
    }

    /**
     * Submits a transaction and waits for it to commit; the commit status is checked.
     *
     * @param transactionName the transaction function
     * @param arguments string arguments
     * @return id, result, block number and validation code
     * @throws LedgerException if refused, committed invalid, or the ledger is unavailable
     */
    TransactionResult submit(String transactionName, String... arguments) throws LedgerException;

    /**
     * Submits a transaction like {@link #submit}, retrying conflicts and outages that left nothing submitted with the
     * client's {@link RetryPolicy} (see {@link LedgerTransaction.Builder#retry()} for when that is right).
     *
     * <pre>{@code
     * TransactionResult held = food.submitWithRetry("Hold", LedgerJson.toJson(new RegulatorActionRequest("L1", "sampling")));
     * }</pre>
     *
     * @param transactionName the transaction function
     * @param arguments string arguments
     * @return id, result, block number and validation code
     * @throws LedgerException if refused, committed invalid, still conflicting or unavailable after the last
     *     attempt, or of unknown outcome
     */
    TransactionResult submitWithRetry(String transactionName, String... arguments) throws LedgerException;

    /**
     * Submits a transaction, waits for it to commit and decodes its JSON result. Use {@link #submit} when the
     * transaction id or block number is needed too.
     *
     * @param transactionName the transaction function
     * @param resultType the result type
     * @param arguments string arguments
     * @param <T> the result type
     * @return the decoded result
     * @throws LedgerException if refused, committed invalid, unavailable, or the result is not JSON of that type
     */
    <T> T submitJson(String transactionName, Class<T> resultType, String... arguments) throws LedgerException;

    /**
     * Endorses a transaction and sends it for ordering without waiting for the commit.
     *
     * @param transactionName the transaction function
     * @param arguments string arguments
     * @return the pending transaction; its result is available at once, {@code awaitCommit()} waits
     * @throws LedgerException if refused or the ledger is unavailable
     */
    PendingTransaction submitAsync(String transactionName, String... arguments) throws LedgerException;
}
