// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.hyperledger.fabric.protos.peer.ChaincodeMessage;
import org.hyperledger.fabric.protos.peer.GetStateMultiple;
import org.hyperledger.fabric.protos.peer.GetStateMultipleResult;
import org.hyperledger.fabric.protos.peer.WriteBatchState;
import org.hyperledger.fabric.protos.peer.WriteRecord;
import org.hyperledger.fabric.shim.impl.ChaincodeInvocationTask;
import org.junit.jupiter.api.Test;

/**
 * The batch messages against the pinned shim's real {@code ChaincodeInvocationTask}: what goes out on the stream,
 * in which slices, and how the peer's answers are read. The live network's tests run every submit through it.
 */
class PeerBatchTest {

    private static final String CHANNEL = "foodtrace";
    private static final String TX = "tx-1";

    /** The shim's task for one transaction, whose peer is {@code peer}: each message sent gets its answer. */
    private static final class FakePeer {
        final List<ChaincodeMessage> sent = new ArrayList<>();
        final ChaincodeInvocationTask task;

        FakePeer(final Function<ChaincodeMessage, ChaincodeMessage> peer) {
            final ChaincodeMessage transaction = ChaincodeMessage.newBuilder().setType(ChaincodeMessage.Type.TRANSACTION)
                    .setChannelId(CHANNEL).setTxid(TX).build();
            final ChaincodeInvocationTask[] self = new ChaincodeInvocationTask[1];
            task = new ChaincodeInvocationTask(transaction, ChaincodeMessage.Type.TRANSACTION, message -> {
                sent.add(message);
                try {
                    self[0].postMessage(peer.apply(message));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }, null);
            self[0] = task;
        }
    }

    private static ChaincodeMessage response(final ChaincodeMessage request, final ByteString payload) {
        return ChaincodeMessage.newBuilder().setType(ChaincodeMessage.Type.RESPONSE).setChannelId(CHANNEL)
                .setTxid(request.getTxid()).setPayload(payload).build();
    }

    private static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void thePinnedShimHasTheInternalsItNeeds() {
        assertThat(PeerBatch.available()).as("fabric-chaincode-shim's InvocationStubImpl.handler and "
                + "ChaincodeInvocationTask.invoke, which PeerBatch sends its messages through").isTrue();
    }

    @Test
    void writesGoOutInOrderInSlicesOfTheBatchLimit() throws InvalidProtocolBufferException {
        final FakePeer peer = new FakePeer(message -> response(message, ByteString.EMPTY));
        final List<WriteRecord> records = IntStream.range(0, 2_500).mapToObj(i -> WriteRecord.newBuilder()
                .setType(WriteRecord.Type.PUT_STATE).setKey("k" + i).setValue(ByteString.copyFrom(utf8("v" + i)))
                .build()).toList();

        new PeerBatch(peer.task, CHANNEL, TX).writeBatch(records);

        assertThat(peer.sent).hasSize(3).allSatisfy(m -> {
            assertThat(m.getType()).isEqualTo(ChaincodeMessage.Type.WRITE_BATCH_STATE);
            assertThat(m.getTxid()).isEqualTo(TX);
            assertThat(m.getChannelId()).isEqualTo(CHANNEL);
        });
        final List<WriteRecord> received = new ArrayList<>();
        for (final ChaincodeMessage m : peer.sent) {
            received.addAll(WriteBatchState.parseFrom(m.getPayload()).getRecList());
        }
        assertThat(WriteBatchState.parseFrom(peer.sent.get(0).getPayload()).getRecCount()).isEqualTo(1_000);
        assertThat(WriteBatchState.parseFrom(peer.sent.get(2).getPayload()).getRecCount()).isEqualTo(500);
        assertThat(received).isEqualTo(records);
    }

    @Test
    void readsAnswerEveryKeyInOrderWithAbsentOnesEmpty() throws InvalidProtocolBufferException {
        final FakePeer peer = new FakePeer(message -> {
            try {
                final List<String> keys = GetStateMultiple.parseFrom(message.getPayload()).getKeysList();
                final GetStateMultipleResult.Builder values = GetStateMultipleResult.newBuilder();
                keys.forEach(k -> values.addValues(k.endsWith("7") ? ByteString.EMPTY
                        : ByteString.copyFrom(utf8("value of " + k))));
                return response(message, values.build().toByteString());
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException(e);
            }
        });
        final List<String> keys = IntStream.range(0, 1_500).mapToObj(i -> "key" + i).toList();

        final List<byte[]> values = new PeerBatch(peer.task, CHANNEL, TX).getStates(keys);

        assertThat(peer.sent).extracting(ChaincodeMessage::getType)
                .containsExactly(ChaincodeMessage.Type.GET_STATE_MULTIPLE, ChaincodeMessage.Type.GET_STATE_MULTIPLE);
        assertThat(GetStateMultiple.parseFrom(peer.sent.get(0).getPayload()).getKeysCount()).isEqualTo(1_000);
        assertThat(values).hasSize(1_500);
        assertThat(new String(values.get(42), StandardCharsets.UTF_8)).isEqualTo("value of key42");
        assertThat(values.get(17)).isEmpty();
        assertThat(new String(values.get(1_499), StandardCharsets.UTF_8)).isEqualTo("value of key1499");
    }

    @Test
    void anAnswerWithTheWrongNumberOfValuesFails() {
        final FakePeer peer = new FakePeer(message -> response(message,
                GetStateMultipleResult.newBuilder().addValues(ByteString.EMPTY).build().toByteString()));

        assertThatThrownBy(() -> new PeerBatch(peer.task, CHANNEL, TX).getStates(List.of("a", "b")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 values for 2 keys");
    }

    @Test
    void aPeerErrorFailsTheCallAsTheShimsOwnCallsDo() {
        final FakePeer peer = new FakePeer(message -> ChaincodeMessage.newBuilder()
                .setType(ChaincodeMessage.Type.ERROR).setTxid(message.getTxid()).setChannelId(CHANNEL)
                .setPayload(ByteString.copyFrom(utf8("no such thing"))).build());

        assertThatThrownBy(() -> new PeerBatch(peer.task, CHANNEL, TX).writeBatch(List.of(WriteRecord.newBuilder()
                .setType(WriteRecord.Type.DEL_STATE).setKey("k").build())))
                .isInstanceOf(org.hyperledger.fabric.contract.ContractRuntimeException.class)
                .hasMessageContaining("Unsuccessful response received");
    }
}
