// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.client.testing.FakeGateway.detail;
import static org.tracechain.client.testing.FakeGateway.error;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.junit.jupiter.api.Test;

/**
 * Every failure a Fabric v3.1.5 gateway returns for the faults users meet, with the message texts exactly as the
 * Fabric source builds them (file named in each test), mapped to the exception a caller can act on: a refusal with
 * our code, a refusal without one (not retryable), an unknown identity, a conflict, or an outage (retryable).
 */
class FabricFailureMappingTest {

    private static final String TX = "5d1c0e7a9f2b44c1a8e3b6d0f9c2a7e15d1c0e7a9f2b44c1a8e3b6d0f9c2a7e1";
    private static final String CCID = "foodtrace_0a1b2c3d4e5f:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String PEER = "peer0.distributor.tracechain.test:27021";
    private static final ChannelContext CONTEXT = new ChannelContext("foodtrace", "ProducerMSP", List.of("foodtrace"));

    private static LedgerException evaluate(final StatusRuntimeException e) {
        return LedgerErrors.fromGateway(new GatewayException(e), "GetLot", TX, CONTEXT);
    }

    private static LedgerException endorse(final StatusRuntimeException e) {
        return LedgerErrors.fromGateway(new EndorseException(TX, e), "Ship", TX, CONTEXT);
    }

    private static LedgerException submit(final StatusRuntimeException e) {
        return LedgerErrors.fromGateway(new SubmitException(TX, e), "Ship", TX, CONTEXT);
    }

    /** A peer-side failure of the endorse stage (gateway endorse.go: ABORTED with one detail per peer). */
    private static StatusRuntimeException endorseFailed(final String peerMessage) {
        return error(Status.Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                detail("DistributorMSP", PEER, peerMessage));
    }

    /** The same during evaluate (gateway evaluate.go: retried on the next peer, then ABORTED). */
    private static StatusRuntimeException evaluateFailed(final String peerMessage) {
        return error(Status.Code.ABORTED, "failed to evaluate transaction, see attached details for more info",
                detail("DistributorMSP", PEER, peerMessage));
    }

    private static LedgerUnavailableException assertOutage(final LedgerException e, final String explanation) {
        assertThat(e).isExactlyInstanceOf(LedgerUnavailableException.class);
        final LedgerUnavailableException unavailable = (LedgerUnavailableException) e;
        assertThat(unavailable.outcomeUnknown()).isFalse();
        assertThat(unavailable.retryable()).isTrue();
        assertThat(unavailable.code()).isEmpty();
        assertThat(unavailable.transactionId()).contains(TX);
        assertThat(unavailable.getMessage()).contains(explanation);
        return unavailable;
    }

    // ---- the chaincode server is down (core/chaincode: chaincode_support.go, runtime_launcher.go, extcc) ------

    @Test
    void a_killed_chaincode_server_is_an_outage_not_a_refusal() {
        final String dialFailed = "error in simulation: failed to execute transaction " + TX + ": could not launch "
                + "chaincode " + CCID + ": connection to " + CCID + " failed: error creating grpc connection to "
                + "127.0.0.1:27901: failed to create new connection: connection error: desc = \"transport: error while "
                + "dialing: dial tcp 127.0.0.1:27901: connect: connection refused\"";
        assertOutage(endorse(endorseFailed(dialFailed)), "could not reach its chaincode server");
        assertOutage(evaluate(evaluateFailed(dialFailed)), "could not reach its chaincode server");
    }

    @Test
    void a_chaincode_registration_timeout_is_an_outage() {
        assertOutage(endorse(endorseFailed("error in simulation: failed to execute transaction " + TX + ": could not "
                + "launch chaincode " + CCID + ": chaincode registration failed: timeout expired while starting "
                + "chaincode " + CCID + " for transaction")), "could not reach its chaincode server");
        assertOutage(endorse(endorseFailed("error in simulation: failed to execute transaction " + TX + ": could not "
                + "launch chaincode " + CCID + ": chaincode registration failed: connection to " + CCID
                + " terminated")), "could not reach its chaincode server");
    }

