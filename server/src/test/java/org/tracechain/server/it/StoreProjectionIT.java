// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.TransactionConflictException;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.it.Identity;
import org.tracechain.client.it.LiveNetworkExtension;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.store.EpcisQuery;
import org.tracechain.server.store.LotSearch;
import org.tracechain.server.store.PostgresQueryStore;
import org.tracechain.server.store.StoreProjector;
import org.tracechain.server.store.TestPostgres;

/**
 * The query store fed by a live peer's blocks: the foodtrace channel projected from block 0 (config and lifecycle
 * blocks included), a registered lot, its EPCIS event and its trace (the chaincode's, byte for byte) found by the
 * store's queries, a transaction the peer
 * invalidated for an MVCC conflict absent, and a rebuild giving the same tables.
 */
@ExtendWith({LiveNetworkExtension.class, TestPostgres.class})
class StoreProjectionIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    private static LotSearch byLot(final String lotId) {
        return new LotSearch(Optional.empty(), Optional.empty(), Optional.of(lotId), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 10, Optional.empty());
    }

    private static EpcisQuery anyEpc(final String epc) {
        return new EpcisQuery(List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(epc), List.of(), List.of(), 100, Optional.empty());
    }

    @Test
    void the_live_channel_is_projected_and_invalid_transactions_are_not(
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer, final DataSource db)
            throws Exception {
        final FoodTrace food = FoodTrace.of(farmer);
        final List<Exception> failures = new CopyOnWriteArrayList<>();
        final PostgresQueryStore store = new PostgresQueryStore(db, "foodtrace");
        final String lotId = "STORE-" + RUN;
        final Committed<Lot> registered = food.registerLot(new RegisterLotRequest(lotId, "06901234567892", "Choy sum",
                new BigDecimal("12.50"), "kg"));

        // Two registrations of one new lot endorsed at once: the peer commits the first, invalidates the other.
        String conflictLot = null;
        String winnerTx = null;
        for (int attempt = 0; attempt < 5 && conflictLot == null; attempt++) {
            final String candidate = "RACE-" + RUN + "-" + attempt;
            final CountDownLatch go = new CountDownLatch(1);
            final List<CompletableFuture<Object>> racers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                racers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                        return food.registerLot(new RegisterLotRequest(candidate, "06901234567892", "Choy sum",
                                BigDecimal.ONE, "kg"));
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            final List<Object> outcomes = new ArrayList<>();
            for (final CompletableFuture<Object> racer : racers) {
                outcomes.add(racer.get());
            }
            if (outcomes.stream().anyMatch(TransactionConflictException.class::isInstance)) {
                conflictLot = candidate;
                winnerTx = outcomes.stream().filter(Committed.class::isInstance).map(c -> ((Committed<?>) c)
                        .transactionId()).findFirst().orElseThrow();
            }
        }

        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        try {
            projector.start(farmer, failures::add);
            assertThat(store.awaitBlock("foodtrace", registered.blockNumber(), WAIT)).isTrue();
            final List<Lot> found = store.lots(byLot(lotId)).items();
            assertThat(found).containsExactly(registered.value());
            final var events = store.events(anyEpc(registered.value().digitalLink())).events();
            assertThat(events).hasSize(1);
            assertThat(events.get(0).transactionId()).isEqualTo(registered.transactionId());
            assertThat(events.get(0).ledgerEventId()).isEqualTo(
                    events.get(0).epcisEvent().path("tracechain:ledgerEventID").asText());
            assertThat(store.event(events.get(0).epcisEvent().path("eventID").asText())).isPresent();
            // The trace from the store is the chaincode's, byte for byte, on real blocks (Fabric's own key encoding).
            for (final boolean back : List.of(true, false)) {
                final String chaincode = LedgerJson.toJson(back ? food.traceBackAll(lotId, 1000)
                        : food.traceForwardAll(lotId, 1000));
                assertThat(store.trace(lotId, back, 1000)).hasValueSatisfying(t -> assertThat(LedgerJson.toJson(
                        t.result())).isEqualTo(chaincode));
            }

            if (conflictLot != null) {
                final String lost = conflictLot;
                final String winner = winnerTx;
                final long height = store.height("foodtrace");
                assertThat(height).isPositive();
                assertThat(store.lots(byLot(lost)).items()).singleElement()
                        .satisfies(l -> assertThat(l.registrationTxId()).isEqualTo(winner));
            }
            projector.close();
            final long height = store.height("foodtrace");
            final Map<String, Long> heights = StoreProjector.heights(db);
            assertThat(heights).containsEntry("foodtrace", height);

            // Rebuilt from block 0: the same tables, as far as the first run went.
            final var before = org.tracechain.server.store.StoreTablesAccess.dump(db);
            projector.rebuild();
            final StoreProjector replay = StoreProjector.food(db, "foodtrace");
            replay.start(farmer, failures::add);
            assertThat(store.awaitBlock("foodtrace", height - 1, WAIT)).isTrue();
            replay.close();
            if (store.height("foodtrace") == height) {
                assertThat(org.tracechain.server.store.StoreTablesAccess.dump(db)).isEqualTo(before);
            }
        } finally {
            projector.close();
        }
        assertThat(failures).isEmpty();
        assertThat(conflictLot).as("an MVCC conflict was provoked in 5 attempts").isNotNull();
    }
}
