// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tracechain.client.testing.FakeGateway.utf8;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;

class LedgerContractTest {

    private static final Lot LOT = TestLots.registered("L1", "06901234567892", "Organic rice", new BigDecimal("12.5"), "kg",
            "ProducerMSP", "x509::CN=farmer", Instant.parse("2025-03-01T08:00:00Z"), "tx-1");

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
                .connect();
        food = client.contract("foodtrace", "foodtrace");
    }

    @AfterEach
    void close() {
        client.close();
        gateway.close();
    }

    @Test
    void evaluate_sends_channel_chaincode_transaction_and_arguments() throws Exception {
        gateway.respond("GetLot", call -> utf8(LedgerJson.toJson(LOT)));

        final byte[] result = food.evaluate("GetLot", "L1");

        assertThat(LedgerJson.fromBytes(result, Lot.class)).isEqualTo(LOT);
        final FakeGateway.Call call = gateway.lastCall();
        assertThat(call.kind()).isEqualTo("evaluate");
        assertThat(call.channel()).isEqualTo("foodtrace");
        assertThat(call.chaincode()).isEqualTo("foodtrace");
        assertThat(call.transactionName()).isEqualTo("GetLot");
        assertThat(call.arguments()).containsExactly("L1");
        assertThat(call.transactionId()).isNotBlank();
    }

    @Test
    void evaluate_json_decodes_with_the_canonical_codec() throws Exception {
        gateway.respond("GetLot", call -> utf8(LedgerJson.toJson(LOT)));

        assertThat(food.evaluateJson("GetLot", Lot.class, "L1")).isEqualTo(LOT);
        assertThat(food.evaluateText("GetLot", "L1")).isEqualTo(LedgerJson.toJson(LOT));
    }

    @Test
    void result_that_is_not_the_expected_json_is_a_ledger_exception() {
        gateway.respond("GetLot", call -> utf8("{\"lotId\":\"L1\",\"surprise\":true}"));

        assertThatThrownBy(() -> food.evaluateJson("GetLot", Lot.class, "L1"))
                .isExactlyInstanceOf(LedgerException.class)
                .hasMessageContaining("GetLot returned a result that cannot be decoded");
    }

    @Test
    void submit_returns_transaction_id_result_and_block_after_checking_commit_status() throws Exception {
        gateway.respond("RegisterLot", call -> utf8(LedgerJson.toJson(LOT)));
        final String request = LedgerJson.toJson(new RegisterLotRequest("L1", "06901234567892", "Organic rice",
                new BigDecimal("12.5"), "kg"));

        final TransactionResult result = food.submit("RegisterLot", request);

        final FakeGateway.Call call = gateway.lastCall();
        assertThat(call.kind()).isEqualTo("endorse");
        assertThat(call.arguments()).containsExactly(request);
        assertThat(result.transactionId()).isEqualTo(call.transactionId());
        assertThat(result.transactionName()).isEqualTo("RegisterLot");
        assertThat(result.blockNumber()).isEqualTo(5);
        assertThat(result.validationCode()).isEqualTo("VALID");
        assertThat(result.payloadAs(Lot.class)).isEqualTo(LOT);
        assertThat(result.payloadText()).isEqualTo(LedgerJson.toJson(LOT));
    }

    @Test
    void submit_json_decodes_the_committed_result() throws Exception {
        gateway.respond("RegisterLot", call -> utf8(LedgerJson.toJson(LOT)));

        assertThat(food.submitJson("RegisterLot", Lot.class, "{}")).isEqualTo(LOT);
    }

    @Test
    void submit_async_gives_the_result_before_the_commit() throws Exception {
        gateway.respond("RegisterLot", call -> utf8(LedgerJson.toJson(LOT)));

        final PendingTransaction pending = food.submitAsync("RegisterLot", "{}");

        assertThat(pending.transactionId()).isEqualTo(gateway.lastCall().transactionId());
        assertThat(pending.resultAs(Lot.class)).isEqualTo(LOT);
        final TransactionResult committed = pending.awaitCommit();
        assertThat(committed.transactionId()).isEqualTo(pending.transactionId());
        assertThat(committed.payload()).isEqualTo(pending.result());
    }

    @Test
    void new_transaction_carries_transient_data_and_endorsing_organizations() throws Exception {
        gateway.respond("RecordPrice", call -> utf8("ok"));
        final Map<String, byte[]> transientData = new LinkedHashMap<>();
        transientData.put("b", utf8("2"));

        final LedgerTransaction transaction = food.newTransaction("RecordPrice")
                .addArguments("L1")
                .addArguments("EUR")
                .putTransient("price", utf8("12.40"))
                .putAllTransient(transientData)
                .endorsingOrganizations("ProducerMSP", "DistributorMSP")
                .build();
        transaction.submit();

        final FakeGateway.Call call = gateway.lastCall();
        assertThat(call.arguments()).containsExactly("L1", "EUR");
        assertThat(call.transientData()).containsExactly(Map.entry("b", "2"), Map.entry("price", "12.40"));
        assertThat(call.endorsingOrganizations()).containsExactly("ProducerMSP", "DistributorMSP");
        assertThat(transaction.transientKeys()).containsExactly("price", "b");
        assertThat(transaction.toString()).doesNotContain("12.40");
    }

    @Test
    void a_transaction_with_an_evaluate_timeout_of_its_own_is_given_that_deadline() throws Exception {
        gateway.respond("TraceForward", call -> utf8("{}"));
        final LedgerTransaction query = food.newTransaction("TraceForward").addArguments("{}")
                .evaluateTimeout(Duration.ofSeconds(25)).build();

        query.evaluate();
        food.evaluate("TraceForward", "{}");

        assertThat(query.evaluateTimeout()).contains(Duration.ofSeconds(25));
        final List<FakeGateway.Call> calls = gateway.calls();
        assertThat(calls.get(0).deadline()).as("its own").isBetween(Duration.ofSeconds(20), Duration.ofSeconds(25));
        assertThat(calls.get(1).deadline()).as("the client's evaluate timeout")
                .isBetween(Duration.ofSeconds(5), LedgerClient.DEFAULT_EVALUATE_TIMEOUT);
        assertThatThrownBy(() -> food.newTransaction("X").evaluateTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("evaluateTimeout must be positive");
        assertThatThrownBy(() -> food.newTransaction("X").evaluateTimeout(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void evaluate_json_of_a_transaction_decodes_or_says_the_result_is_undecodable() throws Exception {
        gateway.respond("GetLot", call -> utf8(LedgerJson.toJson(LOT)));
        gateway.respond("Broken", call -> utf8("{\"lotId\":"));

        assertThat(food.newTransaction("GetLot").addArguments("L1").build().evaluateJson(Lot.class)).isEqualTo(LOT);
        assertThatThrownBy(() -> food.newTransaction("Broken").build().evaluateJson(Lot.class))
                .isInstanceOf(LedgerException.class)
                .hasMessageStartingWith("Broken returned a result that cannot be decoded");
    }

    @Test
    void a_transaction_is_reusable_with_a_fresh_id_each_time() throws Exception {
        gateway.respond("GetLot", call -> utf8("{}"));
        final LedgerTransaction query = food.newTransaction("GetLot").addArguments("L1").build();

        query.evaluate();
        query.evaluate();

        final List<FakeGateway.Call> calls = gateway.calls();
        assertThat(calls.get(0).transactionId()).isNotEqualTo(calls.get(1).transactionId());
    }

    @Test
    void transaction_builder_checks_each_argument_immediately() {
        assertThatThrownBy(() -> food.newTransaction(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("transaction name must not be null");
        assertThatThrownBy(() -> food.newTransaction(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transaction name must not be blank");
        final LedgerTransaction.Builder builder = food.newTransaction("X");
        assertThatThrownBy(() -> builder.addArguments("a", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("arguments[1] must not be null");
        assertThatThrownBy(() -> builder.addArguments((String[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("arguments must not be null");
        assertThatThrownBy(() -> builder.putTransient("", new byte[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transient key must not be blank");
        assertThatThrownBy(() -> builder.putTransient("k", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("transient value for k must not be null");
        assertThatThrownBy(() -> builder.endorsingOrganizations()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endorsing organizations must not be empty");
        assertThatThrownBy(() -> builder.endorsingOrganizations("ProducerMSP", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("endorsing organization must not be blank");
        assertThatThrownBy(() -> food.evaluate("GetLot", (String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("arguments[0] must not be null");
        assertThatThrownBy(() -> food.evaluateJson("GetLot", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("resultType must not be null");
    }

    @Test
    void payload_accessors_return_copies() throws Exception {
        gateway.respond("RegisterLot", call -> utf8("abc"));

        final TransactionResult result = food.submit("RegisterLot", "{}");
        result.payload()[0] = 'X';

        assertThat(result.payloadText()).isEqualTo("abc");
    }
}
