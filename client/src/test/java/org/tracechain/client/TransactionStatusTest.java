// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.tracechain.client.testing.FakeGateway.utf8;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.FakeOrdering;

/** {@link LedgerClient#transactionStatus}: committed (code and block), pending, or not found, from qscc. */
class TransactionStatusTest {

    private static final String UNKNOWN_ID = "0".repeat(64);

    @TempDir
    Path home;

    private FakeGateway gateway;
    private LedgerClient client;
    private LedgerContract food;

    @BeforeEach
    void connect() throws Exception {
        gateway = FakeGateway.start();
        gateway.respond("RegisterLot", call -> utf8("{}"));
        client = new RecordedPauses().client(home, gateway, new SplittableRandom(1))
                .outcomeTimeout(Duration.ofMillis(400)).connect();
        food = client.contract("foodtrace", "foodtrace");
    }

    @AfterEach
    void close() {
        client.close();
        gateway.close();
    }

    @Test
    void a_committed_transaction_has_its_validation_code_and_block() throws Exception {
        final TransactionResult committed = food.submit("RegisterLot", "{}");

        final TransactionStatus status = client.transactionStatus("foodtrace", committed.transactionId());

        assertThat(status.state()).isEqualTo(TransactionStatus.State.COMMITTED);
        assertThat(status.isValid()).isTrue();
        assertThat(status.validationCode()).contains("VALID");
        assertThat(status.blockNumber()).hasValue(committed.blockNumber());
        assertThat(status.transactionId()).isEqualTo(committed.transactionId());
        assertThat(gateway.lastCall().chaincode()).isEqualTo("qscc");
        assertThat(gateway.lastCall().transactionName()).isEqualTo("GetBlockByTxID");
        assertThat(gateway.lastCall().arguments()).containsExactly("foodtrace", committed.transactionId());
    }

    @Test
    void the_block_height_is_the_peers_chain_info_and_grows_with_each_commit() throws Exception {
        final long before = client.blockHeight("foodtrace");
        assertThat(gateway.lastCall().chaincode()).isEqualTo("qscc");
        assertThat(gateway.lastCall().transactionName()).isEqualTo("GetChainInfo");
        assertThat(gateway.lastCall().arguments()).containsExactly("foodtrace");
        assertThat(before).isEqualTo(gateway.blockHeight());

        final TransactionResult committed = food.submit("RegisterLot", "{}");

        assertThat(client.blockHeight("foodtrace")).isGreaterThan(committed.blockNumber()).isGreaterThan(before);
    }

    @Test
    void an_invalid_transaction_is_committed_with_its_code() {
        gateway.commitAllAs(TxValidationCode.MVCC_READ_CONFLICT);
        final TransactionConflictException conflict =
                catchThrowableOfType(TransactionConflictException.class, () -> food.submit("RegisterLot", "{}"));

        final TransactionStatus status = transactionStatus(conflict.transactionId().orElseThrow());

        assertThat(status.isCommitted()).isTrue();
        assertThat(status.isValid()).isFalse();
        assertThat(status.validationCode()).contains("MVCC_READ_CONFLICT");
    }

    @Test
    void another_clients_transaction_is_found_in_its_block() throws Exception {
        gateway.ordering().commit("a".repeat(64), 42, TxValidationCode.VALID);

        assertThat(client.transactionStatus("foodtrace", "a".repeat(64)))
                .satisfies(s -> assertThat(s.blockNumber()).hasValue(42))
                .satisfies(s -> assertThat(s.isValid()).isTrue());
    }

    @Test
    void an_id_no_peer_has_and_this_client_did_not_submit_is_not_found() throws Exception {
        final TransactionStatus status = client.transactionStatus("foodtrace", UNKNOWN_ID);

        assertThat(status.state()).isEqualTo(TransactionStatus.State.NOT_FOUND);
        assertThat(status.validationCode()).isEmpty();
        assertThat(status.blockNumber()).isEmpty();
    }

    @Test
    void a_submitted_transaction_whose_outcome_is_unknown_is_pending() throws Exception {
        gateway.ordering().loseSubmissions(Integer.MAX_VALUE);
        final LedgerUnavailableException unknown =
                catchThrowableOfType(LedgerUnavailableException.class, () -> food.submit("RegisterLot", "{}"));
        assertThat(unknown.outcomeUnknown()).isTrue();

        final TransactionStatus status = client.transactionStatus("foodtrace", unknown.transactionId().orElseThrow());

        assertThat(status.state()).isEqualTo(TransactionStatus.State.PENDING);
    }

    @Test
    void the_transaction_is_found_in_a_block_of_several() throws Exception {
        final var block = FakeOrdering.block("foodtrace", 9, List.of("t1", "t2", "t3"), new byte[] {
            (byte) TxValidationCode.VALID_VALUE, (byte) TxValidationCode.ENDORSEMENT_POLICY_FAILURE_VALUE,
            (byte) TxValidationCode.DUPLICATE_TXID_VALUE});

        assertThat(TransactionLookup.inBlock("foodtrace", "t2", block))
                .isEqualTo(TransactionStatus.committed("foodtrace", "t2", "ENDORSEMENT_POLICY_FAILURE", 9));
        assertThat(TransactionLookup.inBlock("foodtrace", "t3", block).validationCode()).contains("DUPLICATE_TXID");
        assertThatThrownBy(() -> TransactionLookup.inBlock("foodtrace", "t4", block))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not hold transaction t4");
    }

    @Test
    void an_unreachable_gateway_is_unavailable_not_not_found() {
        gateway.close();

        final LedgerUnavailableException unavailable = catchThrowableOfType(LedgerUnavailableException.class,
                () -> client.transactionStatus("foodtrace", UNKNOWN_ID));

        assertThat(unavailable.outcomeUnknown()).isFalse();
    }

    @Test
    void arguments_are_checked_and_a_closed_client_refuses() {
        assertThatThrownBy(() -> client.transactionStatus("foodtrace", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("transactionId");
        assertThatThrownBy(() -> client.transactionStatus(null, UNKNOWN_ID)).isInstanceOf(NullPointerException.class);
        client.close();
        assertThatThrownBy(() -> client.transactionStatus("foodtrace", UNKNOWN_ID))
                .isInstanceOf(IllegalStateException.class);
    }

    private TransactionStatus transactionStatus(final String transactionId) {
        try {
            return client.transactionStatus("foodtrace", transactionId);
        } catch (LedgerException e) {
            throw new AssertionError(e);
        }
    }
}
