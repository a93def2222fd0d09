// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.testing;

import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.orderer.SeekInfo;
import org.hyperledger.fabric.protos.orderer.SeekPosition;
import org.hyperledger.fabric.protos.peer.DeliverGrpc;
import org.hyperledger.fabric.protos.peer.DeliverResponse;

/**
 * The peer's Deliver service behind {@link FakeGateway}: full blocks of one ledger, streamed from the position the
 * signed seek envelope asks for, then every block appended later, as a peer does for a stop position of "max".
 */
final class FakeDeliver extends DeliverGrpc.DeliverImplBase {

    private final TreeMap<Long, Block> blocks = new TreeMap<>();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    void append(final Block block) {
        synchronized (blocks) {
            blocks.put(block.getHeader().getNumber(), block);
            for (final Subscriber subscriber : subscribers) {
                subscriber.offer(block);
            }
        }
    }

    long height() {
        synchronized (blocks) {
            return blocks.isEmpty() ? 0 : blocks.lastKey() + 1;
        }
    }

    int liveStreams() {
        return (int) subscribers.stream().filter(s -> !s.observer.isCancelled()).count();
    }

    void breakStreams(final Status status) {
        for (final Subscriber subscriber : subscribers) {
            subscribers.remove(subscriber);
            if (!subscriber.observer.isCancelled()) {
                subscriber.observer.onError(status.asRuntimeException());
            }
        }
    }

    @Override
    public StreamObserver<Envelope> deliver(final StreamObserver<DeliverResponse> response) {
        final ServerCallStreamObserver<DeliverResponse> observer = (ServerCallStreamObserver<DeliverResponse>) response;
        final Subscriber subscriber = new Subscriber(observer);
        // gRPC allows the cancel handler to be set only here, before the request stream is returned.
        observer.setOnCancelHandler(() -> subscribers.remove(subscriber));
        return new StreamObserver<>() {
            @Override
            public void onNext(final Envelope envelope) {
                final SeekInfo seek;
                try {
                    seek = SeekInfo.parseFrom(Payload.parseFrom(envelope.getPayload()).getData());
                } catch (InvalidProtocolBufferException e) {
                    observer.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
                    return;
                }
                synchronized (blocks) {
                    final long start = start(seek.getStart());
                    blocks.tailMap(start, true).values().forEach(subscriber::offer);
                    subscribers.add(subscriber);
                }
            }

            @Override
            public void onError(final Throwable t) {
                // the client went away
            }

            @Override
            public void onCompleted() {
                // a seek stream stays open for new blocks
            }
        };
    }

    private long start(final SeekPosition position) {
        return switch (position.getTypeCase()) {
            case SPECIFIED -> position.getSpecified().getNumber();
            case OLDEST -> 0;
            default -> blocks.isEmpty() ? 0 : blocks.lastKey() + 1;
        };
    }

    private static final class Subscriber {
        private final ServerCallStreamObserver<DeliverResponse> observer;

        Subscriber(final ServerCallStreamObserver<DeliverResponse> observer) {
            this.observer = observer;
        }

        synchronized void offer(final Block block) {
            if (!observer.isCancelled()) {
                observer.onNext(DeliverResponse.newBuilder().setBlock(block).build());
            }
        }
    }
}
