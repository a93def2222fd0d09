// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One projected event.
 *
 * @param ledgerEventId the foodtrace chaincode's event id
 * @param epcisEvent the event as EPCIS 2.0 JSON-LD (the same object the EPCIS export writes)
 * @param blockNumber the block the event committed in
 * @param transactionId the transaction that wrote it
 */
public record StoredEvent(String ledgerEventId, ObjectNode epcisEvent, long blockNumber, String transactionId) {
    public StoredEvent {
        Objects.requireNonNull(ledgerEventId, "ledgerEventId must not be null");
        Objects.requireNonNull(epcisEvent, "epcisEvent must not be null");
        Objects.requireNonNull(transactionId, "transactionId must not be null");
    }
}
