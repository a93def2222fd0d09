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

    static Map<String, Object> json(final TransactionResult result, final Object value) {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("transactionId", result.transactionId());
        json.put("blockNumber", result.blockNumber());
        json.put("validationCode", result.validationCode());
        json.put("result", value);
        return json;
    }
}
