// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tracechain.client.TransactionResult;

/** Prints a committed transaction and its decoded result the same way in every command. */
final class Results {

    private Results() {}

    static void print(final CliOutput output, final TransactionResult result, final Object value) {
        if (output.json()) {
            output.printJson(json(result, value));
            return;
        }
        output.record(value);
        output.line(result.transactionName() + " committed: tx " + result.transactionId() + ", block "
                + result.blockNumber());
    }

    static void print(final CliOutput output, final String transactionName, final String transactionId,
            final long blockNumber, final Object value) {
        if (output.json()) {
            output.printJson(json(transactionId, blockNumber, "VALID", value));
            return;
        }
        output.record(value);
        output.line(transactionName + " committed: tx " + transactionId + ", block " + blockNumber);
    }

    static Map<String, Object> json(final TransactionResult result, final Object value) {
        return json(result.transactionId(), result.blockNumber(), result.validationCode(), value);
    }

    private static Map<String, Object> json(final String transactionId, final long blockNumber,
            final String validationCode, final Object value) {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("transactionId", transactionId);
        json.put("blockNumber", blockNumber);
        json.put("validationCode", validationCode);
        json.put("result", value);
        return json;
    }
}
