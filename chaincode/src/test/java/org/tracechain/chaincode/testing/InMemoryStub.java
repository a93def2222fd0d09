// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.QueryResponseMetadata;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.protos.peer.WriteRecord;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.tracechain.chaincode.ledger.BatchedWrites;
import org.tracechain.chaincode.ledger.MultiKeyReads;

/** One transaction's view of an {@link InMemoryLedger}; see there for the semantics. */
public final class InMemoryStub implements ChaincodeStub, MultiKeyReads, BatchedWrites {

    /** Keys or records per batch message: the peer's default limit, as the chaincode runtime sends them. */
    private static final int PER_BATCH_MESSAGE = 1000;

    /** Fabric's range end for partial composite keys: the highest Unicode code point. */
    private static final String MAX_UNICODE_RUNE = new String(Character.toChars(Character.MAX_CODE_POINT));

    private final InMemoryLedger ledger;
    private final String txId;
    private final Instant timestamp;
    private final TestIdentity creator;
    private final Map<String, byte[]> transientData;
    private final String peerMspId;
    private final Map<String, byte[]> writes = new LinkedHashMap<>();
    private final Map<String, byte[]> validationWrites = new LinkedHashMap<>();
    private final Map<String, Map<String, byte[]>> privateWrites = new LinkedHashMap<>();
    private ChaincodeEvent event;
    private boolean usedPagination;
    private int ledgerReads;
    private int multiKeyReads;
    private final RoundTrips roundTrips = new RoundTrips();
    private String brokenReads;
    private String brokenWrites;
    private List<byte[]> args = List.of();

    InMemoryStub(final InMemoryLedger ledger, final String txId, final Instant timestamp, final TestIdentity creator,
            final Map<String, byte[]> transientData, final String peerMspId) {
        this.ledger = ledger;
        this.txId = txId;
        this.timestamp = timestamp;
        this.creator = creator;
        this.transientData = Map.copyOf(transientData);
        this.peerMspId = peerMspId;
    }

    /** Sets what {@link #getFunction()} and {@link #getParameters()} report. */
    public InMemoryStub withArgs(final String function, final String... parameters) {
        final List<byte[]> all = new ArrayList<>();
        all.add(function.getBytes(StandardCharsets.UTF_8));
        for (final String parameter : parameters) {
            all.add(parameter.getBytes(StandardCharsets.UTF_8));
        }
        return withRawArgs(all);
    }

    /**
     * Sets the proposal's arguments as the peer delivers them: raw bytes, possibly not UTF-8, possibly none at
     * all (element 0 is the function name).
     */
    public InMemoryStub withRawArgs(final List<byte[]> rawArgs) {
        this.args = rawArgs.stream().map(byte[]::clone).toList();
        return this;
    }

    /** How many times this transaction read the ledger (state, ranges, history, private data, policies). */
    public int ledgerReads() {
        return ledgerReads;
    }

    /** Makes every later read fail with an {@link IllegalStateException}: a fault, for fault-handling tests. */
    public void breakReads(final String message) {
        this.brokenReads = message;
    }

    /** Makes a batch of writes fail with {@code message}, as a broken stream to the peer would. */
    public void breakWrites(final String message) {
        this.brokenWrites = message;
    }

    private void read() {
        if (brokenReads != null) {
            throw new IllegalStateException(brokenReads);
        }
        ledgerReads++;
        roundTrips.calls++;
    }

    /**
     * Chaincode ↔ peer round trips of this transaction as Fabric's handler counts them: one per state read, write,
     * delete or key-level policy sent on its own, one per batch of up to 1,000 keys read or records written
     * ({@link #getStates}, {@link #writeBatch}, as the chaincode runtime sends them), one per query, per further batch
     * of 100 query results and per query close (each is sent and its answer awaited; chaincode events travel with the
     * result).
     */
    public int roundTrips() {
        return roundTrips.calls;
    }

