// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;
import org.tracechain.chaincode.ledger.BatchedWrites;
import org.tracechain.chaincode.ledger.MultiKeyReads;
import org.tracechain.model.transaction.TransactionTable;

/**
 * The peer's stub for a call the {@link TransactionGate} has checked: the function name is the fully qualified
 * one the gate resolved ({@code foodtrace:RegisterLot}), so the contract router cannot pick another contract or
 * method, and a transaction the table declares read-only cannot write. Public state writes wait in
 * {@link BufferedWrites} until the gate {@linkplain #flushWrites() flushes} them after the transaction succeeded;
 * many keys are read in one exchange ({@link MultiKeyReads}). Everything else is the peer's stub.
 */
final class ResolvedCallStub implements ChaincodeStub, MultiKeyReads {

    private final ChaincodeStub peer;
    private final TransactionTable.Resolved call;
    private final MultiKeyReads multiKeyReads;
    private final BufferedWrites writes;
    private final List<byte[]> args;
    private final List<String> stringArgs;

    ResolvedCallStub(final ChaincodeStub peer, final TransactionTable.Resolved call) {
        this.peer = peer;
        this.call = call;
        final List<byte[]> original = peer.getArgs();
        final List<byte[]> resolved = new ArrayList<>(original.size());
        resolved.add(call.qualifiedName().getBytes(StandardCharsets.UTF_8));
        resolved.addAll(original.subList(1, original.size()));
        this.args = List.copyOf(resolved);
        // The gate checked every argument is UTF-8, so this decoding is exact.
        this.stringArgs = args.stream().map(a -> new String(a, StandardCharsets.UTF_8)).toList();
        // The shim's stub through its stream; a stub that batches itself (the tests' in-memory one) as it is.
        final Optional<PeerBatch> shim = PeerBatch.of(peer);
        this.multiKeyReads = shim.<MultiKeyReads>map(b -> b).orElse(keys -> MultiKeyReads.read(peer, keys));
        this.writes = new BufferedWrites(peer, shim.<BatchedWrites>map(b -> b)
                .or(() -> peer instanceof BatchedWrites batched ? Optional.of(batched) : Optional.empty()));
    }

    /** Sends the transaction's waiting writes to the peer; the gate calls it once the transaction succeeded. */
    void flushWrites() {
        writes.flush();
    }

    // ---- the checked call --------------------------------------------------------------------------------------

    @Override
    public List<byte[]> getArgs() {
        return args;
    }

    @Override
    public List<String> getStringArgs() {
        return stringArgs;
    }

    @Override
    public String getFunction() {
        return stringArgs.get(0);
    }

    @Override
    public List<String> getParameters() {
        return stringArgs.subList(1, stringArgs.size());
    }

    // ---- writes: refused for read-only transactions ----------------------------------------------------------

    private void requireWritable(final String what) {
        if (call.signature().readOnly()) {
            throw new IllegalStateException(call.qualifiedName() + " is read-only but tried to " + what);
        }
    }

    @Override
    public void putState(final String key, final byte[] value) {
        requireWritable("put state");
        writes.put(key, value);
    }

    @Override
    public void delState(final String key) {
        requireWritable("delete state");
        writes.delete(key);
    }

    @Override
    public void setStateValidationParameter(final String key, final byte[] value) {
        requireWritable("set a key-level endorsement policy");
        writes.endorsementPolicy(key, value);
    }

    @Override
    public void putPrivateData(final String collection, final String key, final byte[] value) {
        requireWritable("put private data");
        peer.putPrivateData(collection, key, value);
    }

    @Override
    public void setPrivateDataValidationParameter(final String collection, final String key, final byte[] value) {
        requireWritable("set a private data endorsement policy");
        peer.setPrivateDataValidationParameter(collection, key, value);
    }

    @Override
    public void delPrivateData(final String collection, final String key) {
        requireWritable("delete private data");
        peer.delPrivateData(collection, key);
    }

    @Override
    public void purgePrivateData(final String collection, final String key) {
        requireWritable("purge private data");
        peer.purgePrivateData(collection, key);
    }

    @Override
    public void setEvent(final String name, final byte[] payload) {
        requireWritable("set an event");
        peer.setEvent(name, payload);
    }

