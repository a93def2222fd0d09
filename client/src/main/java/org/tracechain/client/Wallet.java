// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The identities the network module enrolled, one directory per organisation and user under
 * {@code <home>/wallet}.
 *
 * <pre>{@code
 * Wallet wallet = Wallet.open(TraceChainHome.resolve());
 * WalletIdentity carrier = wallet.identity("distributor", "carrier");
 * }</pre>
 */
public interface Wallet {

    /**
     * The wallet of a tracechain home directory. Nothing is read until an identity is asked for.
     *
     * @param home the tracechain home directory
     * @return the wallet under {@code home/wallet}
     * @throws NullPointerException if {@code home} is null
     */
    static Wallet open(final Path home) {
        return new FileWallet(TraceChainHome.wallet(home));
    }

    /** The wallet directory. */
    Path directory();

    /**
     * Loads one identity.
     *
     * @param organization the organisation's short name, e.g. {@code producer}
     * @param user the user name, e.g. {@code farmer}
     * @return the identity
     * @throws IOException if the identity is missing or its files are corrupt; the message names the path
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank or not a plain name
     */
    WalletIdentity identity(String organization, String user) throws IOException;

    /**
     * The {@code organization/user} names present in the wallet, sorted; directories without an
     * {@code identity.json} are skipped.
     *
     * @return the names, e.g. {@code ["producer/farmer", "regulator/inspector"]}
     * @throws IOException if the wallet directory cannot be listed
     */
    List<String> list() throws IOException;
}
