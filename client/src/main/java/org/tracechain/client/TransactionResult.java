// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;

/**
 * A transaction that committed successfully: its id, the chaincode's result, and where it landed.
 *
 * <pre>{@code
 * TransactionResult result = contract.submit("RegisterLot", LedgerJson.toJson(request));
 * Lot lot = result.payloadAs(Lot.class);
 * log.info("{} committed in block {}", result.transactionId(), result.blockNumber());
 * }</pre>
 */
public final class TransactionResult {

    private final String channel;
    private final String transactionName;
    private final String transactionId;
    private final byte[] payload;
    private final long blockNumber;
    private final String validationCode;

    TransactionResult(final String channel, final String transactionName, final String transactionId,
            final byte[] payload, final long blockNumber, final String validationCode) {
        this.channel = channel;
        this.transactionName = transactionName;
        this.transactionId = transactionId;
        this.payload = payload.clone();
        this.blockNumber = blockNumber;
        this.validationCode = validationCode;
    }

    /** The channel the transaction was submitted to, e.g. {@code foodtrace}: its block number is that channel's. */
    public String channel() {
        return channel;
    }

    /** The transaction function that was called, e.g. {@code RegisterLot}. */
    public String transactionName() {
        return transactionName;
    }

    /** The transaction id. */
    public String transactionId() {
        return transactionId;
    }

    /** The chaincode's result bytes (a copy). */
    public byte[] payload() {
        return payload.clone();
    }

    /** The result as UTF-8 text. */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /**
     * Decodes the result with the canonical codec.
     *
     * @param type the result type
     * @param <T> the result type
     * @return the decoded result
     * @throws LedgerException if the result is not JSON of that type (the transaction did commit)
     */
    public <T> T payloadAs(final Class<T> type) throws LedgerException {
        Objects.requireNonNull(type, "type must not be null");
        try {
            return LedgerJson.fromBytes(payload, type);
        } catch (MalformedJsonException e) {
            throw LedgerErrors.undecodable(transactionName, transactionId, e);
        }
    }

    /** The block that holds the transaction. */
    public long blockNumber() {
        return blockNumber;
    }

    /** The validation code: always {@code VALID} for a result (invalid commits throw). */
    public String validationCode() {
        return validationCode;
    }

    @Override
    public String toString() {
        return "TransactionResult[" + transactionName + " " + transactionId + ", " + channel + " block " + blockNumber
                + ", " + validationCode + ", " + payload.length + " bytes]";
    }
}
