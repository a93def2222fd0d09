// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;

/**
 * A chaincode event from a committed transaction (tracechain chaincodes emit at most one per transaction, with a
 * canonical JSON payload).
 *
 * <pre>{@code
 * listener.start(event -> {
 *     if ("LotRegistered".equals(event.eventName())) {
 *         Lot lot = event.payloadAs(Lot.class);
 *     }
 * });
 * }</pre>
 */
public final class LedgerEvent {

    private final String chaincodeName;
    private final String eventName;
    private final String transactionId;
    private final long blockNumber;
    private final byte[] payload;

    LedgerEvent(final String chaincodeName, final String eventName, final String transactionId,
            final long blockNumber, final byte[] payload) {
        this.chaincodeName = chaincodeName;
        this.eventName = eventName;
        this.transactionId = transactionId;
        this.blockNumber = blockNumber;
        this.payload = payload.clone();
    }

    /** The chaincode that emitted the event. */
    public String chaincodeName() {
        return chaincodeName;
    }

    /** The event name, e.g. {@code LotRegistered}. */
    public String eventName() {
        return eventName;
    }

    /** The transaction that emitted the event. */
    public String transactionId() {
        return transactionId;
    }

    /** The block holding that transaction. */
    public long blockNumber() {
        return blockNumber;
    }

    /** The payload bytes (a copy). */
    public byte[] payload() {
        return payload.clone();
    }

    /** The payload as UTF-8 text. */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /**
     * Decodes the payload with the canonical codec.
     *
     * @param type the payload type
     * @param <T> the payload type
     * @return the decoded payload
     * @throws LedgerException if the payload is not JSON of that type
     */
    public <T> T payloadAs(final Class<T> type) throws LedgerException {
        Objects.requireNonNull(type, "type must not be null");
        try {
            return LedgerJson.fromBytes(payload, type);
        } catch (MalformedJsonException e) {
            throw LedgerErrors.undecodable("event " + eventName, transactionId, e);
        }
    }

    @Override
    public String toString() {
        return "LedgerEvent[" + chaincodeName + "." + eventName + ", tx " + transactionId + ", block " + blockNumber
                + "]";
    }
}
