// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.Chaincode;

/**
 * An in-memory ledger with Fabric's transaction semantics, for unit tests of contracts and services.
 *
 * <ul>
 *   <li>Each {@link #submit} runs one transaction on its own {@link InMemoryStub}; its writes are applied
 *       only when it returns normally. A thrown exception discards them, like an unendorsed proposal.</li>
 *   <li>Reads see committed state only (Fabric has no read-your-own-writes).</li>
 *   <li>A transaction that both writes and runs a paginated query fails, as on a real peer.</li>
 *   <li>Timestamps advance one second per transaction from a fixed start, so results are repeatable.</li>
 * </ul>
 *
 * <pre>{@code
 * InMemoryLedger ledger = new InMemoryLedger("foodtrace");
 * TestIdentity farm = TestIdentities.client("FarmMSP", "alice", Role.PRODUCER);
 * String lot = ledger.submit(farm, ctx -> contract.registerLot(ctx, json));
 * }</pre>
 */
public final class InMemoryLedger {

    /** A committed version of a key. */
    public record Version(String txId, Instant timestamp, byte[] value, boolean deleted) {}

    /** A committed transaction: its writes in write order (a null value is a delete). */
    public record CommittedTransaction(String txId, Instant timestamp, Map<String, byte[]> writes) {}

    /** A committed chaincode event. */
    public record Event(String txId, String name, byte[] payload) {}

    private final String channelId;
    final NavigableMap<String, byte[]> world = new TreeMap<>();
    final Map<String, byte[]> validationParameters = new HashMap<>();
    final Map<String, List<Version>> history = new HashMap<>();
    final Map<String, NavigableMap<String, byte[]>> privateData = new HashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final List<String> committedTxIds = new ArrayList<>();
    private final List<CommittedTransaction> committedTransactions = new ArrayList<>();
    /** Per committed transaction, the keys it wrote that a key-level policy guarded at the time. */
    private final Map<String, List<String>> guardedWrites = new HashMap<>();
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");
    private int sequence;
    private String peerMspId = "PeerMSP";

    public InMemoryLedger(final String channelId) {
        this.channelId = channelId;
    }

    /** Runs a transaction; commits its writes if it returns, discards them if it throws. */
    public <T> T submit(final TestIdentity caller, final Function<Context, T> transaction) {
        return submit(caller, Map.of(), transaction);
    }

    /** As {@link #submit(TestIdentity, Function)} with a transient map (private inputs). */
    public <T> T submit(final TestIdentity caller, final Map<String, byte[]> transientData,
            final Function<Context, T> transaction) {
        final InMemoryStub stub = begin(caller, transientData);
        final T result = transaction.apply(new Context(stub));
        commit(stub);
        return result;
    }

    /**
     * Sends one proposal to a chaincode entry point exactly as a peer does: raw argument bytes (element 0 is the
     * function name; the list may be empty) and a transient map in, a {@link Chaincode.Response} out. The
     * transaction's writes are committed when the response is a success (status below 400) and discarded
     * otherwise; an exception escaping the chaincode is a fault and propagates.
     */
    public Chaincode.Response invoke(final TestIdentity caller, final Map<String, byte[]> transientData,
            final Chaincode chaincode, final List<byte[]> args) {
        final InMemoryStub stub = begin(caller, transientData).withRawArgs(args);
        final Chaincode.Response response = chaincode.invoke(stub);
        if (response.getStatusCode() < Chaincode.Response.Status.ERROR_THRESHOLD.getCode()) {
            commit(stub);
        }
        return response;
    }

    /** Runs a read-only transaction; any write it attempts fails the call. */
    public <T> T evaluate(final TestIdentity caller, final Function<Context, T> query) {
        final InMemoryStub stub = begin(caller, Map.of());
        final T result = query.apply(new Context(stub));
        if (stub.hasWrites()) {
            throw new IllegalStateException("evaluate transaction " + stub.getTxId() + " wrote to the ledger");
        }
        return result;
    }

    /** Starts a transaction by hand, for tests that drive the stub directly. */
    public InMemoryStub begin(final TestIdentity caller, final Map<String, byte[]> transientData) {
        sequence++;
        clock = clock.plusSeconds(1);
        final String txId = String.format("tx%06d", sequence);
        return new InMemoryStub(this, txId, clock, caller, transientData, peerMspId);
    }

