// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.PrintWriter;
import org.tracechain.client.TransactionResult;
import org.tracechain.model.json.LedgerJson;

/**
 * What commands print: human text (tables fitted to the terminal) by default, machine JSON with {@code --json}.
 *
 * <p>JSON output is one compact document per line. A read prints exactly the bytes the chaincode returned, as
 * {@code peer chaincode query} would; a write prints {@code {"blockNumber":..,"result":..,"transactionId":..,
 * "validationCode":..}} with the chaincode's result bytes spliced in unchanged; what the client composes itself
 * (merged pages, the demo's summary, errors) is in the shared codec's canonical form (sorted keys, plain decimals),
 * the form the chaincode writes. Decimals are never re-parsed through floating point.
 */
public final class CliOutput {

    private final PrintWriter out;
    private final boolean json;
    private final int width;

    CliOutput(final PrintWriter out, final boolean json, final int width) {
        this.out = out;
        this.json = json;
        this.width = width;
    }

    /** True when {@code --json} was given. */
    public boolean json() {
        return json;
    }

    /** Prints a line of human text, made visible (ignored in JSON mode, where only the JSON document is printed). */
    public void line(final String text) {
        if (!json) {
            out.print(VisibleText.of(text));
            out.print('\n');
            out.flush();
        }
    }

    /** Prints a table fitted to the terminal width (ignored in JSON mode). */
    public void table(final TextTable table) {
        if (!json) {
            out.print(table.render(width));
            out.flush();
        }
    }

    /** Prints a value composed by the client as canonical JSON, whatever the mode. */
    public void printJson(final Object value) {
        printLine(LedgerJson.toJson(value));
    }

    /** Prints a client-side record: a Field/Value table, or canonical JSON with {@code --json}. */
    public void record(final Object value) {
        if (json) {
            printJson(value);
        } else {
            table(RecordView.of(LedgerJson.toBytes(value)));
        }
    }

    /** Prints a read's result: its exact bytes with {@code --json}, else a Field/Value table of its fields. */
    public void record(final Read read) {
        if (json) {
            exact(read.payload());
        } else {
            table(RecordView.of(read.payload()));
        }
    }

    /**
     * Prints a read's result: its exact bytes with {@code --json}, else what {@code text} prints.
     *
     * @throws Exception what {@code text} throws
     */
    public void read(final Read read, final TextView text) throws Exception {
        if (json) {
            exact(read.payload());
        } else {
            text.print();
        }
    }

    /**
     * Prints a committed write: the result's fields and a line with transaction id, block and validation code, or
     * the JSON envelope with the result's exact bytes.
     */
    public void committed(final TransactionResult result) {
        if (json) {
            printLine(Payloads.committedEnvelope(result));
            return;
        }
        table(RecordView.of(result.payload()));
        line(result.transactionName() + " committed: tx " + result.transactionId() + ", block "
                + result.blockNumber() + ", validation code " + result.validationCode());
    }

    /** Prints chaincode bytes exactly, then a newline. */
    void exact(final byte[] payload) {
        printLine(Payloads.utf8(payload));
    }

    private void printLine(final String text) {
        out.print(text);
        out.print('\n');
        out.flush();
    }

    /** Text-mode rendering of a read. */
    @FunctionalInterface
    public interface TextView {
        /**
         * Prints the human form.
         *
         * @throws Exception any failure; mapped to an exit code
         */
        void print() throws Exception;
    }
}
