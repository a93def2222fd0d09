// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tracechain.client.testing.FakeGateway.detail;
import static org.tracechain.client.testing.FakeGateway.error;
import static org.tracechain.client.testing.FakeGateway.utf8;

import io.grpc.Status;
import java.nio.file.Path;
import java.time.Duration;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.food.FoodError;

/** The gateway answers with the exact error shapes of a Fabric peer; the client must turn each into the right type. */
class ErrorMappingTest {

    @TempDir
    Path home;

    private FakeGateway gateway;
    private LedgerClient client;
    private LedgerContract food;

    @BeforeEach
    void connect() throws Exception {
        gateway = FakeGateway.start();
        client = LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, "producer", "farmer", "ProducerMSP", "producer"))
                .connection(gateway.channel())
                .evaluateTimeout(Duration.ofMillis(300))
                .commitStatusTimeout(Duration.ofMillis(300))
                // The mapping of each failure as it first arrives; OutcomeResolutionTest covers finding out.
                .outcomeTimeout(Duration.ZERO)
                .connect();
        food = client.contract("foodtrace", "foodtrace");
    }

    @AfterEach
    void close() {
        client.close();
        gateway.close();
    }

    @Test
    void chaincode_refusal_on_evaluate_carries_code_clean_message_and_transaction_id() {
        gateway.respond("GetLot", call -> {
            throw FakeGateway.evaluateRefusal("[LOT_NOT_FOUND] lot L1 does not exist");
        });

        final TransactionRefusedException refused =
                catchThrowableOfType(TransactionRefusedException.class, () -> food.evaluate("GetLot", "L1"));

        assertThat(refused.code()).contains("LOT_NOT_FOUND");
        assertThat(refused.hasCode(FoodError.LOT_NOT_FOUND)).isTrue();
        assertThat(refused.hasCode(FoodError.LOT_ALREADY_EXISTS)).isFalse();
        assertThat(refused.chaincodeMessage()).isEqualTo("lot L1 does not exist");
        assertThat(refused.transactionId()).contains(gateway.lastCall().transactionId());
        assertThat(refused.getMessage()).isEqualTo("GetLot refused: [LOT_NOT_FOUND] lot L1 does not exist");
        assertThat(refused.details()).containsExactly(
                "ProducerMSP@" + FakeGateway.PEER + ": chaincode response 500, [LOT_NOT_FOUND] lot L1 does not exist");
    }

    @Test
    void chaincode_refusal_on_endorse_is_read_from_the_error_details() {
        gateway.respond("RegisterLot", call -> {
            throw FakeGateway.endorseRefusal("[LOT_ALREADY_EXISTS] lot L1 already exists");
        });

        final TransactionRefusedException refused =
                catchThrowableOfType(TransactionRefusedException.class, () -> food.submit("RegisterLot", "{}"));

        assertThat(refused.code()).contains("LOT_ALREADY_EXISTS");
        assertThat(refused.chaincodeMessage()).isEqualTo("lot L1 already exists");
        assertThat(refused.transactionId()).contains(gateway.lastCall().transactionId());
        assertThat(gateway.calls()).extracting(FakeGateway.Call::kind).containsExactly("endorse");
    }

    @Test
    void refusal_from_a_second_peer_is_found_when_the_first_detail_has_no_code() {
        gateway.respond("RegisterDepartment", call -> {
            throw error(Status.Code.ABORTED, "failed to collect enough transaction endorsements, see attached details for more info",
                    detail("CivilAffairsMSP", "peer0.civil.tracechain.test:8051", "error in simulation: timeout"),
                    detail("RegulatorMSP", "peer0.regulator.tracechain.test:9051",
                            "chaincode response 500, [DEPARTMENT_ALREADY_EXISTS] department D1 already exists"));
        });

        final TransactionRefusedException refused = catchThrowableOfType(TransactionRefusedException.class,
                () -> client.contract("govdir", "govdir").submit("RegisterDepartment", "{}"));

        assertThat(refused.hasCode(DirectoryError.DEPARTMENT_ALREADY_EXISTS)).isTrue();
        assertThat(refused.details()).hasSize(2);
    }

    @Test
    void chaincode_error_without_code_is_a_refusal_without_code() {
        gateway.respond("Mystery", call -> {
            throw FakeGateway.endorseRefusal("Undefined contract method called");
        });

        final TransactionRefusedException refused =
                catchThrowableOfType(TransactionRefusedException.class, () -> food.submit("Mystery"));

        assertThat(refused.code()).isEmpty();
        assertThat(refused.chaincodeMessage()).isEqualTo("Undefined contract method called");
    }

    @Test
    void endorsement_policy_that_cannot_be_satisfied_is_a_refusal() {
        gateway.respond("RegisterLot", call -> {
            throw error(Status.Code.ABORTED, "failed to collect enough transaction endorsements, see attached details for more info");
        });

        final TransactionRefusedException refused =
                catchThrowableOfType(TransactionRefusedException.class, () -> food.submit("RegisterLot", "{}"));

        assertThat(refused.code()).isEmpty();
        assertThat(refused.chaincodeMessage()).startsWith("failed to collect enough transaction endorsements");
    }

    @Test
    void a_read_conflict_is_a_retryable_conflict_with_the_validation_code() {
        gateway.respond("RegisterLot", call -> utf8("{}"));
        gateway.commitAllAs(TxValidationCode.MVCC_READ_CONFLICT);

        final TransactionConflictException failed =
                catchThrowableOfType(TransactionConflictException.class, () -> food.submit("RegisterLot", "{}"));

        assertThat(failed.validationCode()).isEqualTo("MVCC_READ_CONFLICT");
        assertThat(failed.code()).contains("MVCC_READ_CONFLICT");
        assertThat(failed.blockNumber()).hasValue(5);
        assertThat(failed.transactionId()).contains(gateway.lastCall().transactionId());
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.getMessage()).contains("conflicted with a concurrent transaction");
    }

    @Test
    void a_phantom_read_is_a_conflict_too() {
        gateway.respond("RegisterLot", call -> utf8("{}"));
        gateway.commitAllAs(TxValidationCode.PHANTOM_READ_CONFLICT);

        assertThat(catchThrowableOfType(TransactionConflictException.class, () -> food.submit("RegisterLot", "{}"))
                .validationCode()).isEqualTo("PHANTOM_READ_CONFLICT");
    }

    @Test
    void endorsement_policy_failure_with_gateway_chosen_endorsers_is_a_conflict() throws Exception {
        gateway.respond("Ship", call -> utf8("{}"));
        gateway.commitAllAs(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);
        final PendingTransaction pending = food.submitAsync("Ship", "{}");

        final TransactionConflictException failed =
                catchThrowableOfType(TransactionConflictException.class, pending::awaitCommit);

        assertThat(failed.validationCode()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
        assertThat(failed.getMessage()).contains("Ship conflicted with a concurrent transaction: "
                + "ENDORSEMENT_POLICY_FAILURE").contains("key-level endorsement policy");
        assertThat(failed.retryable()).isTrue();
    }

    @Test
    void endorsement_policy_failure_with_endorsers_the_caller_chose_is_a_plain_commit_failure() {
        gateway.respond("Ship", call -> utf8("{}"));
        gateway.commitAllAs(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);

        final CommitFailedException failed = catchThrowableOfType(CommitFailedException.class, () -> food
                .newTransaction("Ship").addArguments("{}").endorsingOrganizations("ProducerMSP").build().submit());

        assertThat(failed).isNotInstanceOf(TransactionConflictException.class);
        assertThat(failed.getMessage()).contains("Ship committed invalid: ENDORSEMENT_POLICY_FAILURE");
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void other_validation_codes_are_plain_commit_failures() {
        gateway.respond("RegisterLot", call -> utf8("{}"));
        gateway.commitAllAs(TxValidationCode.BAD_PAYLOAD);

        final CommitFailedException failed =
                catchThrowableOfType(CommitFailedException.class, () -> food.submit("RegisterLot", "{}"));
        assertThat(failed).isNotInstanceOf(TransactionConflictException.class);
        assertThat(failed.retryable()).isFalse();
    }

    @Test
    void unreachable_peer_is_unavailable() {
        gateway.respond("GetLot", call -> {
            throw error(Status.Code.UNAVAILABLE, "io exception: Connection refused: /127.0.0.1:7051");
        });

        final LedgerUnavailableException unavailable =
                catchThrowableOfType(LedgerUnavailableException.class, () -> food.evaluate("GetLot", "L1"));

        assertThat(unavailable.statusCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(unavailable.outcomeUnknown()).isFalse();
        assertThat(unavailable.transactionId()).isPresent();
    }

    @Test
    void deadline_exceeded_is_unavailable() {
        gateway.respond("GetLot", call -> {
            sleep(2000);
            return utf8("{}");
        });

        final LedgerUnavailableException unavailable =
                catchThrowableOfType(LedgerUnavailableException.class, () -> food.evaluate("GetLot", "L1"));

        assertThat(unavailable.statusCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    }

    @Test
    void no_peers_for_the_chaincode_is_unavailable() {
        gateway.respond("GetLot", call -> {
            throw error(Status.Code.FAILED_PRECONDITION, "no peers available to evaluate chaincode foodtrace in channel foodtrace");
        });

        final LedgerUnavailableException unavailable =
                catchThrowableOfType(LedgerUnavailableException.class, () -> food.evaluate("GetLot", "L1"));

        assertThat(unavailable.statusCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
    }

    @Test
    void a_members_peer_refusing_an_unknown_organisation_is_a_membership_refusal() {
        gateway.respond("GetLot", call -> {
            throw error(Status.Code.FAILED_PRECONDITION, "evaluate call to endorser returned error: access denied: channel "
                    + "[foodtrace] creator org unknown, creator is malformed",
                    detail("ProducerMSP", FakeGateway.PEER, "access denied: channel [foodtrace] creator org unknown, "
                            + "creator is malformed"));
        });

        final ChannelMembershipException refused =
                catchThrowableOfType(ChannelMembershipException.class, () -> food.evaluate("GetLot", "L1"));

        assertThat(refused.getMessage()).isEqualTo("organisation ProducerMSP is not a member of channel foodtrace "
                + "(the channel's peers do not know the organisation)");
        assertThat(refused.channel()).isEqualTo("foodtrace");
        assertThat(refused.mspId()).isEqualTo("ProducerMSP");
        assertThat(refused.chaincodeMessage()).isEqualTo("access denied: channel [foodtrace] creator org unknown, "
                + "creator is malformed");
        assertThat(refused.transactionId()).contains(gateway.lastCall().transactionId());
    }

    @Test
    void a_gateway_peer_outside_the_channel_is_a_membership_refusal_not_an_outage() {
        // Fabric v3.1 gateway, Evaluate: connectChannelPeers fails for a channel the peer has not joined.
        gateway.respond("GetDepartment", call -> {
            throw error(Status.Code.UNAVAILABLE, "failed to get config for channel [govdir]: could not get last config "
                    + "for channel govdir");
        });

        final ChannelMembershipException refused = catchThrowableOfType(ChannelMembershipException.class,
                () -> client.contract("govdir", "govdir").evaluate("GetDepartment", "D1"));

        assertThat(refused.getMessage()).isEqualTo("organisation ProducerMSP is not a member of channel govdir "
                + "(the gateway peer has not joined the channel)");
    }

    @Test
    void missing_chaincode_metadata_is_a_membership_refusal_only_when_the_profile_excludes_the_channel()
            throws Exception {
        // Fabric v3.1 gateway, Endorse on a peer that has not joined the channel: discovery finds no chaincode.
        gateway.respond("RegisterDepartment", call -> {
            throw error(Status.Code.FAILED_PRECONDITION, "no combination of peers can be derived which satisfy the "
                    + "endorsement policy: No metadata was found for chaincode govdir in channel govdir");
        });
        final GatewayProfile producerProfile = GatewayProfile.newBuilder().organization("producer").mspId("ProducerMSP")
                .peerEndpoint("localhost:7051").tlsRootCertificate(home.resolve("tls.pem")).channels("foodtrace")
                .build();

        try (LedgerClient withProfile = LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, "producer", "farmer", "ProducerMSP", "producer"))
                .profile(producerProfile).connection(gateway.channel()).connect()) {
            final ChannelMembershipException refused = catchThrowableOfType(ChannelMembershipException.class,
                    () -> withProfile.contract("govdir", "govdir").submit("RegisterDepartment", "{}"));
            assertThat(refused.getMessage()).isEqualTo("organisation ProducerMSP is not a member of channel govdir "
                    + "(the gateway profile lists only foodtrace)");
        }
        // Without a profile the same answer may mean a chaincode that is not deployed: not called membership.
        catchThrowableOfType(LedgerUnavailableException.class,
                () -> client.contract("govdir", "govdir").submit("RegisterDepartment", "{}"));
    }

    @Test
    void orderer_failure_is_unavailable_with_unknown_outcome() {
        gateway.respond("RegisterLot", call -> utf8("{}"));
        gateway.failSubmit(error(Status.Code.UNAVAILABLE, "no orderers could successfully process transaction",
                detail("OrdererMSP", "127.0.0.1:7050", "rpc error: code = Unavailable")));

        final LedgerUnavailableException unavailable =
                catchThrowableOfType(LedgerUnavailableException.class, () -> food.submit("RegisterLot", "{}"));

        assertThat(unavailable.outcomeUnknown()).isTrue();
        assertThat(unavailable.getMessage()).contains("could not be submitted for ordering").contains("OrdererMSP@127.0.0.1:7050");
    }

    @Test
    void commit_status_timeout_is_unavailable_with_unknown_outcome() {
        gateway.respond("RegisterLot", call -> utf8("{}"));
        gateway.delayCommitStatus(Duration.ofSeconds(2));

        final LedgerUnavailableException unavailable =
                catchThrowableOfType(LedgerUnavailableException.class, () -> food.submit("RegisterLot", "{}"));

        assertThat(unavailable.statusCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        assertThat(unavailable.outcomeUnknown()).isTrue();
        assertThat(unavailable.transactionId()).contains(gateway.lastCall().transactionId());
        assertThat(unavailable.getMessage()).contains("it may still commit");
    }

    @Test
    void unknown_transaction_refusal_from_the_contract_api() {
        final TransactionRefusedException refused =
                catchThrowableOfType(TransactionRefusedException.class, () -> food.evaluate("NoSuchTx"));

        assertThat(refused.code()).contains("UNKNOWN_TRANSACTION");
    }

    private static void sleep(final long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
