// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import org.tracechain.client.LedgerClient;
import org.tracechain.client.Committed;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.DirectoryPage;
import picocli.CommandLine.Option;

/** Base of the {@code dir} commands: a {@link GovDirectory} for the chosen identity, and common printing. */
abstract class DirectoryCommand extends LedgerCommand {

    @Override
    protected final void execute() throws Exception {
        try (LedgerClient client = connect()) {
            run(GovDirectory.of(client, DirectoryCommands.CHANNEL, org.tracechain.model.directory.DirectoryTransaction.CHAINCODE));
        }
    }

    /**
     * Does the command's work against the directory.
     *
     * @param directory the directory as the chosen identity
     * @throws Exception any failure; mapped to an exit code
     */
    protected abstract void run(GovDirectory directory) throws Exception;

    /** Prints a committed result: its record, then the transaction line (or one JSON document). */
    protected void committed(final String transactionName, final Committed<?> committed) {
        Results.print(output(), transactionName, committed.transactionId(), committed.blockNumber(),
                committed.value());
    }

    /** Prints one page: a table and the bookmark to continue with, or the page as JSON. */
    protected void page(final DirectoryPage<?> page, final TextTable table) {
        final CliOutput output = output();
        if (output.json()) {
            output.printJson(page);
            return;
        }
        if (page.items().isEmpty()) {
            output.line("(none)");
        } else {
            output.table(table);
        }
        if (page.bookmark() != null && !page.bookmark().isEmpty()) {
            output.line("more: --bookmark " + page.bookmark());
        }
    }

    /** {@code --page-size} and {@code --bookmark} of list commands. */
    static final class Paging {
        @Option(names = "--page-size", paramLabel = "N", description = "results per page, 1-200 (default 50)")
        Integer pageSize;

        @Option(names = "--bookmark", paramLabel = "B", description = "bookmark printed by the previous page")
        String bookmark;
    }
}
