// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.Set;
import org.tracechain.model.json.LedgerJson;

/**
 * Loads, on another core while picocli parses the arguments, two things that cost the same whenever they happen
 * and that a ledger command always needs: BouncyCastle's hex encoder, with which fabric-gateway names every
 * transaction (its first class from the signed BouncyCastle jar makes the JDK verify the jar's signature, about a
 * tenth of a second), and the shared JSON codec. Nothing here depends on the arguments, and a failure is left to
 * the command that needs the class, which reports it.
 */
final class Prefetch {

    private static final String FABRIC_TRANSACTION_ID_ENCODER = "org.bouncycastle.util.encoders.Hex";
    private static final Set<String> HELP_WORDS = Set.of("help", "-h", "--help", "-V", "--version");

    private Prefetch() {}

    /** True when the arguments ask for help or the version, which need neither (the word may be an option's value). */
    static boolean isHelpRequest(final String... args) {
        for (final String arg : args) {
            if (HELP_WORDS.contains(arg)) {
                return true;
            }
        }
        return false;
    }

    /** Starts the prefetch on a daemon thread. */
    static void start() {
        final Thread thread = new Thread(Prefetch::load, "tracechain-prefetch");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load() {
        try {
            Class.forName(FABRIC_TRANSACTION_ID_ENCODER, true, Prefetch.class.getClassLoader());
            LedgerJson.mapper();
        } catch (ClassNotFoundException | LinkageError notThere) {
            // The command that needs it fails with its own, clearer error.
        }
    }
}
