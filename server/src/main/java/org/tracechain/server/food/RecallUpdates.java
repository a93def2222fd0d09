// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.ChaincodeEventListener;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerEvent;
import org.tracechain.model.error.ApiError;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.http.ApiProblem;

/**
 * The live updates behind {@code GET /recalls/{recallId}/updates}: <em>one</em> chaincode-event listener on the
 * foodtrace channel for the whole server, however many streams are open, fanning each recall event (issued,
 * continued, acknowledged: every transaction that changes a recall emits one) out to the streams of that recall.
 *
 * <p>The listener runs only while a stream is open. It signs with the client of a stream's caller: any member of
 * the channel sees all of its chaincode events, and what a stream may see was decided when it opened (the route
 * reads the recall as the caller first, so the same refusals apply as to {@code GET /recalls/{id}}). Streams carry
 * only ids (recall, block, transaction); the page reads the recall again through the API, as its caller.
 *
 * <p>A peer restart is ridden out by the SDK's listener, which resumes after its last event. Should the listener
 * stop for good (its client closed, the peer refusing), it is started again after a pause doubling from 1 s to 30 s
 * from the last block it delivered, skipping the transactions of that block already sent, and every stream is told
 * {@code resync} (read the recall again: something may have committed meanwhile).
 *
 * <p>Streams are bounded per caller and per server; a stream whose client has gone is noticed at the next write
 * (at the latest the next heartbeat comment) and dropped. Each stream's writes are made in order on a pool, never on
 * the listener's or the heartbeat's thread ({@link OrderedWrites}): a client that reads slowly holds up only its own
 * stream, and one more than {@value #MAX_PENDING_FRAMES} frames behind is ended (its page reconnects and reads
 * again). At each heartbeat a stream's credential is checked again: once its token is revoked or expired, or its
 * user revoked, the stream ends (the page's next request is refused).
 */