    /** Of the {@link #roundTrips()}, the multi-key reads ({@code GET_STATE_MULTIPLE}, up to 1,000 keys each). */
    public int multiKeyReads() {
        return multiKeyReads;
    }

    /** Queries the peer would still hold open for this transaction: neither read to their last batch nor closed. */
    public long queriesOpenOnPeer() {
        return roundTrips.queries.stream().filter(QueryResults.PeerQuery::openOnPeer).count();
    }

    /** The round trips a transaction's queries cost, and the queries themselves. */
    static final class RoundTrips {
        private final List<QueryResults.PeerQuery> queries = new ArrayList<>();
        private int calls;

        void opened(final QueryResults.PeerQuery query) {
            queries.add(query);
        }

        void nextBatch() {
            calls++;
        }

        void closed() {
            calls++;
        }
    }

    boolean hasWrites() {
        return !writes.isEmpty() || !validationWrites.isEmpty() || !privateWrites.isEmpty();
    }

    boolean usedPagination() {
        return usedPagination;
    }

    /** The transaction's writes so far, in write order; a null value is a delete. */
    public Map<String, byte[]> writes() {
        return writes;
    }

    Map<String, byte[]> validationWrites() {
        return validationWrites;
    }

    Map<String, Map<String, byte[]>> privateWrites() {
        return privateWrites;
    }

    Optional<ChaincodeEvent> event() {
        return Optional.ofNullable(event);
    }

    // ---- identity and proposal ---------------------------------------------------------------------

    @Override
    public List<byte[]> getArgs() {
        return args.stream().map(byte[]::clone).toList();
    }

    /** Lossy, as the real shim's ({@code ByteString.toStringUtf8}): invalid UTF-8 becomes U+FFFD. */
    @Override
    public List<String> getStringArgs() {
        return args.stream().map(a -> new String(a, StandardCharsets.UTF_8)).toList();
    }

    @Override
    public String getFunction() {
        return args.isEmpty() ? null : getStringArgs().get(0);
    }

    @Override
    public List<String> getParameters() {
        return args.isEmpty() ? List.of() : getStringArgs().subList(1, args.size());
    }

    @Override
    public String getTxId() {
        return txId;
    }

    @Override
    public String getChannelId() {
        return ledger.channelId();
    }

    @Override
    public Instant getTxTimestamp() {
        return timestamp;
    }

    @Override
    public byte[] getCreator() {
        return creator.serializedIdentity();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return transientData;
    }

    @Override
    public byte[] getBinding() {
        return new byte[0];
    }

    @Override
    public String getMspId() {
        return peerMspId;
    }

    @Override
    public SignedProposal getSignedProposal() {
        return SignedProposal.getDefaultInstance();
    }

    @Override
    public Chaincode.Response invokeChaincode(final String chaincodeName, final List<byte[]> arguments,
            final String channel) {
        throw new UnsupportedOperationException("chaincode-to-chaincode calls are not used by tracechain");
    }

    // ---- world state --------------------------------------------------------------------------------

    @Override
    public byte[] getState(final String key) {
        read();
        checkKey(key);
        final byte[] value = ledger.world.get(key);
        return value == null ? new byte[0] : value.clone();
    }

