// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.testing;

import com.google.protobuf.Any;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsRequest;
import org.hyperledger.fabric.protos.gateway.ChaincodeEventsResponse;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.CommitStatusResponse;
import org.hyperledger.fabric.protos.gateway.EndorseRequest;
import org.hyperledger.fabric.protos.gateway.EndorseResponse;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.gateway.EvaluateRequest;
import org.hyperledger.fabric.protos.gateway.EvaluateResponse;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SignedChaincodeEventsRequest;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.gateway.SubmitResponse;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Response;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * A Fabric Gateway gRPC service running in-process, answering like a real gateway peer: it decodes the signed
 * proposals the client sends, answers evaluate/endorse with scripted results or with the exact error shapes a
 * Fabric v2.4+ gateway returns (status code, description, {@code ErrorDetail} per peer), records commit status
 * per transaction, and streams chaincode events with the gateway's start-position and after-transaction rules.
 */
public final class FakeGateway implements AutoCloseable {

    /**
     * What the client asked for.
     *
     * @param deadline the time the client's deadline left the call when it arrived, or null without one
     */
    public record Call(String kind, String channel, String chaincode, String transactionName, List<String> arguments,
            Map<String, String> transientData, List<String> endorsingOrganizations, String transactionId,
            Duration deadline) {}

    /** Answers one proposal: returns the chaincode's result or throws a gRPC error. */
    @FunctionalInterface
    public interface Responder {
        byte[] respond(Call call);
    }

    private final String name = "fake-gateway-" + System.nanoTime();
    private final Server server;
    private final ManagedChannel channel;
    private final Map<String, Responder> responders = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final FakeOrdering ordering = new FakeOrdering();
    private final FakeDeliver deliver = new FakeDeliver();
    private final Map<String, Endorsed> endorsed = new ConcurrentHashMap<>();
    private final TreeMap<Long, List<ChaincodeEvent>> blocks = new TreeMap<>();
    private final List<EventSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private volatile Function<String, StatusRuntimeException> submitFailure = txId -> null;
    private volatile Function<String, StatusRuntimeException> commitStatusFailure = txId -> null;
    private volatile Duration commitDelay = Duration.ZERO;

    /** What an endorsement wrote, kept until its transaction commits into a full block. */
    private record Endorsed(String channel, String chaincode, String mspId, java.time.Instant timestamp,
            Map<String, Map<String, byte[]>> writes) {}

