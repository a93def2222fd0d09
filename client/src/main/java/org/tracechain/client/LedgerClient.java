// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import io.grpc.Channel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A connection to the tracechain ledger as one wallet identity, through its organisation's gateway peer.
 * Thread-safe; open one per identity and share it. Closing it stops its event listeners, closes the gateway and
 * shuts down the gRPC channel it created.
 *
 * <pre>{@code
 * try (LedgerClient client = LedgerClient.newBuilder()
 *         .home(TraceChainHome.resolve())
 *         .organization("producer")
 *         .user("farmer")
 *         .connect()) {
 *     LedgerContract food = client.contract("foodtrace", "foodtrace");
 *     TransactionResult result = food.submit("RegisterLot", LedgerJson.toJson(request));
 * }
 * }</pre>
 *
 * <p>The identity and profile can also be given directly ({@code .identity(WalletIdentity)},
 * {@code .profile(GatewayProfile)}), or an existing gRPC channel used ({@code .connection(Channel)}), which the
 * client then leaves open on close.
 */
public interface LedgerClient extends AutoCloseable {

    /** Default deadline of an evaluate (query) call. */
    Duration DEFAULT_EVALUATE_TIMEOUT = Duration.ofSeconds(10);
    /** Default deadline of collecting endorsements. */
    Duration DEFAULT_ENDORSE_TIMEOUT = Duration.ofSeconds(30);
    /** Default deadline of sending a transaction for ordering. */
    Duration DEFAULT_SUBMIT_TIMEOUT = Duration.ofSeconds(10);
    /** Default deadline of waiting for a commit status. */
    Duration DEFAULT_COMMIT_STATUS_TIMEOUT = Duration.ofSeconds(60);

    /** A builder for a client. */
    static Builder newBuilder() {
        return new LedgerClientImpl.BuilderImpl();
    }

    /** The identity's MSP id, e.g. {@code ProducerMSP}. */
    String mspId();

    /** The identity's organisation short name, e.g. {@code producer}. */
    String organization();

    /** The identity's user name, e.g. {@code farmer}. */
    String user();

    /**
     * A chaincode on a channel.
     *
     * @param channel channel name, e.g. {@code foodtrace}
     * @param chaincode chaincode name, e.g. {@code foodtrace}
     * @return the contract
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     * @throws IllegalStateException if the client is closed
     */
    LedgerContract contract(String channel, String chaincode);

    /**
     * Starts describing a listener for a chaincode's events.
     *
     * @param channel channel name
     * @param chaincode chaincode name
     * @return a listener builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     * @throws IllegalStateException if the client is closed
     */
    ChaincodeEventListener.Builder newChaincodeEventListener(String channel, String chaincode);

    /**
     * Waits until this client's peer has committed block {@code blockNumber} of {@code channel}. Each organisation
     * reads through its own peer, and peers commit a block one after another: a read right after another
     * organisation's submit can miss what that submit wrote. Wait for the submit's block first:
     *
     * <pre>{@code
     * Committed<SharingRequest> approved = owner.approveRequest(request);     // committed on the owner's peer
     * requesterClient.awaitBlock("govdir", approved.blockNumber(), Duration.ofSeconds(10));
     * Grant grant = requester.getGrant(approved.value().grantId());          // now on the requester's peer too
     * }</pre>
     *
     * @throws LedgerUnavailableException when the peer cannot be reached or has not committed the block in time
     * @throws IllegalStateException if the client is closed
     */
    void awaitBlock(String channel, long blockNumber, Duration timeout) throws LedgerUnavailableException;

    /** Stops event listeners, closes the gateway and shuts down the channel this client created. Idempotent. */
    @Override
    void close();

    /**
     * Builds and connects a {@link LedgerClient}. Each method checks its argument immediately; {@link #connect()}
     * checks that enough was given.
     */
    interface Builder {
        /**
         * @param home the tracechain home directory (default: {@link TraceChainHome#resolve()})
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder home(Path home);

        /**
         * @param organization organisation short name in the wallet, e.g. {@code producer}
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if blank or not a plain name
         */
        Builder organization(String organization);

        /**
         * @param user user name in the wallet, e.g. {@code farmer}
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if blank or not a plain name
         */
        Builder user(String user);

        /**
         * Uses this identity instead of loading {@code organization}/{@code user} from the wallet.
         *
         * @param identity the identity
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder identity(WalletIdentity identity);

        /**
         * Uses this profile instead of loading {@code <home>/gateways/<org>.json}.
         *
         * @param profile the gateway profile
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder profile(GatewayProfile profile);

        /**
         * Uses an existing gRPC channel to a gateway peer instead of opening one from the profile. The caller owns
         * the channel: closing the client does not shut it down.
         *
         * @param channel the gRPC channel
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder connection(Channel channel);

        /**
         * @param timeout deadline of evaluate calls (default 10 s)
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if zero or negative
         */
        Builder evaluateTimeout(Duration timeout);

        /**
         * @param timeout deadline of endorse calls (default 30 s)
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if zero or negative
         */
        Builder endorseTimeout(Duration timeout);

        /**
         * @param timeout deadline of submit calls (default 10 s)
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if zero or negative
         */
        Builder submitTimeout(Duration timeout);

        /**
         * @param timeout deadline of waiting for a commit status (default 60 s)
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if zero or negative
         */
        Builder commitStatusTimeout(Duration timeout);

        /**
         * Loads what was not given, opens the TLS channel (connection is lazy: the first call dials) and the
         * gateway.
         *
         * @return the connected client
         * @throws IOException if the identity, profile or TLS root certificate cannot be read
         * @throws IllegalStateException if neither an identity nor organization and user were given
         */
        LedgerClient connect() throws IOException;
    }
}
