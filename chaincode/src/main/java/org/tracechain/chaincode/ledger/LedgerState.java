// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ext.sbe.impl.StateBasedEndorsementFactory;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.tracechain.model.json.LedgerJson;

/**
 * The small state repository every domain service writes through: canonical JSON values, composite-key
 * indexes, paged index scans, history, events, private data and key-level endorsement.
 *
 * <p>Two Fabric rules shape this API. A transaction does not read its own writes (reads see the last
 * committed state), and paginated queries are refused in transactions that write, so {@link #page}
 * belongs in evaluate-only transactions while {@link #scan} works in both.
 */
public final class LedgerState {

    /** Index entries carry no value of their own; Fabric treats an empty value as a delete. */
    private static final byte[] INDEX_MARKER = {0};

    /** What an absent key reads as (the peer answers no bytes, or none at all). */
    private static final byte[] ABSENT = {};

    private final ChaincodeStub stub;
    /**
     * The committed values of the keys {@linkplain #prefetch prefetched}, absent ones as {@link #ABSENT}. Reading a
     * key again in the same transaction gives the same committed value in Fabric (the peer holds commits off while
     * a proposal is simulated, and a transaction does not read its own writes), so these answer later reads exactly
     * as the peer would.
     */
    private final Map<String, byte[]> prefetched = new HashMap<>();

    public LedgerState(final ChaincodeStub stub) {
        this.stub = stub;
    }

    /** The underlying stub, for the rare call this repository does not cover. */
    public ChaincodeStub stub() {
        return stub;
    }

    public String txId() {
        return stub.getTxId();
    }

    /** The client-chosen proposal timestamp: identical on every endorser, unlike the local clock. */
    public Instant txTimestamp() {
        return stub.getTxTimestamp();
    }

    public String channelId() {
        return stub.getChannelId();
    }

    // ---- plain keys -----------------------------------------------------------------------------

    public <T> Optional<T> get(final String key, final Class<T> type) {
        return decode(read(key), type);
    }

    /**
     * Reads {@code keys} in one exchange with the peer, for the reads a transaction is about to make one by one
     * ({@link #get}, {@link #exists}, {@link #getAll}), which then take their answers from here. A transaction that
     * knows its keys early makes one round trip instead of one per key; each costs the chaincode server and the
     * peer more than the read itself. Only keys the transaction reads anyway belong here: each joins its read set.
     */
    public void prefetch(final List<String> keys) {
        final List<String> unread = keys.stream().filter(key -> !prefetched.containsKey(key)).distinct().toList();
        if (unread.isEmpty()) {
            return;
        }
        final List<byte[]> values = MultiKeyReads.read(stub, unread);
        for (int i = 0; i < unread.size(); i++) {
            final byte[] value = values.get(i);
            prefetched.put(unread.get(i), value == null ? ABSENT : value);
        }
    }

    private byte[] read(final String key) {
        final byte[] value = prefetched.get(key);
        return value != null ? value : stub.getState(key);
    }

    /** A stored value as {@code type}; empty for an absent key (the peer answers no bytes). */
    public static <T> Optional<T> decode(final byte[] bytes, final Class<T> type) {
        return bytes == null || bytes.length == 0 ? Optional.empty() : Optional.of(LedgerJson.fromBytes(bytes, type));
    }

