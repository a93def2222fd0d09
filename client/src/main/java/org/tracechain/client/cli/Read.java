// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;

/**
 * One evaluated transaction: the exact bytes the peer returned (printed as they are with {@code --json}) and,
 * for text output, their value decoded strictly with the shared codec.
 *
 * <pre>{@code
 * Read read = Read.evaluate(contract, FoodTransaction.LOT_HISTORY, "L1");
 * output.read(read, () -> output.table(historyTable(List.of(read.as(LotVersion[].class)))));
 * }</pre>
 */
final class Read {

    private final String transactionName;
    private final byte[] payload;

    private Read(final String transactionName, final byte[] payload) {
        this.transactionName = transactionName;
        this.payload = payload;
    }

    /** Evaluates {@code transactionName} on one peer. */
    static Read evaluate(final LedgerContract contract, final String transactionName, final String... arguments)
            throws LedgerException {
        return new Read(transactionName, contract.evaluate(transactionName, arguments));
    }

    /** Evaluates a query transaction whose one argument is {@code query} as canonical JSON. */
    static Read query(final LedgerContract contract, final String transactionName, final Object query)
            throws LedgerException {
        return evaluate(contract, transactionName, LedgerJson.toJson(query));
    }

    byte[] payload() {
        return payload;
    }

    /** The result decoded as {@code type}. */
    <T> T as(final Class<T> type) {
        try {
            return LedgerJson.fromJson(Payloads.utf8(payload), type);
        } catch (MalformedJsonException e) {
            throw undecodable(e);
        }
    }

    /** The result decoded as a generic type, e.g. a page of records. */
    <T> T as(final TypeReference<T> type) {
        try {
            return LedgerJson.fromJson(Payloads.utf8(payload), type);
        } catch (MalformedJsonException e) {
            throw undecodable(e);
        }
    }

    private IllegalStateException undecodable(final MalformedJsonException e) {
        return new IllegalStateException(transactionName + " returned a result this client cannot read ("
                + e.getMessage() + "); --json prints it as returned", e);
    }
}
