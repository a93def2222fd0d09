// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import org.tracechain.client.Committed;
import org.tracechain.client.Pending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.tracechain.client.testing.FakeGateway.event;
import static org.tracechain.client.testing.FakeGateway.utf8;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.ChaincodeEventListener;
import org.tracechain.client.CommitFailedException;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.food.ColdChainAlertNotice;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.LotVersion;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.food.Shipment;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.json.LedgerJson;

/** The typed SDK against the in-process gateway: encoding, transient terms, ids, errors, paging, notices. */
class FoodTraceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @TempDir
    Path home;

    private FakeGateway gateway;
    private LedgerClient client;
    private FoodTrace food;

    @BeforeEach
    void connect() throws Exception {
        gateway = FakeGateway.start();
        client = LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, "producer", "processor", "ProducerMSP", "processor"))
                .connection(gateway.channel())
                .connect();
        food = FoodTrace.of(client);
    }

    @AfterEach
    void close() {
        client.close();
        gateway.close();
    }

    private static Lot lot(final String lotId) {
        return TestLots.registered(lotId, "06901234567892", "Choy sum", new BigDecimal("500"), "kg", "ProducerMSP",
                "x509::CN=farmer", T0, "tx-lot");
    }

    private static TrackingEvent shipEvent(final String lotId) {
        return new TrackingEvent("a".repeat(64), EventBody.of(EventKind.SHIP, "shipping", "in_transit", "ProducerMSP",
                "x509::CN=processor", T0, null, List.of(lotId), null, null)
                .withShipment(new Shipment("ProducerMSP", "DistributorMSP", "b".repeat(64), "terms_DistributorMSP_ProducerMSP")),
                T0, "tx-ship");
    }

    @Test
    void register_lot_sends_canonical_json_and_returns_the_lot_with_its_transaction() throws Exception {
        gateway.respond("RegisterLot", call -> utf8(LedgerJson.toJson(lot(
                LedgerJson.fromJson(call.arguments().get(0), RegisterLotRequest.class).lotId()))));

        final Committed<Lot> registered = food.registerLot(new RegisterLotRequest("L1", "06901234567892", "Choy sum",
                new BigDecimal("500"), "kg"));

        assertThat(registered.value().lotId()).isEqualTo("L1");
        assertThat(registered.transactionId()).isEqualTo(gateway.lastCall().transactionId()).isNotBlank();
        assertThat(registered.blockNumber()).isPositive();
        assertThat(gateway.lastCall().channel()).isEqualTo("foodtrace");
        assertThat(gateway.lastCall().chaincode()).isEqualTo("foodtrace");
        assertThat(gateway.lastCall().arguments()).containsExactly(
                "{\"lotId\":\"L1\",\"productCode\":\"06901234567892\",\"productName\":\"Choy sum\",\"quantity\":500,\"unit\":\"kg\"}");
    }

    @Test
    void ship_puts_the_private_terms_in_the_transient_map_only() throws Exception {
        gateway.respond("Ship", call -> utf8(LedgerJson.toJson(shipEvent("L1"))));
        final TradeTerms terms = new TradeTerms(new BigDecimal("1250.50"), "CNY", "PO-7", null);

        final Committed<TrackingEvent> shipped = food.ship(new ShipRequest("L1", "DistributorMSP", null, null, null,
                null), terms);

        assertThat(shipped.value().body().shipment().termsHash()).isEqualTo("b".repeat(64));
        final FakeGateway.Call call = gateway.lastCall();
        assertThat(call.transientData()).containsOnlyKeys("terms", "termsSalt").containsEntry("terms",
                "{\"contractNumber\":\"PO-7\",\"currency\":\"CNY\",\"price\":1250.5}");
        // A fresh 32-byte salt per call, so the public hash of the terms confirms no guess.
        assertThat(call.transientData().get("termsSalt")).matches("[0-9a-f]{64}");
        assertThat(call.arguments().get(0)).doesNotContain("1250").doesNotContain("PO-7");
        food.ship(new ShipRequest("L1", "DistributorMSP", null, null, null, null), terms);
        assertThat(gateway.lastCall().transientData().get("termsSalt")).matches("[0-9a-f]{64}")
                .isNotEqualTo(call.transientData().get("termsSalt"));

        food.ship(new ShipRequest("L2", "DistributorMSP", null, null, null, null), null);
        assertThat(gateway.lastCall().transientData()).isEmpty();
    }

    @Test
    void ship_async_returns_the_result_before_the_commit_and_the_commit_on_demand() throws Exception {
        gateway.respond("Ship", call -> utf8(LedgerJson.toJson(shipEvent("L1"))));

        final Pending<TrackingEvent> pending = food.shipAsync(new ShipRequest("L1", "DistributorMSP", null, null,
                null, null), null);

        assertThat(pending.value().txId()).isEqualTo("tx-ship");
        assertThat(pending.transactionId()).isEqualTo(gateway.lastCall().transactionId());
        final Committed<TrackingEvent> committed = pending.awaitCommit();
        assertThat(committed.transactionId()).isEqualTo(pending.transactionId());
        assertThat(committed.value()).isEqualTo(pending.value());
    }

    @Test
    void refusals_carry_the_food_error_code_and_the_transaction_id() {
        gateway.respond("Ship", call -> {
            throw FakeGateway.endorseRefusal("[LOT_RECALLED] shipping: lot L1 is recalled (R1)");
        });

        assertThatThrownBy(() -> food.ship(new ShipRequest("L1", "DistributorMSP", null, null, null, null), null))
                .isInstanceOfSatisfying(TransactionRefusedException.class, e -> {
                    assertThat(e.hasCode(FoodError.LOT_RECALLED)).isTrue();
                    assertThat(e.transactionId()).isPresent();
                    assertThat(e.chaincodeMessage()).isEqualTo("shipping: lot L1 is recalled (R1)");
                });
    }

    @Test
    void an_invalid_commit_is_a_commit_failure_with_the_validation_code() {
        gateway.respond("RegisterLot", call -> utf8(LedgerJson.toJson(lot("L1"))));
        gateway.commitAllAs(TxValidationCode.MVCC_READ_CONFLICT);

        assertThatThrownBy(() -> food.registerLot(new RegisterLotRequest("L1", "06901234567892", "Choy sum",
                BigDecimal.ONE, "kg")))
                .isInstanceOfSatisfying(CommitFailedException.class,
                        e -> assertThat(e.validationCode()).isEqualTo("MVCC_READ_CONFLICT"));
    }

    @Test
    void ship_and_hold_endorse_again_after_a_conflict_and_sell_does_not() throws Exception {
        gateway.respond("Ship", call -> utf8(LedgerJson.toJson(shipEvent("L1"))));
        gateway.respond("Hold", call -> utf8(LedgerJson.toJson(shipEvent("L1"))));
        gateway.respond("Sell", call -> utf8(LedgerJson.toJson(shipEvent("L1"))));
        gateway.ordering().commitInOrder(TxValidationCode.ENDORSEMENT_POLICY_FAILURE, TxValidationCode.VALID,
                TxValidationCode.MVCC_READ_CONFLICT, TxValidationCode.VALID, TxValidationCode.MVCC_READ_CONFLICT);

        final Committed<TrackingEvent> shipped = food.ship(new ShipRequest("L1", "DistributorMSP", null, null, null,
                null), new TradeTerms(BigDecimal.TEN, "CNY", "PO-1", null));
        final Committed<TrackingEvent> held = food.hold(new org.tracechain.model.food.RegulatorActionRequest("L1",
                "sampling"));

        assertThat(shipped.validationCode()).isEqualTo("VALID");
        assertThat(held.validationCode()).isEqualTo("VALID");
        assertThat(gateway.calls()).extracting(FakeGateway.Call::transactionName)
                .containsExactly("Ship", "Ship", "Hold", "Hold");
        // Both attempts of the ship carried the same terms and salt: a conflicted attempt stored nothing.
        assertThat(gateway.calls().get(0).transientData()).isEqualTo(gateway.calls().get(1).transientData());
        assertThatThrownBy(() -> food.sell(new org.tracechain.model.food.SellRequest("L1", BigDecimal.ONE, null, null,
                null))).isInstanceOf(org.tracechain.client.TransactionConflictException.class);
        assertThat(gateway.calls()).hasSize(5);
    }

    @Test
    void pages_decode_and_all_registered_between_follows_bookmarks() throws Exception {
        gateway.respond("LotsByRegistrationDate", call -> {
            final LotQuery query = LedgerJson.fromJson(call.arguments().get(0), LotQuery.class);
            return utf8(query.bookmark() == null
                    ? LedgerJson.toJson(new ResultPage<>(List.of(lot("L1"), lot("L2")), "next"))
                    : LedgerJson.toJson(new ResultPage<>(List.of(lot("L3")), "")));
        });

        final List<Lot> lots = food.lotsRegisteredBetween(T0, T0.plusSeconds(3600));

        assertThat(lots).extracting(Lot::lotId).containsExactly("L1", "L2", "L3");
        final LotQuery last = LedgerJson.fromJson(gateway.lastCall().arguments().get(0), LotQuery.class);
        assertThat(last.bookmark()).isEqualTo("next");
        assertThat(last.registeredFrom()).isEqualTo(T0);
        assertThat(last.pageSize()).isEqualTo(500);
    }

    @Test
    void traces_are_given_the_trace_deadline_not_the_clients_evaluate_timeout() throws Exception {
        final TraceResult empty = new TraceResult("FORWARD", List.of("L1"), List.of(lot("L1")), List.of(), List.of(),
                List.of(), false, List.of(), List.of(), List.of());
        gateway.respond("TraceForward", call -> utf8(LedgerJson.toJson(empty)));
        gateway.respond("TraceBack", call -> utf8(LedgerJson.toJson(empty)));

        assertThat(food.traceForward("L1")).isEqualTo(empty);
        food.traceBack("L1");
        food.traceForwardAll("L1", 1_000);

        // Well above the client's 10 s evaluate timeout: the peer allows a trace 30 s.
        assertThat(gateway.calls()).hasSize(3).allSatisfy(call -> assertThat(call.deadline())
                .isGreaterThan(FoodTrace.TRACE_TIMEOUT.minusSeconds(5)).isLessThanOrEqualTo(FoodTrace.TRACE_TIMEOUT));
    }

    @Test
    void lot_history_decodes_the_version_list() throws Exception {
        gateway.respond("LotHistory", call -> utf8(LedgerJson.toJson(List.of(
                new LotVersion("tx-2", T0.plusSeconds(5), false, lot("L1")),
                new LotVersion("tx-1", T0, false, lot("L1"))))));

        assertThat(food.lotHistory("L1")).extracting(LotVersion::txId).containsExactly("tx-2", "tx-1");
        assertThat(gateway.lastCall().arguments()).containsExactly("L1");
    }

    @Test
    void safety_listener_delivers_recalls_and_alerts_only_and_resumes_from_its_checkpoint() throws Exception {
        final RecallBatchNotice recall = new RecallBatchNotice("R1", "L1", "pesticide", 1, true,
                List.of(new RecallBatchNotice.AffectedLot("L1", "ProducerMSP")));
        final ColdChainAlertNotice alert = new ColdChainAlertNotice("c".repeat(64), "d".repeat(64), List.of("L2"),
                List.of("DistributorMSP"), "truck-1", 1, new BigDecimal("8.9"), new BigDecimal("8.9"));
        gateway.addBlock(3, event("foodtrace", "LotRegistered", "tx1", "{}"),
                event("foodtrace", "ColdChainAlert", "tx2", LedgerJson.toJson(alert)));
        gateway.addBlock(4, event("foodtrace", "RecallIssued", "tx3", LedgerJson.toJson(recall)));
        final Path checkpoint = home.resolve("checkpoints/safety.json");

        final List<SafetyNotice> first = new CopyOnWriteArrayList<>();
        try (ChaincodeEventListener listener = food.listenForRecallsAndAlerts(checkpoint, 0, first::add)) {
            await().atMost(WAIT).until(() -> first.size() == 2);
            assertThat(listener.isRunning()).isTrue();
        }
        assertThat(first).containsExactly(new SafetyNotice.ColdChainAlert(alert, "tx2", 3),
                new SafetyNotice.Recall(recall, true, "tx3", 4));

        // Committed while nobody listened: delivered after the restart, nothing repeated.
        final RecallBatchNotice batch2 = new RecallBatchNotice("R1", "L1", "pesticide", 2, true,
                List.of(new RecallBatchNotice.AffectedLot("L9", "DistributorMSP")));
        gateway.addBlock(5, event("foodtrace", "RecallAcknowledged", "tx4", "{}"),
                event("foodtrace", "RecallContinued", "tx5", LedgerJson.toJson(batch2)));

        final List<SafetyNotice> second = new CopyOnWriteArrayList<>();
        try (ChaincodeEventListener listener = food.listenForRecallsAndAlerts(checkpoint, 0, second::add)) {
            await().atMost(WAIT).until(() -> second.size() == 1);
            await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> second.size() == 1);
            assertThat(listener.isRunning()).isTrue();
        }
        assertThat(second).containsExactly(new SafetyNotice.Recall(batch2, false, "tx5", 5));
        assertThat(second.get(0).eventName()).isEqualTo("RecallContinued");
    }

    @Test
    void a_failing_notice_handler_gets_the_notice_again_after_restart() throws Exception {
        final ColdChainAlertNotice alert = new ColdChainAlertNotice("c".repeat(64), "d".repeat(64), List.of("L2"),
                List.of("DistributorMSP"), "truck-1", 1, BigDecimal.TEN, BigDecimal.TEN);
        gateway.addBlock(3, event("foodtrace", "ColdChainAlert", "tx1", LedgerJson.toJson(alert)));
        final Path checkpoint = home.resolve("safety.json");

        final ChaincodeEventListener failing = food.listenForRecallsAndAlerts(checkpoint, 0, notice -> {
            throw new IllegalStateException("mail server down");
        });
        await().atMost(WAIT).until(() -> !failing.isRunning());
        failing.close();

        final List<SafetyNotice> again = new CopyOnWriteArrayList<>();
        try (ChaincodeEventListener listener = food.listenForRecallsAndAlerts(checkpoint, 0, again::add)) {
            await().atMost(WAIT).until(() -> again.size() == 1);
            assertThat(listener.isRunning()).isTrue();
        }
        assertThat(again.get(0).transactionId()).isEqualTo("tx1");
    }
}
