// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.function.Function;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.DirectoryTransaction;
import picocli.CommandLine.Option;

/**
 * Base of the {@code dir} commands: the directory API as the chosen identity for writes, the contract itself for
 * reads (whose exact bytes {@code --json} prints), and common printing.
 */
abstract class DirectoryCommand extends LedgerCommand {

    private LedgerContract contract;

    @Override
    protected final void execute() throws Exception {
        try (LedgerClient client = connect()) {
            contract = DirectoryCommands.contract(client);
            run(GovDirectory.of(client, DirectoryCommands.CHANNEL, DirectoryTransaction.CHAINCODE));
        }
    }

    /**
     * Does the command's work against the directory.
     *
     * @param directory the directory as the chosen identity
     * @throws Exception any failure; mapped to an exit code
     */
    protected abstract void run(GovDirectory directory) throws Exception;

    /** Evaluates a transaction that takes ids, for its exact result bytes. */
    protected Read read(final String transactionName, final String... arguments) throws LedgerException {
        return Read.evaluate(contract, transactionName, arguments);
    }

    /** Evaluates a query transaction that takes one JSON argument. */
    protected Read query(final String transactionName, final Object query) throws LedgerException {
        return Read.query(contract, transactionName, query);
    }

    /** Prints a committed write: result, transaction id, block and validation code (or the JSON envelope). */
    protected void committed(final Committed<?> committed) {
        output().committed(committed.transaction());
    }

    /** Prints one page: a table and the bookmark to continue with, or the page's exact JSON. */
    protected <T> void page(final Read read, final TypeReference<DirectoryPage<T>> type,
            final Function<List<T>, TextTable> table) throws Exception {
        final CliOutput output = output();
        output.read(read, () -> {
            final DirectoryPage<T> page = read.as(type);
            if (page.items().isEmpty()) {
                output.line("(none)");
            } else {
                output.table(table.apply(page.items()));
            }
            if (page.bookmark() != null && !page.bookmark().isEmpty()) {
                output.line("more: --bookmark " + page.bookmark());
            }
        });
    }

    /** {@code --page-size} and {@code --bookmark} of list commands. */
    static final class Paging {
        @Option(names = "--page-size", paramLabel = "N", description = "results per page, 1-200 (default 50)")
        Integer pageSize;

        @Option(names = "--bookmark", paramLabel = "B", description = "bookmark printed by the previous page")
        String bookmark;
    }
}