    /**
     * The values of many keys, read in one exchange with the peer where the stub allows it
     * ({@link MultiKeyReads}): a trace reads thousands of records, and a round trip each dominated its time.
     * The answer lists the present keys in the order asked; absent keys are left out.
     */
    public <T> LinkedHashMap<String, T> getAll(final List<String> keys, final Class<T> type) {
        final List<byte[]> values = getValues(keys);
        final LinkedHashMap<String, T> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            final String key = keys.get(i);
            decode(values.get(i), type).ifPresent(value -> out.put(key, value));
        }
        return out;
    }

    /**
     * The stored bytes of {@code keys} in order, in one exchange where the stub allows it (see {@link #getAll});
     * an absent key's value is {@code null} or empty.
     */
    public List<byte[]> getValues(final List<String> keys) {
        // A trace reads its records a thousand keys at a time and prefetches nothing: no need to look each one up.
        if (prefetched.isEmpty()) {
            return MultiKeyReads.read(stub, keys);
        }
        final List<String> unread = keys.stream().filter(key -> !prefetched.containsKey(key)).toList();
        if (unread.size() == keys.size()) {
            return MultiKeyReads.read(stub, keys);
        }
        final Iterator<byte[]> fresh = unread.isEmpty() ? null : MultiKeyReads.read(stub, unread).iterator();
        final List<byte[]> values = new ArrayList<>(keys.size());
        for (final String key : keys) {
            final byte[] value = prefetched.get(key);
            values.add(value != null ? value : fresh.next());
        }
        return values;
    }

    public boolean exists(final String key) {
        final byte[] bytes = read(key);
        return bytes != null && bytes.length > 0;
    }

    /** Writes {@code value} as canonical JSON. */
    public void put(final String key, final Object value) {
        stub.putState(key, LedgerJson.toBytes(value));
    }

    // ---- composite keys and indexes -------------------------------------------------------------

    /** A composite key {@code objectType + attributes}, e.g. {@code key("lot", "L1")}. */
    public String key(final String objectType, final String... attributes) {
        return stub.createCompositeKey(objectType, attributes).toString();
    }

    /** Adds an index entry, e.g. {@code index("lot~holder", holder, lotId)}. */
    public void index(final String indexName, final String... attributes) {
        stub.putState(key(indexName, attributes), INDEX_MARKER);
    }

    /** Removes an index entry (when the indexed attribute changes). */
    public void unindex(final String indexName, final String... attributes) {
        stub.delState(key(indexName, attributes));
    }

    /** The attributes of a composite key, e.g. {@code [holder, lotId]} for an index entry. */
    public List<String> attributesOf(final String compositeKey) {
        return stub.splitCompositeKey(compositeKey).getAttributes();
    }

    /**
     * All entries under a partial composite key, unpaged. Allowed in submit transactions; bound the
     * result with {@code limit} so a large index cannot exhaust the endorser.
     *
     * <p>The iterator is closed only when the scan stops before the end. The peer sends results in batches of 100
     * and releases the query itself with the last one; the shim's close would then be one more round trip that
     * releases nothing, and a trace makes several scans per lot. (Whatever a transaction leaves open the peer
     * closes when it ends.)
     */
    public <T> List<T> scan(final String objectType, final List<String> prefix, final int limit,
            final Function<KeyValue, T> mapper) {
        final List<T> out = new ArrayList<>();
        final QueryResultsIterator<KeyValue> query =
                stub.getStateByPartialCompositeKey(new CompositeKey(objectType, prefix.toArray(String[]::new)));
        final boolean stoppedEarly;
        try {
            final Iterator<KeyValue> results = query.iterator();
            while (out.size() < limit && results.hasNext()) {
                out.add(mapper.apply(results.next()));
            }
            // Asked without a fetch: results left in this batch, or more batches on the peer.
            stoppedEarly = results.hasNext();
        } catch (RuntimeException e) {
            try {
                query.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        if (stoppedEarly) {
            close(query);
        }
        return out;
    }

    /**
     * One page of entries under a partial composite key. Evaluate-only (Fabric refuses it in writes). The peer
     * answers a paginated query in one batch and releases it then, so it is not closed (see {@link #scan}).
     */
    public <T> Page<T> page(final String objectType, final List<String> prefix, final int pageSize,
            final String bookmark, final Function<KeyValue, T> mapper) {
        final List<T> out = new ArrayList<>();
        final QueryResultsIteratorWithMetadata<KeyValue> query = stub.getStateByPartialCompositeKeyWithPagination(
                new CompositeKey(objectType, prefix.toArray(String[]::new)), pageSize, bookmark == null ? "" : bookmark);
        for (final KeyValue kv : query) {
            out.add(mapper.apply(kv));
        }
        final String next = query.getMetadata() == null ? "" : query.getMetadata().getBookmark();
        return new Page<>(out, out.size() < pageSize ? "" : next);
    }

    /** Every committed version of a key, newest first as Fabric returns them. */
    public List<KeyModification> history(final String key) {
        final List<KeyModification> out = new ArrayList<>();
        try (QueryResultsIterator<KeyModification> it = stub.getHistoryForKey(key)) {
            it.forEach(out::add);
        } catch (Exception e) {
            throw closeFailure(e);
        }
        return out;
    }

    // ---- events, private data, endorsement --------------------------------------------------------

    /** Sets the transaction's chaincode event (Fabric keeps one per transaction: the last one set). */
    public void event(final String name, final Object payload) {
        stub.setEvent(name, LedgerJson.toBytes(payload));
    }

    /** Transient (not recorded on the ledger) input of the proposal, e.g. private commercial terms. */
    public Optional<byte[]> transientValue(final String name) {
        final Map<String, byte[]> map = stub.getTransient();
        return Optional.ofNullable(map == null ? null : map.get(name));
    }

    public void putPrivate(final String collection, final String key, final Object value) {
        stub.putPrivateData(collection, key, LedgerJson.toBytes(value));
    }

    public <T> Optional<T> getPrivate(final String collection, final String key, final Class<T> type) {
        return decode(stub.getPrivateData(collection, key), type);
    }

    /** SHA-256 of a private value as every channel member sees it, or empty when there is none. */
    public Optional<byte[]> privateHash(final String collection, final String key) {
        final byte[] hash = stub.getPrivateDataHash(collection, key);
        return hash == null || hash.length == 0 ? Optional.empty() : Optional.of(hash);
    }

    /**
     * Requires future changes of {@code key} to be endorsed by a peer of each of {@code mspIds}
     * (key-level, state-based endorsement), so no other organisation can rewrite it alone.
     */
    public void requireEndorsement(final String key, final String... mspIds) {
        stub.setStateValidationParameter(key, EndorsementPolicies.peersOf(mspIds));
    }

    /** The organisations whose peers must endorse changes to {@code key}; empty when the chaincode policy applies. */
    public List<String> endorsers(final String key) {
        final byte[] parameter = stub.getStateValidationParameter(key);
        if (parameter == null || parameter.length == 0) {
            return List.of();
        }
        return StateBasedEndorsementFactory.getInstance().newStateBasedEndorsement(parameter).listOrgs();
    }

    private static void close(final AutoCloseable query) {
        try {
            query.close();
        } catch (Exception e) {
            throw closeFailure(e);
        }
    }

    private static IllegalStateException closeFailure(final Exception e) {
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        return new IllegalStateException("ledger iterator failed: " + e.getMessage(), e);
    }
}