    private FakeGateway() {
        for (long number = 0; number < FakeOrdering.FIRST_TRANSACTION_BLOCK; number++) {
            deliver.append(FakeBlocks.configBlock("foodtrace", number));
        }
        ordering.onCommit(this::commitBlock);
        try {
            server = InProcessServerBuilder.forName(name).addService(new Service()).addService(deliver).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        channel = InProcessChannelBuilder.forName(name).build();
    }

    public static FakeGateway start() {
        return new FakeGateway();
    }

    /** The client side of the in-process connection. */
    public ManagedChannel channel() {
        return channel;
    }

    /** Scripts evaluate and endorse of {@code transactionName}. */
    public FakeGateway respond(final String transactionName, final Responder responder) {
        responders.put(transactionName, responder);
        return this;
    }

    /** The commit status the transaction with this id will get (default VALID). */
    public FakeGateway commitAs(final String transactionId, final TxValidationCode code) {
        ordering.commitAs(transactionId, code);
        return this;
    }

    /** Every transaction commits with this code. */
    public FakeGateway commitAllAs(final TxValidationCode code) {
        ordering.commitAllAs(code);
        return this;
    }

    /** The ordering service and ledger behind this gateway, for scripting faults and reading what committed. */
    public FakeOrdering ordering() {
        return ordering;
    }

    public FakeGateway failSubmit(final StatusRuntimeException error) {
        submitFailure = txId -> error;
        return this;
    }

    public FakeGateway failCommitStatus(final StatusRuntimeException error) {
        commitStatusFailure = txId -> error;
        return this;
    }

    public FakeGateway delayCommitStatus(final Duration delay) {
        commitDelay = delay;
        return this;
    }

    /**
     * Records what the endorsement of a transaction wrote to a namespace (key to value, null for a delete), so that
     * its block carries the read-write set when it commits. Responders running a real chaincode call this.
     */
    public FakeGateway endorsedWrites(final String transactionId, final String namespace,
            final Map<String, byte[]> writes) {
        final Endorsed transaction = endorsed.get(transactionId);
        if (transaction != null) {
            // Fabric orders a namespace's writes by key in the read-write set.
            final Map<String, byte[]> sorted = new TreeMap<>();
            writes.forEach(sorted::put);
            transaction.writes().put(namespace, sorted);
        }
        return this;
    }

    /** Appends a full block (hand-built with {@link FakeBlocks}) and streams it to block listeners. */
    public FakeGateway appendBlock(final org.hyperledger.fabric.protos.common.Block block) {
        deliver.append(block);
        return this;
    }

    /**
     * Appends a block of hand-built transactions (see {@link FakeBlocks}) at the next block number, between the
     * blocks of committed submits.
     *
     * @return the block's number
     */
    public long appendBlock(final List<org.hyperledger.fabric.protos.common.Envelope> envelopes,
            final List<TxValidationCode> codes) {
        synchronized (ordering) {
            final long number = ordering.reserveBlock();
            deliver.append(FakeBlocks.block(number, envelopes, codes));
            return number;
        }
    }

    /** The height of the full-block ledger (config blocks 0-4, then one block per committed transaction). */
    public long blockHeight() {
        return deliver.height();
    }

    /** Open block streams. */
    public int liveBlockStreams() {
        return deliver.liveStreams();
    }

    /** Ends every open block stream with an error, as a peer restart would. */
    public void breakBlockStreams(final Status status) {
        deliver.breakStreams(status);
    }

    private void commitBlock(final String transactionId, final FakeOrdering.Committed committed) {
        final Endorsed transaction = endorsed.remove(transactionId);
        if (transaction == null) {
            return;     // committed without an endorsement through this gateway: no block content to show
        }
        deliver.append(FakeBlocks.block(committed.block(), List.of(FakeBlocks.endorserTransaction(
                transaction.channel(), transactionId, transaction.chaincode(), transaction.mspId(),
                transaction.timestamp(), transaction.writes())), List.of(committed.code())));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public Call lastCall() {
        return calls.get(calls.size() - 1);
    }

    /** Appends a block holding events (and streams it to live listeners). */
    public void addBlock(final long number, final ChaincodeEvent... events) {
        synchronized (blocks) {
            blocks.put(number, List.of(events));
        }
        for (final EventSubscriber subscriber : subscribers) {
            subscriber.offer(number, List.of(events));
        }
    }

    public static ChaincodeEvent event(final String chaincode, final String eventName, final String txId,
            final String payload) {
        return ChaincodeEvent.newBuilder().setChaincodeId(chaincode).setEventName(eventName).setTxId(txId)
                .setPayload(ByteString.copyFromUtf8(payload)).build();
    }

    public int liveEventStreams() {
        return (int) subscribers.stream().filter(subscriber -> !subscriber.observer.isCancelled()).count();
    }

    // ---- the error shapes a Fabric gateway peer returns ----------------------------------------------------

    public static final String PEER = "peer0.producer.tracechain.test:7051";

    /** A chaincode refusal during evaluate: UNKNOWN "evaluate call to endorser returned error: ...". */
    public static StatusRuntimeException evaluateRefusal(final String chaincodeMessage) {
        final String peerMessage = "chaincode response 500, " + chaincodeMessage;
        return error(Status.Code.UNKNOWN, "evaluate call to endorser returned error: " + peerMessage,
                detail("ProducerMSP", PEER, peerMessage));
    }

    /** A chaincode refusal during endorse: ABORTED "failed to endorse transaction, see attached details...". */
    public static StatusRuntimeException endorseRefusal(final String chaincodeMessage) {
        return error(Status.Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                detail("ProducerMSP", PEER, "chaincode response 500, " + chaincodeMessage));
    }

    public static ErrorDetail detail(final String mspId, final String address, final String message) {
        return ErrorDetail.newBuilder().setMspId(mspId).setAddress(address).setMessage(message).build();
    }

    public static StatusRuntimeException error(final Status.Code code, final String description,
            final ErrorDetail... details) {
        final com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder()
                .setCode(code.value()).setMessage(description);
        for (final ErrorDetail detail : details) {
            status.addDetails(Any.pack(detail));
        }
        return StatusProto.toStatusRuntimeException(status.build());
    }

    // ---- the service ---------------------------------------------------------------------------------------

    private Call decode(final String kind, final SignedProposal signed, final List<String> endorsers) {
        try {
            final Proposal proposal = Proposal.parseFrom(signed.getProposalBytes());
            final ChannelHeader header = ChannelHeader.parseFrom(Header.parseFrom(proposal.getHeader()).getChannelHeader());
            final ChaincodeProposalPayload payload = ChaincodeProposalPayload.parseFrom(proposal.getPayload());
            final ChaincodeInvocationSpec spec = ChaincodeInvocationSpec.parseFrom(payload.getInput());
            final List<String> args = new ArrayList<>();
            spec.getChaincodeSpec().getInput().getArgsList().forEach(arg -> args.add(arg.toStringUtf8()));
            final Map<String, String> transientData = new TreeMap<>();
            payload.getTransientMapMap().forEach((key, value) -> transientData.put(key, value.toStringUtf8()));
            final Call call = new Call(kind, header.getChannelId(), spec.getChaincodeSpec().getChaincodeId().getName(),
                    args.get(0), List.copyOf(args.subList(1, args.size())), transientData, List.copyOf(endorsers),
                    header.getTxId(), remainingDeadline());
            calls.add(call);
            if ("endorse".equals(kind)) {
                final String mspId = org.hyperledger.fabric.protos.msp.SerializedIdentity.parseFrom(
                        org.hyperledger.fabric.protos.common.SignatureHeader.parseFrom(
                                Header.parseFrom(proposal.getHeader()).getSignatureHeader()).getCreator()).getMspid();
                endorsed.put(header.getTxId(), new Endorsed(header.getChannelId(), call.chaincode(), mspId,
                        java.time.Instant.ofEpochSecond(header.getTimestamp().getSeconds(), header.getTimestamp().getNanos()),
                        new ConcurrentHashMap<>()));
            }
            return call;
        } catch (InvalidProtocolBufferException e) {
            throw Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException();
        }
    }

    private byte[] answer(final Call call) {
        if ("qscc".equals(call.chaincode()) && "GetBlockByTxID".equals(call.transactionName())) {
            return ordering.blockByTransactionId(call.arguments().get(0), call.arguments().get(1));
        }
        if ("qscc".equals(call.chaincode()) && "GetChainInfo".equals(call.transactionName())) {
            return org.hyperledger.fabric.protos.common.BlockchainInfo.newBuilder().setHeight(blockHeight()).build()
                    .toByteArray();
        }
        final Responder responder = responders.get(call.transactionName());
        if (responder == null) {
            final String message = "[UNKNOWN_TRANSACTION] " + call.chaincode() + " has no transaction " + call.transactionName();
            throw "endorse".equals(call.kind()) ? endorseRefusal(message) : evaluateRefusal(message);
        }
        return responder.respond(call);
    }

    private static Envelope preparedTransaction(final Call call, final byte[] result) {
        final ChaincodeAction action = ChaincodeAction.newBuilder()
                .setResponse(Response.newBuilder().setStatus(200).setPayload(ByteString.copyFrom(result))).build();
        final ProposalResponsePayload responsePayload = ProposalResponsePayload.newBuilder()
                .setExtension(action.toByteString()).build();
        final ChaincodeActionPayload actionPayload = ChaincodeActionPayload.newBuilder()
                .setAction(ChaincodeEndorsedAction.newBuilder().setProposalResponsePayload(responsePayload.toByteString()))
                .build();
        final Transaction transaction = Transaction.newBuilder()
                .addActions(TransactionAction.newBuilder().setPayload(actionPayload.toByteString())).build();
        final ChannelHeader channelHeader = ChannelHeader.newBuilder().setChannelId(call.channel())
                .setTxId(call.transactionId()).build();
        final Payload payload = Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(channelHeader.toByteString()))
                .setData(transaction.toByteString()).build();
        return Envelope.newBuilder().setPayload(payload.toByteString()).build();
    }

    private static Duration remainingDeadline() {
        final io.grpc.Deadline deadline = io.grpc.Context.current().getDeadline();
        return deadline == null ? null : Duration.ofMillis(deadline.timeRemaining(TimeUnit.MILLISECONDS));
    }

    private final class Service extends GatewayGrpc.GatewayImplBase {
        @Override
        public void evaluate(final EvaluateRequest request, final StreamObserver<EvaluateResponse> response) {
            try {
                final Call call = decode("evaluate", request.getProposedTransaction(), request.getTargetOrganizationsList());
                final byte[] result = answer(call);
                response.onNext(EvaluateResponse.newBuilder()
                        .setResult(Response.newBuilder().setStatus(200).setPayload(ByteString.copyFrom(result))).build());
                response.onCompleted();
            } catch (StatusRuntimeException e) {
                response.onError(e);
            }
        }

        @Override
        public void endorse(final EndorseRequest request, final StreamObserver<EndorseResponse> response) {
            try {
                final Call call = decode("endorse", request.getProposedTransaction(), request.getEndorsingOrganizationsList());
                final byte[] result = answer(call);
                response.onNext(EndorseResponse.newBuilder().setPreparedTransaction(preparedTransaction(call, result)).build());
                response.onCompleted();
            } catch (StatusRuntimeException e) {
                response.onError(e);
            }
        }

        @Override
        public void submit(final SubmitRequest request, final StreamObserver<SubmitResponse> response) {
            final StatusRuntimeException failure = submitFailure.apply(request.getTransactionId());
            if (failure != null) {
                response.onError(failure);
                return;
            }
            if (request.getPreparedTransaction().getSignature().isEmpty()) {
                response.onError(Status.INVALID_ARGUMENT.withDescription("prepared transaction must be signed").asRuntimeException());
                return;
            }
            final StatusRuntimeException scripted = ordering.submit(request.getTransactionId());
            if (scripted != null) {
                response.onError(scripted);
                return;
            }
            response.onNext(SubmitResponse.getDefaultInstance());
            response.onCompleted();
        }

        @Override
        public void commitStatus(final SignedCommitStatusRequest signed, final StreamObserver<CommitStatusResponse> response) {
            try {
                final String txId = CommitStatusRequest.parseFrom(signed.getRequest()).getTransactionId();
                final StatusRuntimeException failure = commitStatusFailure.apply(txId);
                if (failure != null) {
                    response.onError(failure);
                    return;
                }
                if (!commitDelay.isZero()) {
                    TimeUnit.MILLISECONDS.sleep(commitDelay.toMillis());
                }
                // Like the gateway's commit finder: answer from the ledger, else wait for the transaction to commit
                // (a lost one never does, and the caller's deadline ends the wait).
                final ServerCallStreamObserver<CommitStatusResponse> call =
                        (ServerCallStreamObserver<CommitStatusResponse>) response;
                FakeOrdering.Committed committed = ordering.committedOnRequest(txId);
                final long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (committed == null && !call.isCancelled() && System.nanoTime() < giveUp) {
                    TimeUnit.MILLISECONDS.sleep(5);
                    committed = ordering.committed(txId);
                }
                if (committed == null) {
                    response.onError(Status.DEADLINE_EXCEEDED.asRuntimeException());
                    return;
                }
                response.onNext(CommitStatusResponse.newBuilder().setResult(committed.code())
                        .setBlockNumber(committed.block()).build());
                response.onCompleted();
            } catch (InvalidProtocolBufferException e) {
                response.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                response.onError(Status.CANCELLED.asRuntimeException());
            }
        }

        @Override
        public void chaincodeEvents(final SignedChaincodeEventsRequest signed,
                final StreamObserver<ChaincodeEventsResponse> response) {
            final ChaincodeEventsRequest request;
            try {
                request = ChaincodeEventsRequest.parseFrom(signed.getRequest());
            } catch (InvalidProtocolBufferException e) {
                response.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
                return;
            }
            final EventSubscriber subscriber = new EventSubscriber(request,
                    (ServerCallStreamObserver<ChaincodeEventsResponse>) response);
            synchronized (blocks) {
                final long start = subscriber.startBlock(blocks);
                blocks.tailMap(start, true).forEach(subscriber::offer);
                subscribers.add(subscriber);
            }
        }
    }

    /** One open chaincode events stream, with the gateway's start rules (after-transaction beats start block). */
    private final class EventSubscriber {
        private final ChaincodeEventsRequest request;
        private final ServerCallStreamObserver<ChaincodeEventsResponse> observer;
        private boolean passedAfterTransaction;

        EventSubscriber(final ChaincodeEventsRequest request, final ServerCallStreamObserver<ChaincodeEventsResponse> observer) {
            this.request = request;
            this.observer = observer;
            this.passedAfterTransaction = request.getAfterTransactionId().isEmpty();
            observer.setOnCancelHandler(() -> subscribers.remove(this));
        }

        long startBlock(final TreeMap<Long, List<ChaincodeEvent>> ledger) {
            if (!request.getAfterTransactionId().isEmpty()) {
                for (final Map.Entry<Long, List<ChaincodeEvent>> block : ledger.entrySet()) {
                    if (block.getValue().stream().anyMatch(e -> e.getTxId().equals(request.getAfterTransactionId()))) {
                        return block.getKey();
                    }
                }
            }
            if (request.getStartPosition().hasSpecified()) {
                return request.getStartPosition().getSpecified().getNumber();
            }
            return ledger.isEmpty() ? 0 : ledger.lastKey() + 1;
        }

        synchronized void offer(final long number, final List<ChaincodeEvent> events) {
            if (observer.isCancelled()) {
                return;
            }
            final List<ChaincodeEvent> matching = new ArrayList<>();
            for (final ChaincodeEvent event : events) {
                if (!passedAfterTransaction) {
                    passedAfterTransaction = event.getTxId().equals(request.getAfterTransactionId());
                    continue;
                }
                if (event.getChaincodeId().equals(request.getChaincodeId())) {
                    matching.add(event);
                }
            }
            if (!matching.isEmpty()) {
                observer.onNext(ChaincodeEventsResponse.newBuilder().setBlockNumber(number).addAllEvents(matching).build());
            }
        }
    }

    /** Ends every open event stream with an error, as a peer restart would. */
    public void breakEventStreams(final Status status) {
        for (final EventSubscriber subscriber : subscribers) {
            subscribers.remove(subscriber);
            if (!subscriber.observer.isCancelled()) {
                subscriber.observer.onError(status.asRuntimeException());
            }
        }
    }

    public static byte[] utf8(final String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        channel.shutdownNow();
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