    /** One round trip per {@value #PER_BATCH_MESSAGE} keys, as {@code GET_STATE_MULTIPLE} costs on a peer. */
    @Override
    public List<byte[]> getStates(final List<String> keys) {
        final List<byte[]> values = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            if (i % PER_BATCH_MESSAGE == 0) {
                read();
                multiKeyReads++;
            }
            checkKey(keys.get(i));
            final byte[] value = ledger.world.get(keys.get(i));
            values.add(value == null ? new byte[0] : value.clone());
        }
        return values;
    }

    /** One round trip per {@value #PER_BATCH_MESSAGE} records, as {@code WRITE_BATCH_STATE} costs on a peer. */
    @Override
    public void writeBatch(final List<WriteRecord> records) {
        if (brokenWrites != null) {
            throw new IllegalStateException(brokenWrites);
        }
        for (int i = 0; i < records.size(); i++) {
            if (i % PER_BATCH_MESSAGE == 0) {
                roundTrips.calls++;
            }
            final WriteRecord record = records.get(i);
            switch (record.getType()) {
                case PUT_STATE -> put(record.getKey(), record.getValue().toByteArray());
                case DEL_STATE -> delete(record.getKey());
                case PUT_STATE_METADATA -> validationWrites.put(record.getKey(),
                        record.getMetadata().getValue().toByteArray());
                default -> throw new IllegalArgumentException("a write batch does not carry " + record.getType());
            }
        }
    }

    @Override
    public void putState(final String key, final byte[] value) {
        roundTrips.calls++;
        put(key, value);
    }

    private void put(final String key, final byte[] value) {
        checkKey(key);
        if (value == null || value.length == 0) {
            // An empty value is a delete on a real peer, which silently loses data written this way.
            throw new IllegalArgumentException("putState with an empty value deletes key " + key + " on Fabric");
        }
        writes.put(key, value.clone());
    }

    @Override
    public void delState(final String key) {
        roundTrips.calls++;
        delete(key);
    }

    private void delete(final String key) {
        checkKey(key);
        writes.put(key, null);
    }

    @Override
    public byte[] getStateValidationParameter(final String key) {
        read();
        final byte[] value = ledger.validationParameters.get(key);
        return value == null ? null : value.clone();
    }

    @Override
    public void setStateValidationParameter(final String key, final byte[] value) {
        roundTrips.calls++;
        validationWrites.put(key, value.clone());
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(final String startKey, final String endKey) {
        read();
        return iterator(range(ledger.world, startKey, endKey));
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(final String startKey,
            final String endKey, final int pageSize, final String bookmark) {
        read();
        usedPagination = true;
        return paged(range(ledger.world, startKey, endKey), pageSize, bookmark);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(final String compositeKey) {
        read();
        return iterator(prefixRange(ledger.world, compositeKey));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(final String objectType,
            final String... attributes) {
        return getStateByPartialCompositeKey(new CompositeKey(objectType, attributes));
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(final CompositeKey compositeKey) {
        return getStateByPartialCompositeKey(compositeKey.toString());
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            final CompositeKey compositeKey, final int pageSize, final String bookmark) {
        read();
        usedPagination = true;
        return paged(prefixRange(ledger.world, compositeKey.toString()), pageSize, bookmark);
    }

    @Override
    public CompositeKey createCompositeKey(final String objectType, final String... attributes) {
        return new CompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(final String compositeKey) {
        return CompositeKey.parseCompositeKey(compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(final String query) {
        throw new UnsupportedOperationException("rich queries need CouchDB; tracechain uses composite-key indexes");
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(final String query,
            final int pageSize, final String bookmark) {
        throw new UnsupportedOperationException("rich queries need CouchDB; tracechain uses composite-key indexes");
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(final String key) {
        read();
        final List<InMemoryLedger.Version> versions = new ArrayList<>(ledger.history.getOrDefault(key, List.of()));
        Collections.reverse(versions); // newest first, as the peer returns them
        final List<KeyModification> mods = versions.stream().<KeyModification>map(QueryResults.Modification::new).toList();
        return new QueryResults.ListIterator<>(mods);
    }

    // ---- private data ---------------------------------------------------------------------------------

    @Override
    public byte[] getPrivateData(final String collection, final String key) {
        read();
        final byte[] value = ledger.privateData.getOrDefault(collection, Collections.emptyNavigableMap()).get(key);
        return value == null ? new byte[0] : value.clone();
    }

    @Override
    public byte[] getPrivateDataHash(final String collection, final String key) {
        read();
        final byte[] value = ledger.privateData.getOrDefault(collection, Collections.emptyNavigableMap()).get(key);
        return value == null ? new byte[0] : sha256(value);
    }

    @Override
    public byte[] getPrivateDataValidationParameter(final String collection, final String key) {
        return null;
    }

    @Override
    public void putPrivateData(final String collection, final String key, final byte[] value) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("putPrivateData with an empty value");
        }
        roundTrips.calls++;
        privateWrites.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(key, value.clone());
    }

    @Override
    public void setPrivateDataValidationParameter(final String collection, final String key, final byte[] value) {
        throw new UnsupportedOperationException("not used by tracechain");
    }

    @Override
    public void delPrivateData(final String collection, final String key) {
        roundTrips.calls++;
        privateWrites.computeIfAbsent(collection, c -> new LinkedHashMap<>()).put(key, null);
    }

    @Override
    public void purgePrivateData(final String collection, final String key) {
        delPrivateData(collection, key);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(final String collection, final String startKey,
            final String endKey) {
        return iterator(range(ledger.privateData.getOrDefault(collection, new TreeMap<>()), startKey, endKey));
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(final String collection,
            final String compositeKey) {
        return iterator(prefixRange(ledger.privateData.getOrDefault(collection, new TreeMap<>()), compositeKey));
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(final String collection,
            final CompositeKey compositeKey) {
        return getPrivateDataByPartialCompositeKey(collection, compositeKey.toString());
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(final String collection,
            final String objectType, final String... attributes) {
        return getPrivateDataByPartialCompositeKey(collection, new CompositeKey(objectType, attributes));
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(final String collection, final String query) {
        throw new UnsupportedOperationException("rich queries need CouchDB");
    }

    // ---- events ---------------------------------------------------------------------------------------

    @Override
    public void setEvent(final String name, final byte[] payload) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("event name can not be nil or empty string");
        }
        event = ChaincodeEvent.newBuilder().setEventName(name).setTxId(txId)
                .setPayload(ByteString.copyFrom(payload == null ? new byte[0] : payload)).build();
    }

    @Override
    public ChaincodeEvent getEvent() {
        return event;
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static void checkKey(final String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
    }

    private static NavigableMap<String, byte[]> range(final NavigableMap<String, byte[]> map, final String start,
            final String end) {
        if (end == null || end.isEmpty()) {
            return map.tailMap(start == null ? "" : start, true);
        }
        return map.subMap(start == null ? "" : start, true, end, false);
    }

    private static NavigableMap<String, byte[]> prefixRange(final NavigableMap<String, byte[]> map,
            final String prefix) {
        return map.subMap(prefix, true, prefix + MAX_UNICODE_RUNE, false);
    }

    private QueryResultsIterator<KeyValue> iterator(final NavigableMap<String, byte[]> entries) {
        final List<KeyValue> snapshot = entries.entrySet().stream()
                .<KeyValue>map(e -> new QueryResults.Entry(e.getKey(), e.getValue().clone())).toList();
        return new QueryResults.PeerQuery(snapshot, roundTrips);
    }

    private QueryResultsIteratorWithMetadata<KeyValue> paged(final NavigableMap<String, byte[]> entries,
            final int pageSize, final String bookmark) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        final NavigableMap<String, byte[]> from =
                bookmark == null || bookmark.isEmpty() ? entries : entries.tailMap(bookmark, true);
        final List<KeyValue> page = new ArrayList<>();
        String next = "";
        for (final Map.Entry<String, byte[]> e : from.entrySet()) {
            if (page.size() == pageSize) {
                next = e.getKey();
                break;
            }
            page.add(new QueryResults.Entry(e.getKey(), e.getValue().clone()));
        }
        final QueryResponseMetadata metadata = QueryResponseMetadata.newBuilder()
                .setFetchedRecordsCount(page.size()).setBookmark(next).build();
        return new QueryResults.PagedIterator(page, metadata, roundTrips);
    }

    private static byte[] sha256(final byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
