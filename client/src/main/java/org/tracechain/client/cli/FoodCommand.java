// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import org.tracechain.client.Committed;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.client.food.FoodTrace;

/** Base of the {@code food} commands: the foodtrace API as the chosen identity, and how results print. */
abstract class FoodCommand extends LedgerCommand {

    @Override
    protected final void execute() throws Exception {
        try (LedgerClient client = connect()) {
            run(FoodTrace.of(client, FoodCommands.CHANNEL));
        }
    }

    /**
     * Does the command's work.
     *
     * @param food the foodtrace chaincode as the chosen identity
     * @throws Exception any failure; mapped to an exit code
     */
    protected abstract void run(FoodTrace food) throws Exception;

    /** Evaluates a transaction for its exact result bytes. */
    protected static Read read(final FoodTrace food, final String transactionName, final String... arguments)
            throws LedgerException {
        return Read.evaluate(food.contract(), transactionName, arguments);
    }

    /** Prints a committed write: result, transaction id, block and validation code. */
    protected void committed(final Committed<?> committed) {
        output().committed(committed.transaction());
    }
}