    /** Applies a transaction's writes, as a peer does when it commits a valid transaction. */
    public void commit(final InMemoryStub stub) {
        if (stub.hasWrites() && stub.usedPagination()) {
            throw new IllegalStateException("paginated queries are not allowed in transactions that write (tx "
                    + stub.getTxId() + ")");
        }
        // Fabric validates each written key against the key-level policy it had before this transaction.
        // Changing a key's policy is a write of that key too.
        guardedWrites.put(stub.getTxId(), java.util.stream.Stream.concat(stub.writes().keySet().stream(),
                stub.validationWrites().keySet().stream()).distinct().filter(validationParameters::containsKey)
                .sorted().toList());
        stub.writes().forEach((key, value) -> {
            if (value == null) {
                world.remove(key);
            } else {
                world.put(key, value.clone());
            }
            history.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Version(stub.getTxId(), stub.getTxTimestamp(), value == null ? new byte[0] : value.clone(),
                            value == null));
        });
        stub.validationWrites().forEach(validationParameters::put);
        stub.privateWrites().forEach((collection, writes) -> {
            final NavigableMap<String, byte[]> store = privateData.computeIfAbsent(collection, c -> new TreeMap<>());
            writes.forEach((key, value) -> {
                if (value == null) {
                    store.remove(key);
                } else {
                    store.put(key, value.clone());
                }
            });
        });
        stub.event().ifPresent(e -> events.add(new Event(stub.getTxId(), e.getEventName(), e.getPayload().toByteArray())));
        committedTxIds.add(stub.getTxId());
        final Map<String, byte[]> written = new java.util.LinkedHashMap<>();
        stub.writes().forEach((key, value) -> written.put(key, value == null ? null : value.clone()));
        committedTransactions.add(new CommittedTransaction(stub.getTxId(), stub.getTxTimestamp(),
                java.util.Collections.unmodifiableMap(written)));
    }

    /** Every committed transaction with its public writes, oldest first (what the blocks of a channel would hold). */
    public List<CommittedTransaction> committedWrites() {
        return List.copyOf(committedTransactions);
    }

    /** Moves the clock, e.g. past a due date or a grant's expiry. */
    public void advanceClock(final Duration duration) {
        clock = clock.plus(duration);
    }

    /** Sets the time of the next transaction to just after {@code instant}. */
    public void setClock(final Instant instant) {
        clock = instant.minusSeconds(1);
    }

    /** The MSP id {@code stub.getMspId()} reports (the endorsing peer's organisation). */
    public void setPeerMspId(final String mspId) {
        this.peerMspId = mspId;
    }

    public String channelId() {
        return channelId;
    }

    /** A committed value, or empty. */
    public Optional<byte[]> state(final String key) {
        return Optional.ofNullable(world.get(key)).map(byte[]::clone);
    }

    /** A committed value as UTF-8 text, or empty. */
    public Optional<String> stateAsString(final String key) {
        return state(key).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A copy of the whole committed world state, for "nothing changed" assertions. */
    public Map<String, List<Byte>> snapshot() {
        final Map<String, List<Byte>> copy = new TreeMap<>();
        world.forEach((k, v) -> {
            final List<Byte> bytes = new ArrayList<>(v.length);
            for (final byte b : v) {
                bytes.add(b);
            }
            copy.put(k, bytes);
        });
        validationParameters.forEach((k, v) -> copy.put("\u0001vp\u0001" + k, toList(v)));
        privateData.forEach((c, store) -> store.forEach((k, v) -> copy.put("\u0001pd\u0001" + c + "\u0001" + k, toList(v))));
        return copy;
    }

    /**
     * The whole committed ledger as one comparable map: world state, key-level endorsement policies (keys
     * prefixed {@code \u0001vp\u0001}) and private data ({@code \u0001pd\u0001collection\u0001key}). Cheaper
     * than {@link #snapshot()} for assertions repeated thousands of times.
     */
    public Map<String, Bytes> contents() {
        final Map<String, Bytes> copy = new TreeMap<>();
        world.forEach((k, v) -> copy.put(k, new Bytes(v)));
        validationParameters.forEach((k, v) -> copy.put("\u0001vp\u0001" + k, new Bytes(v)));
        privateData.forEach((c, store) -> store.forEach((k, v) -> copy.put("\u0001pd\u0001" + c + "\u0001" + k,
                new Bytes(v))));
        return copy;
    }

    /** Committed keys, sorted. */
    public List<String> keys() {
        return List.copyOf(world.keySet());
    }

    /** The organisations whose endorsement a key now requires (key-level policy), if any. */
    public Optional<byte[]> validationParameter(final String key) {
        return Optional.ofNullable(validationParameters.get(key)).map(byte[]::clone);
    }

    /** A committed private value, or empty. */
    public Optional<byte[]> privateState(final String collection, final String key) {
        return Optional.ofNullable(privateData.getOrDefault(collection, Collections.emptyNavigableMap()).get(key))
                .map(byte[]::clone);
    }

    /** Events of committed transactions, oldest first. */
    public List<Event> events() {
        return List.copyOf(events);
    }

    /**
     * The keys a committed transaction wrote that were under a key-level endorsement policy: only peers of the
     * policy's organisations could have endorsed it, whatever the chaincode's own policy says.
     */
    public List<String> keysUnderKeyLevelPolicy(final String txId) {
        return guardedWrites.getOrDefault(txId, List.of());
    }

    public List<String> committedTransactions() {
        return List.copyOf(committedTxIds);
    }

    private static List<Byte> toList(final byte[] v) {
        final Byte[] boxed = new Byte[v.length];
        for (int i = 0; i < v.length; i++) {
            boxed[i] = v[i];
        }
        return Arrays.asList(boxed);
    }
}
