// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.TransactionConflictException;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.testing.FakeBlocks;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.InMemoryFoodChaincode;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.RegisterLotRequest;

/**
 * The projector as the server runs it: following the channel through the SDK's block listener (the in-process
 * gateway serving full blocks whose read-write sets the real chaincode wrote), stopped in the middle of a stream and
 * started again, rebuilt from block 0, and fed an MVCC conflict that must never reach the tables.
 */
@ExtendWith(TestPostgres.class)
class StoreProjectorGatewayTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private FakeGateway gateway;
    private LedgerClient client;
    private FoodTrace food;
    private InMemoryLedger ledger;
    private final List<Exception> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        ledger = GuangdongScenario.masterDataOnly();
        gateway = FakeGateway.start();
        new InMemoryFoodChaincode(ledger, GuangdongScenario.FARM1).attach(gateway);
        // The master data was written before the gateway existed: one block carries all of it.
        final Map<String, byte[]> masterData = new LinkedHashMap<>();
        ledger.committedWrites().forEach(t -> masterData.putAll(t.writes()));
        gateway.appendBlock(List.of(FakeBlocks.endorserTransaction("foodtrace", "seed", "foodtrace", "Farm1MSP",
                java.time.Instant.EPOCH, Map.of("foodtrace", masterData))), List.of(TxValidationCode.VALID));
        client = LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, "producer", "farmer", "Farm1MSP", "farmer"))
                .connection(gateway.channel()).connect();
        food = FoodTrace.of(client);
    }

    @AfterEach
    void close() {
        client.close();
        gateway.close();
        assertThat(failures).isEmpty();
    }

    private static RegisterLotRequest lot(final String lotId) {
        return new RegisterLotRequest(lotId, "CS-BULK", "Choy sum", new BigDecimal("12.5"), "kg", "vegetables",
                new LotOrigin("Conghua Green Farm", "FARM1-PLOT7", "440117", LocalDate.parse("2026-01-05"),
                        OriginEvent.HARVESTING, "Plot 7", null, null, null), null, null,
                GuangdongScenario.CHOY_SUM_GTIN, null, null);
    }

    private void awaitProjected(final StoreProjector projector) {
        await().atMost(WAIT).until(() -> projector.nextBlock() == gateway.blockHeight());
    }

    @Test
    void stopped_mid_stream_and_started_again_it_matches_a_rebuild_from_block_0(final DataSource db) throws Exception {
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        projector.start(client, failures::add);
        final List<String> lots = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            lots.add("GW-" + i);
            food.registerLot(lot("GW-" + i));
            if (i == 5) {
                projector.close();      // killed while blocks keep coming
            }
        }
        assertThat(projector.isRunning()).isFalse();
        assertThat(projector.nextBlock()).isLessThan(gateway.blockHeight());

        final StoreProjector restarted = StoreProjector.food(db, "foodtrace");
        restarted.start(client, failures::add);
        awaitProjected(restarted);
        restarted.close();
        final Map<String, List<String>> resumed = StoreTables.dump(db);
        assertThat(new PostgresQueryStore(db, "foodtrace").lots(new LotSearch(java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("CS-BULK"),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), 100, java.util.Optional.empty())).items())
                .extracting(Lot::lotId).containsExactlyElementsOf(lots);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM events WHERE kind = 'REGISTER'")).isEqualTo(12);

        final StoreProjector rebuilt = StoreProjector.food(db, "foodtrace");
        rebuilt.rebuild();
        rebuilt.start(client, failures::add);
        awaitProjected(rebuilt);
        rebuilt.close();
        assertThat(StoreTables.dump(db)).isEqualTo(resumed);
    }

    @Test
    void after_a_failure_it_starts_again_from_its_checkpoint_by_itself(final DataSource db) throws Exception {
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        final java.util.concurrent.atomic.AtomicInteger crashes = new java.util.concurrent.atomic.AtomicInteger();
        projector.beforeCommit(block -> {
            if (block.number() == 7 && crashes.getAndIncrement() == 0) {
                throw new IllegalStateException("database connection lost");
            }
        });
        final List<Exception> reported = new CopyOnWriteArrayList<>();
        projector.start(client, reported::add);
        for (int i = 0; i < 4; i++) {
            food.registerLot(lot("AUTO-" + i));
        }
        awaitProjected(projector);
        projector.close();

        assertThat(reported).singleElement().satisfies(e -> assertThat(e).hasMessage("database connection lost"));
        assertThat(crashes.get()).isEqualTo(2);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM lots WHERE lot_id LIKE 'AUTO-%'")).isEqualTo(4);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM events WHERE kind = 'REGISTER'")).isEqualTo(4);
    }

    @Test
    void a_transaction_invalidated_by_an_mvcc_conflict_never_reaches_the_store(final DataSource db) throws Exception {
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        projector.start(client, failures::add);
        gateway.ordering().commitInOrder(TxValidationCode.VALID, TxValidationCode.MVCC_READ_CONFLICT);

        final Committed<Lot> won = food.registerLot(lot("MVCC-WON"));
        assertThatThrownBy(() -> food.registerLot(lot("MVCC-LOST"))).isInstanceOf(TransactionConflictException.class);
        awaitProjected(projector);
        projector.close();

        assertThat(ledger.stateAsString("\u0000lot\u0000MVCC-LOST\u0000")).as("the endorsement wrote it").isPresent();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM lots WHERE lot_id = 'MVCC-WON'")).isEqualTo(1);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM lots WHERE lot_id = 'MVCC-LOST'")).isZero();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM event_lots WHERE lot_id = 'MVCC-LOST'")).isZero();
        final PostgresQueryStore store = new PostgresQueryStore(db, "foodtrace");
        assertThat(store.awaitBlock("foodtrace", won.blockNumber(), Duration.ofSeconds(1))).isTrue();
    }
}
