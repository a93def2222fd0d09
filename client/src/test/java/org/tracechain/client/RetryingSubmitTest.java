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
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.FakeGateway;

/**
 * The retrying submit: conflicts and outages that left nothing submitted are retried, each attempt a new proposal
 * endorsed from the current state, with bounded attempts and back-off; refusals and unknown outcomes never are.
 */
class RetryingSubmitTest {

    private static final RetryPolicy THREE = RetryPolicy.newBuilder().maxAttempts(3)
            .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofSeconds(1)).build();

    @TempDir
    Path home;

    private FakeGateway gateway;
    private RecordedPauses pauses;
    private LedgerClient client;
    private LedgerContract food;

    @BeforeEach
    void connect() throws Exception {
        gateway = FakeGateway.start();
        gateway.respond("Ship", call -> utf8("{\"eventId\":\"e\"}"));
        pauses = new RecordedPauses();
        client = pauses.client(home, gateway, new SplittableRandom(42)).retryPolicy(THREE)
                .outcomeTimeout(Duration.ofMillis(400)).connect();
        food = client.contract("foodtrace", "foodtrace");
    }

    @AfterEach
    void close() {
        client.close();
        gateway.close();
    }

    private List<FakeGateway.Call> endorsements() {
        return gateway.calls().stream().filter(c -> c.kind().equals("endorse")).toList();
    }

    @Test
    void a_conflict_then_a_changed_policy_then_success_commits_on_the_third_attempt() throws Exception {
        gateway.ordering().commitInOrder(TxValidationCode.MVCC_READ_CONFLICT,
                TxValidationCode.ENDORSEMENT_POLICY_FAILURE);

        final TransactionResult result = food.submitWithRetry("Ship", "{\"lotId\":\"L1\"}");

        assertThat(result.validationCode()).isEqualTo("VALID");
        // Each attempt a new proposal (endorsed again from the current state), under a new transaction id.
        assertThat(endorsements()).hasSize(3).extracting(FakeGateway.Call::transactionId).doesNotHaveDuplicates();
        assertThat(result.transactionId()).isEqualTo(endorsements().get(2).transactionId());
        assertThat(gateway.ordering().ledger()).hasSize(3);
        assertThat(pauses.pauses()).hasSize(2);
        assertThat(pauses.pauses().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(pauses.pauses().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void a_refusal_with_a_code_is_never_retried() {
        gateway.respond("Ship", call -> {
            throw FakeGateway.endorseRefusal("[LOT_IN_TRANSIT] shipping: lot L1 is in transit to DistributorMSP");
        });

        final TransactionRefusedException refused =
                catchThrowableOfType(TransactionRefusedException.class, () -> food.submitWithRetry("Ship", "{}"));

        assertThat(refused.code()).contains("LOT_IN_TRANSIT");
        assertThat(endorsements()).hasSize(1);
        assertThat(pauses.pauses()).isEmpty();
    }

    @Test
    void a_refusal_without_a_code_is_never_retried() {
        gateway.respond("Ship", call -> {
            throw FakeGateway.endorseRefusal("Unexpected error");
        });

        catchThrowableOfType(TransactionRefusedException.class, () -> food.submitWithRetry("Ship", "{}"));

        assertThat(endorsements()).hasSize(1);
    }

    @Test
    void attempts_are_bounded_and_the_last_failure_carries_the_earlier_ones() {
        gateway.commitAllAs(TxValidationCode.MVCC_READ_CONFLICT);

        final TransactionConflictException conflict =
                catchThrowableOfType(TransactionConflictException.class, () -> food.submitWithRetry("Ship", "{}"));

        assertThat(endorsements()).hasSize(THREE.maxAttempts());
        assertThat(conflict.getSuppressed()).hasSize(2).allMatch(e -> e instanceof TransactionConflictException);
        assertThat(pauses.pauses()).hasSize(2);
    }

    @Test
    void an_outage_before_ordering_is_retried() throws Exception {
        final AtomicInteger calls = new AtomicInteger();
        gateway.respond("Ship", call -> {
            if (calls.incrementAndGet() < 3) {
                throw error(Status.Code.ABORTED, "failed to endorse transaction, see attached details for more info",
                        detail("ProducerMSP", FakeGateway.PEER, "error in simulation: failed to execute transaction "
                                + call.transactionId() + ": could not launch chaincode foodtrace_1:ab: chaincode "
                                + "registration failed: timeout expired while starting chaincode foodtrace_1:ab for "
                                + "transaction"));
            }
            return utf8("{}");
        });

        assertThat(food.submitWithRetry("Ship", "{}").validationCode()).isEqualTo("VALID");
        assertThat(endorsements()).hasSize(3);
    }

    @Test
    void an_unknown_outcome_is_never_retried_with_a_new_transaction() {
        gateway.ordering().loseSubmissions(Integer.MAX_VALUE);

        final LedgerUnavailableException unknown =
                catchThrowableOfType(LedgerUnavailableException.class, () -> food.submitWithRetry("Ship", "{}"));

        assertThat(unknown.outcomeUnknown()).isTrue();
        // Only the identical transaction was sent again; no second proposal could commit beside the first.
        assertThat(endorsements()).hasSize(1);
        assertThat(gateway.ordering().submissions()).containsOnly(unknown.transactionId().orElseThrow());
    }

    @Test
    void a_plain_submit_does_not_retry() {
        gateway.ordering().commitInOrder(TxValidationCode.MVCC_READ_CONFLICT);

        catchThrowableOfType(TransactionConflictException.class, () -> food.submit("Ship", "{}"));

        assertThat(endorsements()).hasSize(1);
    }

    @Test
    void a_per_call_policy_overrides_the_clients() {
        gateway.commitAllAs(TxValidationCode.MVCC_READ_CONFLICT);
        final LedgerTransaction twice = food.newTransaction("Ship").addArguments("{}")
                .retry(RetryPolicy.newBuilder().maxAttempts(2).build()).build();

        catchThrowableOfType(TransactionConflictException.class, twice::submit);

        assertThat(twice.retryPolicy().maxAttempts()).isEqualTo(2);
        assertThat(endorsements()).hasSize(2);
        assertThat(food.newTransaction("Ship").retry().build().retryPolicy()).isEqualTo(THREE);
        assertThat(food.newTransaction("Ship").build().retryPolicy()).isEqualTo(RetryPolicy.none());
    }

    @Test
    void the_default_client_policy_is_the_documented_one() throws Exception {
        try (LedgerClient defaults = new RecordedPauses().client(home, gateway, new SplittableRandom(1)).connect()) {
            assertThat(defaults.contract("foodtrace", "foodtrace").newTransaction("Ship").retry().build()
                    .retryPolicy()).isEqualTo(RetryPolicy.defaults());
        }
    }
}
