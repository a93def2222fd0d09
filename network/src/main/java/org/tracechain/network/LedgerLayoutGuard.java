// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tracechain.network.chaincode.LedgerLayout;

/**
 * Whether {@code up} may deploy a chaincode jar over what the network already runs: a new chaincode or the same
 * packages always; a changed jar only if it keeps the ledger in the layout recorded when the current one was
 * deployed. Asked before any chaincode server is stopped, so a refusal leaves the network as it was. A jar that
 * declares no layout (another team's chaincode) may replace one that declared none either, or one deployed before
 * layouts were recorded: there is no layout of ours to protect.
 */
final class LedgerLayoutGuard {

    private LedgerLayoutGuard() {
    }

    /**
     * @param chaincode the chaincode's name in the topology
     * @param jar the jar about to be deployed
     * @param next the layout {@code jar} declares, if any
     * @param previous what the home recorded for the chaincode, or null if it was never deployed here
     * @param changed whether the jar's packages differ from the deployed ones
     * @return why the upgrade would put code of another layout on the existing records; empty if it would not
     */
    static Optional<String> refusal(final String chaincode, final Path jar, final Optional<LedgerLayout> next,
            final NetworkState.ChaincodeState previous, final boolean changed) {
        if (previous == null || !changed) {
            return Optional.empty();
        }
        final String recorded = previous.ledgerLayout();
        if (next.map(LedgerLayout::toString).orElse(NetworkState.NO_LEDGER_LAYOUT).equals(recorded)
                || recorded == null && next.isEmpty()) {
            return Optional.empty();
        }
        final String deployed;
        if (recorded == null) {
            deployed = "was deployed before the network recorded ledger layouts, so its ledger's layout is unknown";
        } else if (recorded.equals(NetworkState.NO_LEDGER_LAYOUT)) {
            deployed = "declares no ledger layout";
        } else {
            deployed = LedgerLayout.parse(recorded).map(layout -> "keeps its ledger in layout " + layout)
                    .orElse("has an unreadable ledger layout recorded ('" + recorded + "' in network.json)");
        }
        final String offered = next.map(layout -> "reads and writes layout " + layout)
                .orElse("declares no ledger layout");
        return Optional.of(chaincode + ": this network's chaincode " + deployed + "; " + jar + " " + offered + ".");
    }

    /** The whole refusal of {@code up}: each chaincode's {@link #refusal}, then what happened and what to do. */
    static String explain(final List<String> refusals) {
        return String.join("\n", refusals) + "\nA jar of another ledger layout could misread the records already on "
                + "the ledger, so nothing was started or changed. Deploy jars of the deployed layouts, or start a new "
                + "network with empty ledgers ('tracechain network clean', which deletes this one's, then "
                + "'tracechain network up').";
    }
}