    // ---- everything else is the peer's ----------------------------------------------------------------------

    @Override
    public String getTxId() {
        return peer.getTxId();
    }

    @Override
    public String getChannelId() {
        return peer.getChannelId();
    }

    @Override
    public Chaincode.Response invokeChaincode(final String chaincodeName, final List<byte[]> arguments,
            final String channel) {
        return peer.invokeChaincode(chaincodeName, arguments, channel);
    }

    @Override
    public byte[] getState(final String key) {
        return peer.getState(key);
    }

    @Override
    public List<byte[]> getStates(final List<String> keys) {
        return multiKeyReads.getStates(keys);
    }

    @Override
    public byte[] getStateValidationParameter(final String key) {
        return peer.getStateValidationParameter(key);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByRange(final String startKey, final String endKey) {
        return peer.getStateByRange(startKey, endKey);
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByRangeWithPagination(final String startKey,
            final String endKey, final int pageSize, final String bookmark) {
        return peer.getStateByRangeWithPagination(startKey, endKey, pageSize, bookmark);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(final String compositeKey) {
        return peer.getStateByPartialCompositeKey(compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(final String objectType,
            final String... attributes) {
        return peer.getStateByPartialCompositeKey(objectType, attributes);
    }

    @Override
    public QueryResultsIterator<KeyValue> getStateByPartialCompositeKey(final CompositeKey compositeKey) {
        return peer.getStateByPartialCompositeKey(compositeKey);
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getStateByPartialCompositeKeyWithPagination(
            final CompositeKey compositeKey, final int pageSize, final String bookmark) {
        return peer.getStateByPartialCompositeKeyWithPagination(compositeKey, pageSize, bookmark);
    }

    @Override
    public CompositeKey createCompositeKey(final String objectType, final String... attributes) {
        return peer.createCompositeKey(objectType, attributes);
    }

    @Override
    public CompositeKey splitCompositeKey(final String compositeKey) {
        return peer.splitCompositeKey(compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getQueryResult(final String query) {
        return peer.getQueryResult(query);
    }

    @Override
    public QueryResultsIteratorWithMetadata<KeyValue> getQueryResultWithPagination(final String query,
            final int pageSize, final String bookmark) {
        return peer.getQueryResultWithPagination(query, pageSize, bookmark);
    }

    @Override
    public QueryResultsIterator<KeyModification> getHistoryForKey(final String key) {
        return peer.getHistoryForKey(key);
    }

    @Override
    public byte[] getPrivateData(final String collection, final String key) {
        return peer.getPrivateData(collection, key);
    }

    @Override
    public byte[] getPrivateDataHash(final String collection, final String key) {
        return peer.getPrivateDataHash(collection, key);
    }

    @Override
    public byte[] getPrivateDataValidationParameter(final String collection, final String key) {
        return peer.getPrivateDataValidationParameter(collection, key);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByRange(final String collection, final String startKey,
            final String endKey) {
        return peer.getPrivateDataByRange(collection, startKey, endKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(final String collection,
            final String compositeKey) {
        return peer.getPrivateDataByPartialCompositeKey(collection, compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(final String collection,
            final CompositeKey compositeKey) {
        return peer.getPrivateDataByPartialCompositeKey(collection, compositeKey);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataByPartialCompositeKey(final String collection,
            final String objectType, final String... attributes) {
        return peer.getPrivateDataByPartialCompositeKey(collection, objectType, attributes);
    }

    @Override
    public QueryResultsIterator<KeyValue> getPrivateDataQueryResult(final String collection, final String query) {
        return peer.getPrivateDataQueryResult(collection, query);
    }

    @Override
    public ChaincodeEvent getEvent() {
        return peer.getEvent();
    }

    @Override
    public SignedProposal getSignedProposal() {
        return peer.getSignedProposal();
    }

    @Override
    public Instant getTxTimestamp() {
        return peer.getTxTimestamp();
    }

    @Override
    public byte[] getCreator() {
        return peer.getCreator();
    }

    @Override
    public Map<String, byte[]> getTransient() {
        return peer.getTransient();
    }

    @Override
    public byte[] getBinding() {
        return peer.getBinding();
    }

    @Override
    public String getMspId() {
        return peer.getMspId();
    }
}
