// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Identity;

/**
 * One enrolled user: an X.509 signing certificate and its private key, as written by the network module to
 * {@code <home>/wallet/<org>/<user>/}. The private key never leaves this object except as a {@link Signer}.
 *
 * <pre>{@code
 * WalletIdentity farmer = Wallet.open(TraceChainHome.resolve()).identity("producer", "farmer");
 * farmer.mspId();   // "ProducerMSP"
 * farmer.roles();   // ["producer"]
 * }</pre>
 */
public interface WalletIdentity {

    /**
     * Loads the identity stored in {@code directory} ({@code identity.json} plus the certificate and key files it
     * names).
     *
     * @param directory the identity's directory
     * @return the loaded identity
     * @throws IOException if a file is missing, unreadable or corrupt; the message names the file
     * @throws NullPointerException if {@code directory} is null
     */
    static WalletIdentity load(final Path directory) throws IOException {
        return FileWalletIdentity.load(directory);
    }

    /** The organisation's short name, e.g. {@code producer}. */
    String organization();

    /** The user name within the organisation, e.g. {@code farmer}. */
    String user();

    /** The organisation's MSP id, e.g. {@code ProducerMSP}. */
    String mspId();

    /** The roles the certificate carries (its {@code role} attribute), as recorded in {@code identity.json}. */
    List<String> roles();

    /** The X.509 signing certificate. */
    X509Certificate certificate();

    /** The Fabric Gateway identity (MSP id and PEM certificate). */
    Identity fabricIdentity();

    /** A signer using the identity's private key. */
    Signer signer();

    /** The directory the identity was loaded from. */
    Path directory();
}
