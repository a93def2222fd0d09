// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.client.LedgerUnavailableException;
import org.tracechain.client.RetryPolicy;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.TransactionResult;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.RegulatorActionRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.FabricNetwork;

/**
 * Faults users meet, on the fault group's own network: concurrent updates of one lot, a holder's peer that is
 * down, a chaincode server that is stopped, an ordering service that loses its quorum. Stops and starts single
 * nodes; it runs before {@link NetworkRecoveryIT}, which damages them.
 */
@Tag("faults")
@ExtendWith(LiveNetworkExtension.class)
@Order(40)
class FaultToleranceIT {

    private static final String DISTRIBUTOR = "DistributorMSP";
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    /** Patient enough for a chaincode server or orderer that is starting again. */
    private static final RetryPolicy PATIENT = RetryPolicy.newBuilder().maxAttempts(12)
            .initialBackoff(Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(4)).build();

    private static RegisterLotRequest lot(final String lotId) {
        return new RegisterLotRequest(lotId, "06901234567892", "Choy sum", new BigDecimal("120.5"), "kg");
    }

    /** What one of the concurrent callers got: the committed event or the failure. */
    private record Outcome(Committed<TrackingEvent> shipped, LedgerException failure) {}

    @Test
    void twenty_concurrent_ships_of_one_lot_with_the_retrying_submit_have_exactly_one_effect(
            @Identity(org = "producer", user = "farmer") final LedgerClient farmerClient,
            @Identity(org = "distributor", user = "carrier") final LedgerClient carrierClient,
            @Identity(org = "regulator", user = "regulator") final LedgerClient regulatorClient) throws Exception {
        final FoodTrace farmer = FoodTrace.of(farmerClient);
        final String lotId = Ids.unique("CS");
        farmer.registerLot(lot(lotId));

        final int callers = 20;
        final CountDownLatch go = new CountDownLatch(1);
        final ExecutorService pool = Executors.newFixedThreadPool(callers);
        final List<Future<Outcome>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                final Callable<Outcome> ship = () -> {
                    go.await();
                    try {
                        // FoodTrace.ship retries conflicts (MVCC_READ_CONFLICT, and ENDORSEMENT_POLICY_FAILURE when the
                        // winner's Ship moved the lot's key-level policy to the receiver) from the current state.
                        return new Outcome(farmer.ship(new ShipRequest(lotId, DISTRIBUTOR, null, null, null, null),
                                null), null);
                    } catch (LedgerException e) {
                        return new Outcome(null, e);
                    }
                };
                futures.add(pool.submit(ship));
            }
            go.countDown();
        } finally {
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        final List<Outcome> outcomes = new ArrayList<>();
        for (final Future<Outcome> future : futures) {
            outcomes.add(future.get());
        }

        final List<Outcome> shipped = outcomes.stream().filter(o -> o.shipped() != null).toList();
        assertThat(shipped).as("exactly one Ship takes effect").hasSize(1);
        // Every other caller learns why, as a refusal with a code: the lot is in transit. No conflict is left over
        // and no outcome is unknown.
        assertThat(outcomes.stream().filter(o -> o.failure() != null).map(Outcome::failure))
                .hasSize(callers - 1)
                .allSatisfy(e -> assertThat(e).isExactlyInstanceOf(TransactionRefusedException.class)
                        .satisfies(r -> assertThat(r.hasCode(FoodError.LOT_IN_TRANSIT)).as(r.getMessage()).isTrue()));

        // Consistent state, read through another organisation's peer once it has the block.
        regulatorClient.awaitBlock("foodtrace", shipped.get(0).shipped().blockNumber(), CATCH_UP);
        final FoodTrace regulator = FoodTrace.of(regulatorClient);
        final Lot lot = regulator.lot(lotId);
        assertThat(lot.status()).isEqualTo(LotStatus.IN_TRANSIT);
        assertThat(lot.shippedToMspId()).isEqualTo(DISTRIBUTOR);
        assertThat(lot.holderMspId()).isEqualTo("ProducerMSP");
        assertThat(lot.updatedTxId()).isEqualTo(shipped.get(0).shipped().transactionId());
        assertThat(regulator.allEventsOfLot(lotId)).filteredOn(e -> e.body().kind() == EventKind.SHIP).hasSize(1);
        assertThat(regulator.lotHistory(lotId)).hasSize(2);

        // Custody's key-level policy still holds: the receiver takes the lot.
        carrierClient.awaitBlock("foodtrace", shipped.get(0).shipped().blockNumber(), CATCH_UP);
        FoodTrace.of(carrierClient).receive(new ReceiveRequest(lotId, null, null, null, null), null);
    }

    @Test
    void a_regulator_holds_releases_and_recalls_while_the_holders_peer_is_down(final FabricNetwork network,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmerClient,
            @Identity(org = "distributor", user = "carrier") final LedgerClient carrierClient,
            @Identity(org = "regulator", user = "regulator") final LedgerClient regulatorClient) throws Exception {
        final FoodTrace farmer = FoodTrace.of(farmerClient);
        final FoodTrace carrier = FoodTrace.of(carrierClient);
        final FoodTrace regulator = FoodTrace.of(regulatorClient);
        final String lotId = Ids.unique("HP");
        farmer.registerLot(lot(lotId));
        final Committed<TrackingEvent> shipped = farmer.ship(new ShipRequest(lotId, DISTRIBUTOR, null, null, null,
                null), null);
        carrierClient.awaitBlock("foodtrace", shipped.blockNumber(), CATCH_UP);
        final Committed<TrackingEvent> received = carrier.receive(new ReceiveRequest(lotId, null, null, null, null),
                null);
        regulatorClient.awaitBlock("foodtrace", received.blockNumber(), CATCH_UP);
        // The lot's key now needs DistributorMSP's peer: before holds and recalls had their own key, no combination
        // of peers could endorse them with that peer down.

        final NodeControl nodes = new NodeControl(network);
        final String holderPeer = nodes.node("peer", "distributor");
        final Committed<RecallBatchNotice> recalled;
        nodes.stop(holderPeer);
        try {
            final Committed<TrackingEvent> held = regulator.hold(new RegulatorActionRequest(lotId, "sampling"));
            assertThat(held.validationCode()).isEqualTo("VALID");
            assertThat(regulator.lot(lotId).status()).isEqualTo(LotStatus.ON_HOLD);
            regulator.release(new RegulatorActionRequest(lotId, "sample passed"));
            assertThat(regulator.lot(lotId).status()).isEqualTo(LotStatus.ACTIVE);
            recalled = regulator.recall(new RecallRequest(Ids.unique("RC"), lotId, "residue", null));
            assertThat(recalled.value().complete()).isTrue();
            assertThat(regulator.lot(lotId).status()).isEqualTo(LotStatus.RECALLED);
        } finally {
            nodes.start(holderPeer);
        }

        // The holder's peer catches up on restart and shows the recall too.
        carrierClient.awaitBlock("foodtrace", recalled.blockNumber(), CATCH_UP);
        final Lot seenByHolder = carrier.lot(lotId);
        assertThat(seenByHolder.status()).isEqualTo(LotStatus.RECALLED);
        assertThat(seenByHolder.holderMspId()).isEqualTo(DISTRIBUTOR);
    }

    @Test
    void a_killed_chaincode_server_is_an_outage_and_the_retrying_submit_succeeds_once_it_is_back(
            final FabricNetwork network, @Identity(org = "producer", user = "farmer") final LedgerClient farmerClient)
            throws Exception {
        final LedgerContract foodtrace = farmerClient.contract("foodtrace", FoodTransaction.CHAINCODE);
        final String lotId = Ids.unique("CC");
        final String json = LedgerJson.toJson(lot(lotId));
        final NodeControl nodes = new NodeControl(network);
        final String server = nodes.node("chaincode", "foodtrace.producer");

        nodes.stop(server);
        final LedgerUnavailableException unavailable;
        try {
            unavailable = catchThrowableOfType(LedgerUnavailableException.class,
                    () -> foodtrace.submit(FoodTransaction.REGISTER_LOT, json));
        } finally {
            nodes.start(server);
        }

        assertThat(unavailable).as("not a refusal: the chaincode never ran").isNotNull();
        assertThat(unavailable.retryable()).isTrue();
        assertThat(unavailable.outcomeUnknown()).isFalse();
        assertThat(unavailable.getMessage()).contains("could not reach its chaincode server");
        final TransactionResult registered = foodtrace.newTransaction(FoodTransaction.REGISTER_LOT).addArguments(json)
                .retry(PATIENT).build().submit();
        assertThat(registered.validationCode()).isEqualTo("VALID");
    }

    @Test
    void submits_in_flight_when_the_ordering_service_loses_its_leader_each_commit_exactly_once(
            final FabricNetwork network, @Identity(org = "producer", user = "farmer") final LedgerClient farmerClient,
            @Identity(org = "regulator", user = "regulator") final LedgerClient regulatorClient) throws Exception {
        final FoodTrace farmer = FoodTrace.of(farmerClient);
        final NodeControl nodes = new NodeControl(network);
        final List<String> orderers = network.status().stream().filter(s -> s.kind().equals("orderer"))
                .map(s -> s.name()).sorted().toList();
        assertThat(orderers).hasSizeGreaterThanOrEqualTo(3);
        final List<String> lotIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lotIds.add(Ids.unique("OL"));
        }

        final ExecutorService pool = Executors.newFixedThreadPool(4);
        final List<Future<Committed<Lot>>> futures = new ArrayList<>();
        try {
            for (final String lotId : lotIds) {
                futures.add(pool.submit(() -> farmer.registerLot(lot(lotId))));
            }
            // Two of three orderers gone: no quorum, so no leader, until they return.
            Thread.sleep(300);
            nodes.stop(orderers.get(0));
            nodes.stop(orderers.get(1));
            Thread.sleep(4000);
        } finally {
            nodes.start(orderers.get(0));
            nodes.start(orderers.get(1));
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        long lastBlock = 0;
        for (int i = 0; i < lotIds.size(); i++) {
            // Each submit found out: committed, valid; none reported an unknown outcome.
            final Committed<Lot> registered = futures.get(i).get();
            assertThat(registered.validationCode()).isEqualTo("VALID");
            assertThat(farmerClient.transactionStatus("foodtrace", registered.transactionId()).isValid()).isTrue();
            lastBlock = Math.max(lastBlock, registered.blockNumber());
        }
        regulatorClient.awaitBlock("foodtrace", lastBlock, CATCH_UP);
        for (int i = 0; i < lotIds.size(); i++) {
            // Exactly once: the lot's registration is the transaction the submit reported.
            assertThat(FoodTrace.of(regulatorClient).lot(lotIds.get(i)).registrationTxId())
                    .isEqualTo(futures.get(i).get().transactionId());
        }
    }
}
