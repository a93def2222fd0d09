// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage;
import org.hyperledger.fabric.protos.peer.GetStateMultiple;
import org.hyperledger.fabric.protos.peer.GetStateMultipleResult;
import org.hyperledger.fabric.protos.peer.WriteBatchState;
import org.hyperledger.fabric.protos.peer.WriteRecord;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.tracechain.chaincode.ledger.BatchedWrites;
import org.tracechain.chaincode.ledger.MultiKeyReads;

/**
 * Fabric 3.1's batched state access between chaincode and peer: many keys read in one {@code GET_STATE_MULTIPLE}
 * message, a transaction's writes sent in one {@code WRITE_BATCH_STATE} message, instead of a round trip per key.
 * The peer (3.1.0 and later) handles both; fabric-chaincode-java 2.5 does not send them yet
 * (hyperledger/fabric-chaincode-java#378), so this class sends them over the shim's own stream for the
 * transaction: the {@code handler} of the shim's stub, whose {@code invoke} sends a message and waits for the
 * peer's answer, exactly as the shim's own {@code getState} and {@code putState} do.
 *
 * <p>Reaching the shim's handler needs reflection on its internals. If a shim version changes them, {@link #of}
 * answers empty (logged once) and callers fall back to a call per key: slower, never different. The shim version
 * is pinned in the build, and {@code PeerBatchTest} fails the build when the pinned shim no longer has them.
 */
final class PeerBatch implements MultiKeyReads, BatchedWrites {

    /**
     * Records or keys per message: the peer's default {@code chaincode.runtimeParams.maxSizeWriteBatch} and
     * {@code maxSizeGetMultipleKeys}, which fabric-chaincode-go also splits at.
     */
    static final int MAX_PER_MESSAGE = 1000;

    private static final Logger LOG = Logger.getLogger(PeerBatch.class.getName());
    private static final ShimAccess SHIM = ShimAccess.find();

    private final Object task;
    private final String channelId;
    private final String txId;

    /** Over the shim's handler ({@code ChaincodeInvocationTask}) of one transaction. */
    PeerBatch(final Object task, final String channelId, final String txId) {
        this.task = task;
        this.channelId = channelId;
        this.txId = txId;
    }

    /** The batch channel of the shim's stub for one transaction; empty for any other stub (tests, a changed shim). */
    static Optional<PeerBatch> of(final ChaincodeStub stub) {
        if (SHIM == null || !SHIM.stubType.isInstance(stub)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PeerBatch(SHIM.handler.get(stub), stub.getChannelId(), stub.getTxId()));
        } catch (IllegalAccessException e) {
            return Optional.empty();
        }
    }

    /** Whether the pinned shim's internals are where this class expects them. */
    static boolean available() {
        return SHIM != null;
    }

    /** The values of {@code keys}, in order; an absent key's value is empty. */
    @Override
    public List<byte[]> getStates(final List<String> keys) {
        final List<byte[]> values = new ArrayList<>(keys.size());
        for (int from = 0; from < keys.size(); from += MAX_PER_MESSAGE) {
            final List<String> segment = keys.subList(from, Math.min(keys.size(), from + MAX_PER_MESSAGE));
            final ByteString answer = send(ChaincodeMessage.Type.GET_STATE_MULTIPLE,
                    GetStateMultiple.newBuilder().addAllKeys(segment).build().toByteString());
            final GetStateMultipleResult result;
            try {
                result = GetStateMultipleResult.parseFrom(answer);
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("the peer's answer to GET_STATE_MULTIPLE is not one", e);
            }
            if (result.getValuesCount() != segment.size()) {
                throw new IllegalStateException("the peer answered " + result.getValuesCount() + " values for "
                        + segment.size() + " keys");
            }
            result.getValuesList().forEach(value -> values.add(value.toByteArray()));
        }
        return values;
    }

    /** Sends {@code records} in order, in as few messages as the peer accepts. */
    @Override
    public void writeBatch(final List<WriteRecord> records) {
        for (int from = 0; from < records.size(); from += MAX_PER_MESSAGE) {
            send(ChaincodeMessage.Type.WRITE_BATCH_STATE, WriteBatchState.newBuilder()
                    .addAllRec(records.subList(from, Math.min(records.size(), from + MAX_PER_MESSAGE)))
                    .build().toByteString());
        }
    }

    private ByteString send(final ChaincodeMessage.Type type, final ByteString payload) {
        final ChaincodeMessage message = ChaincodeMessage.newBuilder().setType(type).setChannelId(channelId)
                .setTxid(txId).setPayload(payload).build();
        try {
            return (ByteString) SHIM.invoke.invoke(task, message);
        } catch (InvocationTargetException e) {
            // The shim's own failure (the peer answered ERROR, or the stream broke), as getState would throw it.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("the shim's message channel is not accessible", e);
        }
    }

    /** The shim internals this class uses, looked up once. */
    private record ShimAccess(Class<?> stubType, Field handler, Method invoke) {

        static ShimAccess find() {
            try {
                final Class<?> stubType = Class.forName("org.hyperledger.fabric.shim.impl.InvocationStubImpl");
                final Class<?> taskType = Class.forName("org.hyperledger.fabric.shim.impl.ChaincodeInvocationTask");
                final Field handler = stubType.getDeclaredField("handler");
                final Method invoke = taskType.getDeclaredMethod("invoke", ChaincodeMessage.class);
                if (!handler.getType().equals(taskType) || !invoke.getReturnType().equals(ByteString.class)) {
                    throw new NoSuchMethodException("the shim's handler or its invoke changed");
                }
                handler.setAccessible(true);
                invoke.setAccessible(true);
                return new ShimAccess(stubType, handler, invoke);
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOG.warning(() -> "batched state access unavailable, one round trip per key instead: " + e);
                return null;
            }
        }
    }
}
