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
    /**
     * Default deadline of collecting endorsements: the peers' own per-endorser deadline
     * ({@code peer.gateway.endorsementTimeout}, 30 s), so a slow peer is given up by the gateway, not the client.
     */
    Duration DEFAULT_ENDORSE_TIMEOUT = Duration.ofSeconds(30);
    /** Default deadline of sending a transaction for ordering: about three Raft elections (3.3-3.4 s measured). */
    Duration DEFAULT_SUBMIT_TIMEOUT = Duration.ofSeconds(10);
    /**
     * Default deadline of waiting for a commit status. A transaction the ordering service took commits within about a
     * second (250 ms block cutting, delivery, validation); across a leader election within about 5 s (election
     * 3.3-3.4 s measured on the default network). 15 s is three times that, for a loaded machine; past it the
     * transaction was most likely lost with the old leader, and the submit goes on to find out
     * ({@link #DEFAULT_OUTCOME_TIMEOUT}).
     */
    Duration DEFAULT_COMMIT_STATUS_TIMEOUT = Duration.ofSeconds(15);
    /**
     * Default time a submit spends learning an unknown outcome after the commit-status wait failed: looking the
     * transaction up and sending the identical transaction again, through several elections' worth of outage.
     */
    Duration DEFAULT_OUTCOME_TIMEOUT = Duration.ofSeconds(30);

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
     * Starts describing a listener for a channel's committed blocks: every transaction with its validation code and
     * public key-value writes, from a start block (see {@link BlockListener}).
     *
     * <pre>{@code
     * try (BlockListener listener = client.newBlockListener("foodtrace").startBlock(next).start(store::project)) {
     *     ...
     * }
     * }</pre>
     *
     * @param channel channel name
     * @return a listener builder
     * @throws NullPointerException if the channel is null
     * @throws IllegalArgumentException if the channel is blank
     * @throws IllegalStateException if the client is closed
     */
    BlockListener.Builder newBlockListener(String channel);

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

    /**
     * What the ledger says about a transaction: committed (with its validation code and block), pending (this client
     * submitted it and has not learnt its outcome) or not found. Answers at once from the gateway peer's ledger, or
     * another member peer's if it has the transaction ({@code qscc GetBlockByTxID}); it does not wait for a commit.
     * Use it after a {@link LedgerUnavailableException} whose outcome is unknown, before sending the same change again:
     *
     * <pre>{@code
     * TransactionStatus status = client.transactionStatus("foodtrace", e.transactionId().orElseThrow());
     * switch (status.state()) {
     *     case COMMITTED -> log.info("committed {} in block {}", status.validationCode().orElseThrow(),
     *             status.blockNumber().getAsLong());
     *     case PENDING -> scheduleAnotherLook();
     *     case NOT_FOUND -> resubmitIfStillWanted();
     * }
     * }</pre>
     *
     * @param channel channel name
     * @param transactionId the transaction id, e.g. from {@link LedgerException#transactionId()}
     * @return its status
     * @throws LedgerException if the peers cannot be asked ({@link LedgerUnavailableException}) or refuse to answer
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument is blank
     * @throws IllegalStateException if the client is closed
     */
    TransactionStatus transactionStatus(String channel, String transactionId) throws LedgerException;

    /**
     * The channel's height on the gateway peer's ledger: the number of blocks it has committed, so the newest block
     * is {@code height - 1} ({@code qscc GetChainInfo}, which any channel member may call). A query store or a
     * block listener that is behind shows as a lower height than this.
     *
     * @param channel channel name
     * @return the number of committed blocks
     * @throws LedgerException if the peer cannot be asked ({@link LedgerUnavailableException}) or refuses
     * @throws IllegalArgumentException if the channel is blank
     * @throws IllegalStateException if the client is closed
     */
    long blockHeight(String channel) throws LedgerException;

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
         * @param timeout deadline of one wait for a commit status (default 15 s, see
         *     {@link #DEFAULT_COMMIT_STATUS_TIMEOUT})
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if zero or negative
         */
        Builder commitStatusTimeout(Duration timeout);

        /**
         * How long a submit goes on learning the outcome of a transaction when the ordering service did not confirm it
         * took it or its commit status did not arrive in time (default 30 s). Meanwhile it looks the transaction up
         * and sends the identical signed transaction again, which is safe: Fabric commits a transaction id at most
         * once. It ends with the real outcome, or a {@link LedgerUnavailableException} whose outcome is still unknown.
         * {@link Duration#ZERO} reports an unknown outcome at once.
         *
         * @param timeout the time, zero to turn this off
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if negative
         */
        Builder outcomeTimeout(Duration timeout);

        /**
         * The policy of retrying submits ({@link LedgerTransaction.Builder#retry()},
         * {@link LedgerContract#submitWithRetry}); default {@link RetryPolicy#defaults()}. Plain submits never retry.
         *
         * @param policy the policy
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder retryPolicy(RetryPolicy policy);

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
