// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

/**
 * Which records a lot's effective view was made from: its custody record and the regulation laid over it.
 *
 * @param lotTx the transaction that wrote the custody record (null: projected before V2, not cached)
 * @param lotLength the custody record's length in bytes, or -1 when the lot has no record
 * @param regulationTx the transaction that wrote the regulation, or null without one
 * @param regulationLength the regulation's length in bytes, or -1 without one
 */
record LotVersion(String lotTx, int lotLength, String regulationTx, int regulationLength)
        implements DecodedCache.Version {

    @Override
    public boolean exact() {
        return lotTx != null && (regulationLength < 0 || regulationTx != null);
    }
}
