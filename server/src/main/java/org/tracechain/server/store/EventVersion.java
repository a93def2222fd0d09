// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

/**
 * Which row an event record was decoded from. An event's record is written once (its id is the hash of its body),
 * and a rewrite comes from another transaction, so the transaction and the length name the record exactly.
 *
 * @param txId the transaction that wrote the event
 * @param length the record's length in bytes
 */
record EventVersion(String txId, int length) implements DecodedCache.Version {

    @Override
    public boolean exact() {
        return txId != null;
    }
}