    @Test
    void a_chaincode_server_that_dies_or_hangs_mid_transaction_is_an_outage() {
        assertOutage(endorse(endorseFailed("error in simulation: failed to execute transaction " + TX
                + ": chaincode stream terminated")), "stopped while running");
        assertOutage(evaluate(evaluateFailed("error in simulation: failed to execute transaction " + TX
                + ": timeout expired while executing transaction")), "did not answer in time");
    }

    // ---- too few peers (internal/pkg/gateway/registry.go, discovery/endorsement/endorsement.go) --------------

    @Test
    void too_few_reachable_peers_for_the_policy_is_an_outage() {
        for (final String message : List.of(
                "no combination of peers can be derived which satisfy the endorsement policy: "
                        + "state based endorsement policy cannot be satisfied",
                "no combination of peers can be derived which satisfy the endorsement policy: "
                        + "no peer combination can satisfy the endorsement policy",
                "failed to select a set of endorsers that satisfy the endorsement policy due to unavailability of "
                        + "peers: [" + PEER + "]",
                "failed to find any endorsing peers for org(s): DistributorMSP")) {
            assertOutage(endorse(error(Status.Code.FAILED_PRECONDITION, message)), "too few peers");
        }
        assertOutage(evaluate(error(Status.Code.FAILED_PRECONDITION,
                "no peers available to evaluate chaincode foodtrace in channel foodtrace")), "too few peers");
    }

    @Test
    void gateway_timeouts_and_lagging_endorsers_are_outages() {
        assertOutage(endorse(error(Status.Code.DEADLINE_EXCEEDED,
                "endorsement timeout expired while collecting endorsements")), "did not answer in time");
        assertOutage(endorse(error(Status.Code.DEADLINE_EXCEEDED,
                "endorsement timeout expired while collecting first endorsement")), "did not answer in time");
        assertOutage(evaluate(error(Status.Code.DEADLINE_EXCEEDED, "evaluate timeout expired")),
                "did not answer in time");
        assertOutage(endorse(error(Status.Code.ABORTED, "failed to collect enough transaction endorsements, see "
                + "attached details for more info", detail("DistributorMSP", PEER,
                        "ProposalResponsePayloads do not match"))), "computed different results");
        assertOutage(evaluate(error(Status.Code.UNAVAILABLE, "io exception: Connection refused: /127.0.0.1:27011")),
                "could not be reached");
    }

    // ---- the ordering service (internal/pkg/gateway/submit.go, orderer/consensus/etcdraft/chain.go) -----------

    @Test
    void orderers_without_a_raft_leader_did_not_take_the_transaction() {
        final LedgerException e = submit(error(Status.Code.UNAVAILABLE, "no orderers could successfully process "
                + "transaction", orderer(1), orderer(2), orderer(3)));

        assertThat(e).isExactlyInstanceOf(LedgerUnavailableException.class);
        assertThat(((LedgerUnavailableException) e).outcomeUnknown()).isFalse();
        assertThat(e.retryable()).isTrue();
        assertThat(e.getMessage()).contains("ordering service is unavailable");
    }

    private static ErrorDetail orderer(final int n) {
        return detail("OrdererMSP", "orderer" + n + ".tracechain.test:2700" + n,
                "received unsuccessful response from orderer: status=SERVICE_UNAVAILABLE, info=no Raft leader");
    }

    @Test
    void a_connection_lost_while_broadcasting_leaves_the_outcome_unknown() {
        final LedgerException lost = submit(error(Status.Code.UNAVAILABLE, "no orderers could successfully process "
                + "transaction", orderer(1), detail("OrdererMSP", "orderer2.tracechain.test:27002",
                        "rpc error: code = Unavailable desc = error reading from server: EOF")));
        assertThat(((LedgerUnavailableException) lost).outcomeUnknown()).isTrue();
        assertThat(lost.retryable()).isFalse();

        final LedgerException timedOut = submit(error(Status.Code.DEADLINE_EXCEEDED,
                "submit timeout expired while broadcasting to ordering service"));
        assertThat(((LedgerUnavailableException) timedOut).outcomeUnknown()).isTrue();
    }

    @Test
    void an_orderers_definitive_refusal_is_a_refusal_not_an_outage() {
        final LedgerException e = submit(error(Status.Code.ABORTED, "received unsuccessful response from orderer: "
                + "status=BAD_REQUEST, info=transaction size exceeds maximum"));

        assertThat(e).isExactlyInstanceOf(TransactionRefusedException.class);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("refused by the ordering service").contains("BAD_REQUEST");
    }