public final class RecallUpdates implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecallUpdates.class);

    /** Streams one caller (organisation user) may hold open at once: a few tabs. */
    public static final int DEFAULT_MAX_STREAMS_PER_CALLER = 4;
    /** Streams the server holds open at once. */
    public static final int DEFAULT_MAX_STREAMS = 200;
    /** Between heartbeat comments: well under the server's and common proxies' idle timeouts (30 s, 60 s). */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

    private static final Set<String> RECALL_EVENTS = Set.of(FoodChaincodeEvents.RECALL_ISSUED,
            FoodChaincodeEvents.RECALL_CONTINUED, FoodChaincodeEvents.RECALL_ACKNOWLEDGED);
    /** Frames a stream may fall behind before it is ended: far more than a recall's events in a heartbeat. */
    static final int MAX_PENDING_FRAMES = 64;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY = Duration.ofSeconds(30);

    /** An open event stream (an SSE response); each method answers false once the client has gone. */
    public interface Stream {
        /**
         * Writes one event.
         *
         * @param event the event name
         * @param id the event id, or null
         * @param data the event's data, one line of JSON
         * @return false if the stream is gone
         */
        boolean event(String event, String id, String data);

        /**
         * Writes a comment line (a heartbeat).
         *
         * @param text the comment
         * @return false if the stream is gone
         */
        boolean comment(String text);

        /** Ends the response. */
        void close();
    }

    /** One stream's subscription to one recall; {@link #close()} ends it. */
    public final class Subscription implements AutoCloseable {
        private final String caller;
        private final String recallId;
        private final LedgerClient client;
        private final BooleanSupplier credential;
        private final Stream stream;
        private final OrderedWrites writes;
        private volatile boolean open = true;

        private Subscription(final String caller, final String recallId, final LedgerClient client,
                final BooleanSupplier credential, final Stream stream) {
            this.caller = caller;
            this.recallId = recallId;
            this.client = client;
            this.credential = credential;
            this.stream = stream;
            this.writes = new OrderedWrites(writers, MAX_PENDING_FRAMES, this::close);
        }

        /** Whether still subscribed. */
        public boolean isOpen() {
            return open;
        }

        private void send(final String event, final String id, final String data) {
            if (open && !writes.offer(() -> stream.event(event, id, data))) {
                giveUp();
            }
        }

        /**
         * Sends {@code ready}: the stream is attached and announces every change of the recall committed from now
         * on, so the page reads the recall once more now and then on each event.
         */
        public void ready() {
            send("ready", null, data(recallId, null, -1, null));
        }

        private void heartbeat() {
            if (!open) {
                return;
            }
            if (!credential.getAsBoolean()) {
                LOG.info("ended an update stream of {}: its credential no longer authenticates", caller);
                close();
            } else if (!writes.offer(() -> stream.comment("heartbeat"))) {
                giveUp();
            }
        }

        /** A write was not taken: the client is too far behind (or has gone, or the server is closing). */
        private void giveUp() {
            if (writes.pending() >= MAX_PENDING_FRAMES) {
                LOG.info("ended an update stream of {}: its client is {} frames behind", caller, MAX_PENDING_FRAMES);
            }
            close();
        }

        /** Unsubscribes and ends the stream. */
        @Override
        public void close() {
            if (unsubscribe(this)) {
                stream.close();
            }
        }
    }

    private final String channel;
    private final String chaincode;
    private final int maxStreamsPerCaller;
    private final int maxStreams;
    private final ScheduledExecutorService timer;
    /** Where the streams' writes run (a blocked write holds a thread of its own, not the listener's). */
    private final ExecutorService writers;
    private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();
    private final Map<String, Integer> perCaller = new HashMap<>();
    /** Guarded by this: the shared listener, while streams are open. */
    private ChaincodeEventListener listener;
    private long generation;
    private Duration retry = FIRST_RETRY;
    /** The last block the listener delivered, and its transactions sent (a restart reads that block again). */
    private long lastBlock = -1;
    private final Set<String> lastBlockTransactions = new HashSet<>();
    /** Where a listener with no block delivered yet starts (-1: the peer's next block). */
    private long firstBlock = -1;
    private boolean closed;

    /**
     * @param channel the channel, e.g. {@code foodtrace}
     * @param chaincode the chaincode, e.g. {@code foodtrace}
     * @param maxStreamsPerCaller streams one caller may hold open
     * @param maxStreams streams the server may hold open
     * @param heartbeat between heartbeat comments
     */
    public RecallUpdates(final String channel, final String chaincode, final int maxStreamsPerCaller,
            final int maxStreams, final Duration heartbeat) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.chaincode = Objects.requireNonNull(chaincode, "chaincode");
        if (maxStreamsPerCaller < 1 || maxStreams < 1 || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("stream limits and the heartbeat must be positive");
        }
        this.maxStreamsPerCaller = maxStreamsPerCaller;
        this.maxStreams = maxStreams;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            final Thread thread = new Thread(r, "tracechain-recall-updates");
            thread.setDaemon(true);
            return thread;
        });
        this.writers = Executors.newCachedThreadPool(r -> {
            final Thread thread = new Thread(r, "tracechain-recall-stream-writer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::heartbeats, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Subscribes a stream to a recall's updates, starting the shared listener if it is the first. Called before
     * the response is committed, so that a refusal is still a problem body; the stream may drop events until it
     * is attached, and then says {@link Subscription#ready()}.
     *
     * @param caller who opens it ({@code organisation/user}), for the per-caller bound
     * @param recallId the recall
     * @param client the caller's client (the listener may sign with it)
     * @param credential whether the caller's credential still authenticates, asked at each heartbeat
     * @param knownHeight a block height the peer has reached for sure (the query store's), or -1: a listener
     *     started now reads from there, so nothing committing while it connects is missed (an older event of the
     *     recall read again only costs the page one more read); -1 starts at the peer's next block
     * @param stream where the events go
     * @return the subscription
     * @throws ApiProblem 429 {@code TOO_MANY_STREAMS} over a bound; 503 {@code LEDGER_UNAVAILABLE} when closed
     */
    public Subscription subscribe(final String caller, final String recallId, final LedgerClient client,
            final BooleanSupplier credential, final long knownHeight, final Stream stream) {
        final Subscription subscription = new Subscription(caller, recallId, client,
                Objects.requireNonNull(credential, "credential"), stream);
        synchronized (this) {
            if (closed) {
                throw new ApiProblem(503, ApiError.LEDGER_UNAVAILABLE.name(), "the server is shutting down");
            }
            final int mine = perCaller.getOrDefault(caller, 0);
            if (mine >= maxStreamsPerCaller) {
                throw new ApiProblem(429, ApiError.TOO_MANY_STREAMS.name(), "this caller already has " + mine
                        + " update streams open (at most " + maxStreamsPerCaller + "); close one first");
            }
            if (subscriptions.size() >= maxStreams) {
                throw new ApiProblem(429, ApiError.TOO_MANY_STREAMS.name(), "the server has its " + maxStreams
                        + " update streams open; try again later");
            }
            perCaller.put(caller, mine + 1);
            subscriptions.add(subscription);
            if (listener == null) {
                if (lastBlock < 0) {
                    firstBlock = knownHeight;
                }
                startListener(client, false);
            }
        }
        return subscription;
    }

    /** Removes a subscription; the last one stops the listener. True if it was still subscribed. */
    private boolean unsubscribe(final Subscription subscription) {
        final ChaincodeEventListener stopping;
        synchronized (this) {
            if (!subscription.open) {
                return false;
            }
            subscription.open = false;
            subscriptions.remove(subscription);
            perCaller.computeIfPresent(subscription.caller, (k, n) -> n == 1 ? null : n - 1);
            if (!subscriptions.isEmpty() || listener == null) {
                return true;
            }
            stopping = listener;
            listener = null;
            generation++;
            lastBlock = -1;
            lastBlockTransactions.clear();
        }
        stopping.close();
        return true;
    }

    /** Guarded by this. */
    private void startListener(final LedgerClient client, final boolean resumed) {
        final long mine = ++generation;
        final ChaincodeEventListener.Builder builder = client.newChaincodeEventListener(channel, chaincode)
                .onError(e -> stopped(mine, e));
        if (lastBlock >= 0) {
            builder.startBlock(lastBlock);
        } else if (firstBlock >= 0) {
            builder.startBlock(firstBlock);
        }
        try {
            listener = builder.start(event -> deliver(mine, event));
            LOG.info("listening to {}/{} recall events for {} update stream(s){}", channel, chaincode,
                    subscriptions.size(), lastBlock >= 0 ? " from block " + lastBlock
                            : firstBlock >= 0 ? " from block " + firstBlock : "");
        } catch (IOException | RuntimeException e) {
            listener = null;
            stopped(mine, e);
            return;
        }
        if (resumed) {
            for (final Subscription subscription : subscriptions) {
                timer.execute(() -> subscription.send("resync", null,
                        data(subscription.recallId, null, -1, null)));
            }
        }
    }

    private void deliver(final long mine, final LedgerEvent event) {
        if (!RECALL_EVENTS.contains(event.eventName())) {
            return;
        }
        synchronized (this) {
            if (mine != generation) {
                return;
            }
            if (event.blockNumber() < lastBlock || event.blockNumber() == lastBlock
                    && !lastBlockTransactions.add(event.transactionId())) {
                return;   // sent before a restart
            }
            if (event.blockNumber() > lastBlock) {
                lastBlock = event.blockNumber();
                lastBlockTransactions.clear();
                lastBlockTransactions.add(event.transactionId());
            }
            retry = FIRST_RETRY;
        }
        final String recallId;
        try {
            final JsonNode payload = LedgerJson.mapper().readTree(event.payload());
            recallId = payload.path("recallId").asText(null);
        } catch (IOException e) {
            LOG.warn("recall event {} of transaction {} has no readable payload", event.eventName(),
                    event.transactionId());
            return;
        }
        if (recallId == null) {
            return;
        }
        final String id = event.blockNumber() + ":" + event.transactionId();
        final String data = data(recallId, event.eventName(), event.blockNumber(), event.transactionId());
        for (final Subscription subscription : subscriptions) {
            if (subscription.recallId.equals(recallId)) {
                subscription.send("recall", id, data);
            }
        }
    }

    /** The listener stopped for good: start it again later if streams are still open. */
    private void stopped(final long mine, final Exception cause) {
        final Duration pause;
        synchronized (this) {
            if (mine != generation || closed) {
                return;
            }
            listener = null;
            pause = retry;
            retry = pause.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : pause.multipliedBy(2);
        }
        LOG.warn("the recall event listener of {} stopped ({}); starting again in {} ms", channel,
                cause.getMessage(), pause.toMillis());
        try {
            timer.schedule(this::restart, pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private synchronized void restart() {
        if (closed || listener != null || subscriptions.isEmpty()) {
            return;
        }
        // The newest stream's caller signs: the client the listener used may be the one that failed (revoked).
        final List<Subscription> open = List.copyOf(subscriptions);
        startListener(open.get(open.size() - 1).client, true);
    }

    private void heartbeats() {
        for (final Subscription subscription : subscriptions) {
            subscription.heartbeat();
        }
    }

    private static String data(final String recallId, final String event, final long block, final String txId) {
        final Map<String, Object> data = new LinkedHashMap<>();
        data.put("recallId", recallId);
        if (event != null) {
            data.put("event", event);
            data.put("blockNumber", block);
            data.put("txId", txId);
        }
        return LedgerJson.toJson(data);
    }

    /** Open streams (for tests and metrics). */
    public int openStreams() {
        return subscriptions.size();
    }

    /** Whether the shared listener is running (for tests). */
    public synchronized boolean isListening() {
        return listener != null && listener.isRunning();
    }

    /** Ends every stream and stops the listener and the heartbeats. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        for (final Subscription subscription : subscriptions) {
            subscription.close();
        }
        final ChaincodeEventListener stopping;
        synchronized (this) {
            stopping = listener;
            listener = null;
            generation++;
        }
        if (stopping != null) {
            stopping.close();
        }
        timer.shutdownNow();
        writers.shutdownNow();
    }
}
