// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.tracechain.client.LedgerClient;

/** Opens a client for an identity; the command line's seam for tests. */
@FunctionalInterface
public interface LedgerClientFactory {

    /** Connects with the wallet identity and gateway profile found under {@code home}. */
    LedgerClientFactory FROM_HOME = (home, organization, user) ->
            LedgerClient.newBuilder().home(home).organization(organization).user(user).connect();

    /**
     * Connects a client.
     *
     * @param home the tracechain home directory
     * @param organization organisation short name
     * @param user user name
     * @return a connected client; the caller closes it
     * @throws IOException if the identity or profile cannot be read
     */
    LedgerClient connect(Path home, String organization, String user) throws IOException;
}
