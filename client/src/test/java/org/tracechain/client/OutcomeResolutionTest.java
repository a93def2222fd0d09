// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tracechain.client.testing.FakeGateway.detail;
import static org.tracechain.client.testing.FakeGateway.error;
import static org.tracechain.client.testing.FakeGateway.utf8;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.FakeGateway;

/**
 * A submit whose outcome is unknown finds out instead of guessing: the ordering service without a leader, a leader
 * that dies with the transaction, a commit status out of reach. It looks the id up and sends the identical signed
 * transaction again (Fabric commits an id at most once), never a new one.
 */
class OutcomeResolutionTest {

    /** What every orderer answers while the Raft cluster elects a leader (gateway submit.go). */
    private static final StatusRuntimeException NO_LEADER = error(Status.Code.UNAVAILABLE,
            "no orderers could successfully process transaction", detail("OrdererMSP", "orderer1:27001",
                    "received unsuccessful response from orderer: status=SERVICE_UNAVAILABLE, info=no Raft leader"));

    @TempDir
    Path home;

    private FakeGateway gateway;
    private LedgerClient client;
    private LedgerContract food;

    @BeforeEach
    void connect() throws Exception {
        gateway = FakeGateway.start();
        gateway.respond("RegisterLot", call -> utf8("{\"lotId\":\"L1\"}"));
        client = new RecordedPauses().client(home, gateway, new SplittableRandom(7))
                .outcomeTimeout(Duration.ofSeconds(5)).connect();
        food = client.contract("foodtrace", "foodtrace");
    }

    @AfterEach
    void close() {
        client.close();
        gateway.close();
    }

    private long endorsements() {
        return gateway.calls().stream().filter(c -> c.kind().equals("endorse")).count();
    }

    @Test
    void a_transaction_lost_with_the_leader_is_sent_again_identically_and_commits_once() throws Exception {
        gateway.ordering().loseSubmissions(1);

        final TransactionResult result = food.submit("RegisterLot", "{}");

        assertThat(result.validationCode()).isEqualTo("VALID");
        assertThat(result.payloadText()).isEqualTo("{\"lotId\":\"L1\"}");
        assertThat(gateway.ordering().submissions()).containsExactly(result.transactionId(), result.transactionId());
        assertThat(gateway.ordering().ledger()).containsOnlyKeys(result.transactionId());
        assertThat(endorsements()).isEqualTo(1);
        assertThat(client.transactionStatus("foodtrace", result.transactionId()).isValid()).isTrue();
    }

    @Test
    void a_transaction_that_committed_while_its_status_was_out_of_reach_is_found_not_resent() throws Exception {
        gateway.failCommitStatus(error(Status.Code.UNAVAILABLE, "io exception"));

        final TransactionResult result = food.submit("RegisterLot", "{}");

        assertThat(result.validationCode()).isEqualTo("VALID");
        assertThat(result.blockNumber()).isEqualTo(5);
        assertThat(gateway.ordering().submissions()).hasSize(1);
    }

    @Test
    void orderers_without_a_leader_get_the_identical_transaction_until_one_takes_it() throws Exception {
        gateway.ordering().failSubmits(3, NO_LEADER);

        final TransactionResult result = food.submit("RegisterLot", "{}");

        assertThat(result.validationCode()).isEqualTo("VALID");
        assertThat(gateway.ordering().attempts()).isEqualTo(4);
        assertThat(gateway.ordering().submissions()).containsExactly(result.transactionId());
        assertThat(endorsements()).isEqualTo(1);
    }

    @Test
    void a_resolved_outcome_can_be_a_conflict() {
        gateway.ordering().loseSubmissions(1).commitInOrder(TxValidationCode.MVCC_READ_CONFLICT);

        final TransactionConflictException conflict =
                catchThrowableOfType(TransactionConflictException.class, () -> food.submit("RegisterLot", "{}"));

        assertThat(conflict.validationCode()).isEqualTo("MVCC_READ_CONFLICT");
        assertThat(conflict.retryable()).isTrue();
    }

    @Test
    void an_outcome_still_unknown_at_the_deadline_says_so_and_stays_pending() throws Exception {
        try (LedgerClient impatient = new RecordedPauses().client(home, gateway, new SplittableRandom(7))
                .outcomeTimeout(Duration.ofMillis(500)).connect()) {
            gateway.ordering().loseSubmissions(Integer.MAX_VALUE);

            final LedgerUnavailableException unknown = catchThrowableOfType(LedgerUnavailableException.class,
                    () -> impatient.contract("foodtrace", "foodtrace").submit("RegisterLot", "{}"));

            assertThat(unknown.outcomeUnknown()).isTrue();
            assertThat(unknown.retryable()).isFalse();
            assertThat(unknown.getMessage()).contains("still unknown").contains("transactionStatus");
            final String id = unknown.transactionId().orElseThrow();
            assertThat(gateway.ordering().submissions()).hasSizeGreaterThan(1).containsOnly(id);
            assertThat(impatient.transactionStatus("foodtrace", id).state())
                    .isEqualTo(TransactionStatus.State.PENDING);
        }
    }

    @Test
    void an_orderers_definitive_refusal_is_not_sent_again() {
        gateway.ordering().failSubmits(1, error(Status.Code.ABORTED, "received unsuccessful response from orderer: "
                + "status=BAD_REQUEST, info=transaction size exceeds maximum"));

        final TransactionRefusedException refused =
                catchThrowableOfType(TransactionRefusedException.class, () -> food.submit("RegisterLot", "{}"));

        assertThat(refused.getMessage()).contains("BAD_REQUEST");
        assertThat(gateway.ordering().attempts()).isEqualTo(1);
    }

    @Test
    void submit_async_also_waits_out_an_election_before_returning() throws Exception {
        gateway.ordering().failSubmits(2, NO_LEADER);

        final PendingTransaction pending = food.submitAsync("RegisterLot", "{}");

        assertThat(gateway.ordering().submissions()).containsExactly(pending.transactionId());
        assertThat(pending.awaitCommit().validationCode()).isEqualTo("VALID");
    }
}