    @Test
    void a_commit_status_that_does_not_arrive_leaves_the_outcome_unknown() {
        final LedgerException e = LedgerErrors.fromGateway(new CommitStatusException(TX,
                error(Status.Code.DEADLINE_EXCEEDED, "deadline exceeded after 14.999s")), "Ship", TX, CONTEXT);
        assertThat(((LedgerUnavailableException) e).outcomeUnknown()).isTrue();
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("it may still commit");
    }

    // ---- identities (core/endorser/msgvalidation.go, orderer/common/msgprocessor/expiration.go) --------------

    @Test
    void a_certificate_the_peers_refuse_is_unknown_identity() {
        final String refused = "error validating proposal: access denied: channel [foodtrace] creator org "
                + "[ProducerMSP]";
        for (final LedgerException e : List.of(
                evaluate(error(Status.Code.FAILED_PRECONDITION, "evaluate call to endorser returned error: " + refused,
                        detail("ProducerMSP", PEER, refused))),
                endorse(endorseFailed(refused)))) {
            assertThat(e).isExactlyInstanceOf(TransactionRefusedException.class);
            assertThat(e.code()).contains("UNKNOWN_IDENTITY");
            assertThat(e.hasCode(org.tracechain.model.error.CommonError.UNKNOWN_IDENTITY)).isTrue();
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("[UNKNOWN_IDENTITY] the peers do not accept this identity's certificate "
                    + "for ProducerMSP").contains("not issued by a CA that ProducerMSP trusts");
            assertThat(((TransactionRefusedException) e).chaincodeMessage()).isEqualTo(refused);
        }
    }

    @Test
    void an_expired_identity_at_the_orderer_is_unknown_identity() {
        final LedgerException e = submit(error(Status.Code.ABORTED, "received unsuccessful response from orderer: "
                + "status=FORBIDDEN, info=broadcast client identity expired"));
        assertThat(e.code()).contains("UNKNOWN_IDENTITY");
        assertThat(e.getMessage()).contains("for ProducerMSP");
    }

    @Test
    void an_organisation_unknown_to_the_channel_is_still_a_membership_refusal() {
        final String refused = "error validating proposal: access denied: channel [foodtrace] creator org unknown, "
                + "creator is malformed";
        final LedgerException e = evaluate(error(Status.Code.FAILED_PRECONDITION,
                "evaluate call to endorser returned error: " + refused, detail("ProducerMSP", PEER, refused)));
        assertThat(e).isInstanceOf(ChannelMembershipException.class);
    }

    // ---- refusals without our code: policy and access (core/aclmgmt/resourceprovider.go) ---------------------

    @Test
    void an_access_control_denial_is_a_refusal_without_a_code() {
        final String denied = "failed evaluating policy on signed data during check policy "
                + "[/Channel/Application/Writers]: [implicit policy evaluation failed - 0 sub-policies were satisfied, "
                + "but this policy requires 1 of the 'Writers' sub-policies to be satisfied]";
        final LedgerException e = endorse(endorseFailed(denied));
        assertThat(e).isExactlyInstanceOf(TransactionRefusedException.class);
        assertThat(e.code()).isEmpty();
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void a_chaincode_refusal_keeps_its_code_even_beside_an_outage_of_another_peer() {
        final LedgerException e = endorse(error(Status.Code.ABORTED, "failed to collect enough transaction "
                + "endorsements, see attached details for more info",
                detail("DistributorMSP", PEER, "error in simulation: failed to execute transaction " + TX
                        + ": chaincode stream terminated"),
                detail("RegulatorMSP", "peer0.regulator.tracechain.test:27031",
                        "chaincode response 400, [LOT_IN_TRANSIT] shipping: lot L1 is in transit to DistributorMSP")));
        assertThat(e).isExactlyInstanceOf(TransactionRefusedException.class);
        assertThat(e.code()).contains("LOT_IN_TRANSIT");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void a_chaincode_fault_without_a_code_is_a_refusal_not_an_outage() {
        final LedgerException e = endorse(endorseFailed("Unexpected error"));
        assertThat(e).isExactlyInstanceOf(TransactionRefusedException.class);
        assertThat(e.retryable()).isFalse();
    }
}
