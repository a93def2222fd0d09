// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import com.google.protobuf.ByteString;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.protos.peer.MetaDataKeys;
import org.hyperledger.fabric.protos.peer.StateMetadata;
import org.hyperledger.fabric.protos.peer.WriteRecord;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.tracechain.chaincode.ledger.BatchedWrites;

/**
 * A transaction's public state writes (puts, deletes, key-level endorsement policies), kept in order and sent to
 * the peer when the transaction has succeeded: in one {@code WRITE_BATCH_STATE} message where the stub can send one
 * ({@link BatchedWrites}: the shim's stream through {@link PeerBatch}), otherwise one call per write, as before.
 *
 * <p>Keeping the writes changes nothing a transaction sees: Fabric never shows a transaction its own writes (reads
 * return the last committed state), and the peer applies the batch's records in order, exactly as it would apply
 * the same calls one by one. A refused or failed transaction sends nothing: the peer discards its simulation anyway.
 * Keys are checked as the shim checks them, when written, so a bad key still fails at its call.
 */
final class BufferedWrites {

    private final ChaincodeStub peer;
    private final Optional<BatchedWrites> batch;
    private final List<WriteRecord> records = new ArrayList<>();

    BufferedWrites(final ChaincodeStub peer, final Optional<BatchedWrites> batch) {
        this.peer = peer;
        this.batch = batch;
    }

    void put(final String key, final byte[] value) {
        checkKey(key);
        Objects.requireNonNull(value, "value cannot be null");
        records.add(WriteRecord.newBuilder().setType(WriteRecord.Type.PUT_STATE).setKey(key)
                .setValue(ByteString.copyFrom(value)).build());
    }

    void delete(final String key) {
        checkKey(key);
        records.add(WriteRecord.newBuilder().setType(WriteRecord.Type.DEL_STATE).setKey(key).build());
    }

    void endorsementPolicy(final String key, final byte[] policy) {
        checkKey(key);
        Objects.requireNonNull(policy, "policy cannot be null");
        records.add(WriteRecord.newBuilder().setType(WriteRecord.Type.PUT_STATE_METADATA).setKey(key)
                .setMetadata(StateMetadata.newBuilder().setMetakey(MetaDataKeys.VALIDATION_PARAMETER.toString())
                        .setValue(ByteString.copyFrom(policy)))
                .build());
    }

    /** Sends every waiting write to the peer, in order. */
    void flush() {
        if (records.isEmpty()) {
            return;
        }
        if (batch.isPresent()) {
            batch.get().writeBatch(records);
        } else {
            records.forEach(this::replay);
        }
        records.clear();
    }

    private void replay(final WriteRecord record) {
        switch (record.getType()) {
            case PUT_STATE -> peer.putState(record.getKey(), record.getValue().toByteArray());
            case DEL_STATE -> peer.delState(record.getKey());
            case PUT_STATE_METADATA ->
                peer.setStateValidationParameter(record.getKey(), record.getMetadata().getValue().toByteArray());
            default -> throw new IllegalStateException("no such buffered write: " + record.getType());
        }
    }

    /** The shim's own key check ({@code InvocationStubImpl.validateKey}), at the call that writes. */
    private static void checkKey(final String key) {
        Objects.requireNonNull(key, "key cannot be null");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key must not be an empty string");
        }
    }
}
