// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.client.LedgerBlock;
import org.tracechain.client.food.export.EpcisExport;
import org.tracechain.client.food.export.MasterData;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;

/**
 * The Guangdong scenario's real chaincode writes, as blocks, projected into a real PostgreSQL: every record the
 * ledger holds is in its table exactly as written, every event's EPCIS object is what the EPCIS export writes, a
 * crash before a block commits loses and duplicates nothing, a rebuild gives identical tables, and invalid
 * transactions never appear.
 */
@ExtendWith(TestPostgres.class)
class StoreProjectionTest {

    private static InMemoryLedger ledger;
    private static List<LedgerBlock> blocks;

    @BeforeAll
    static void scenario() {
        ledger = GuangdongScenario.run();
        blocks = ScenarioBlocks.of(ledger, "foodtrace", 3);
    }

    private static void projectAll(final StoreProjector projector, final List<LedgerBlock> chain) throws SQLException {
        for (final LedgerBlock block : chain) {
            projector.project(block);
        }
    }

    /** The ledger's world state: record type to id to JSON. */
    private static Map<String, Map<String, String>> worldState() {
        final Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (final String key : ledger.keys()) {
            LedgerKey.parse(key).filter(k -> k.attributes().size() == 1).ifPresent(k -> out
                    .computeIfAbsent(k.type(), t -> new LinkedHashMap<>())
                    .put(k.id(), ledger.stateAsString(key).orElseThrow()));
        }
        return out;
    }

    @Test
    void every_record_of_the_ledger_is_in_its_table_exactly_as_written(final DataSource db) throws Exception {
        projectAll(StoreProjector.food(db, "foodtrace"), blocks);

        final Map<String, Map<String, String>> state = worldState();
        final Map<String, List<String>> tables = Map.of("lot", List.of("lots", "lot_id"), "event",
                List.of("events", "ledger_event_id"), "site", List.of("sites", "site_id"), "party",
                List.of("parties", "msp_id"), "recall", List.of("recalls", "recall_id"), "doc",
                List.of("documents", "hash"), "regulation", List.of("lot_regulations", "lot_id"));
        for (final var table : tables.entrySet()) {
            final Map<String, String> records = state.getOrDefault(table.getKey(), Map.of());
            assertThat(StoreTables.count(db, "SELECT count(*) FROM " + table.getValue().get(0)))
                    .as(table.getKey()).isEqualTo(records.size());
            for (final var record : records.entrySet()) {
                final String stored = recordOf(db, table.getValue().get(0), table.getValue().get(1), record.getKey());
                if (table.getKey().equals("event")) {
                    assertThat(LedgerJson.fromJson(stored, TrackingEvent.class))
                            .isEqualTo(LedgerJson.fromJson(record.getValue(), TrackingEvent.class));
                } else {
                    assertThat(stored).as(record.getKey()).isEqualTo(record.getValue());
                }
            }
        }
        assertThat(state.get("lot")).hasSizeGreaterThan(4);
        assertThat(state.get("event")).hasSizeGreaterThan(10);
        assertThat(state.get("recall")).hasSize(1);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM recall_lots")).isGreaterThan(1);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM custody")).isGreaterThan(3);
        assertThat(StoreProjector.food(db, "foodtrace").nextBlock()).isEqualTo(blocks.size());
    }

    private static String recordOf(final DataSource db, final String table, final String column, final String id)
            throws SQLException {
        try (var connection = db.getConnection(); var select = connection.prepareStatement(
                "SELECT record FROM " + table + " WHERE " + column + " = ?")) {
            select.setString(1, id);
            try (var rows = select.executeQuery()) {
                assertThat(rows.next()).as(table + " " + id).isTrue();
                return rows.getString(1);
            }
        }
    }

    @Test
    void each_event_is_the_object_the_epcis_export_writes(final DataSource db) throws Exception {
        projectAll(StoreProjector.food(db, "foodtrace"), blocks);

        final Map<String, Map<String, String>> state = worldState();
        final List<Lot> lots = values(state, "lot", Lot.class);
        final List<TrackingEvent> events = new ArrayList<>(values(state, "event", TrackingEvent.class));
        events.sort(java.util.Comparator.comparing((TrackingEvent e) -> e.body().eventTime())
                .thenComparing(TrackingEvent::eventId));
        final JsonNode exported = EpcisExport.document(lots, events, values(state, "doc", DocumentRecord.class),
                MasterData.of(values(state, "site", SiteRecord.class), values(state, "party", PartyRecord.class)),
                Instant.EPOCH);
        final PostgresQueryStore store = new PostgresQueryStore(db, "foodtrace");
        int compared = 0;
        for (final JsonNode written : exported.path("epcisBody").path("eventList")) {
            if (written.has("errorDeclaration")) {
                continue;
            }
            final String ledgerId = written.path("tracechain:ledgerEventID").asText();
            final var stored = store.events(EpcisQuery.all()).events().stream()
                    .filter(e -> e.ledgerEventId().equals(ledgerId)).findFirst();
            final var page = queryAll(store).stream().filter(e -> e.ledgerEventId().equals(ledgerId)).findFirst();
            assertThat(page).as(ledgerId).isPresent();
            // Compared as JSON text: the export holds amounts as BigDecimal nodes, a parser as the smallest fit.
            assertThat(page.get().epcisEvent().toString()).as(ledgerId).isEqualTo(written.toString());
            stored.ifPresent(s -> assertThat(s.epcisEvent().toString()).isEqualTo(written.toString()));
            compared++;
        }
        assertThat(compared).isEqualTo(events.stream().filter(e -> e.body().kind() != EventKind.CORRECTION).count());
        final TrackingEvent first = events.get(0);
        assertThat(store.event(EpcisExport.eventId(first))).hasValueSatisfying(e -> {
            assertThat(e.ledgerEventId()).isEqualTo(first.eventId());
            assertThat(e.transactionId()).isEqualTo(first.txId());
        });
    }

    private static List<StoredEvent> queryAll(final PostgresQueryStore store) {
        final List<StoredEvent> all = new ArrayList<>();
        var query = new EpcisQuery(List.of(), java.util.Optional.empty(), java.util.Optional.empty(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), 7, java.util.Optional.empty());
        while (true) {
            final EventPage page = store.events(query);
            all.addAll(page.events());
            if (page.nextPageToken().isEmpty()) {
                return all;
            }
            query = new EpcisQuery(List.of(), java.util.Optional.empty(), java.util.Optional.empty(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), 7, page.nextPageToken());
        }
    }

    private static <T> List<T> values(final Map<String, Map<String, String>> state, final String type,
            final Class<T> recordType) {
        return state.getOrDefault(type, Map.of()).values().stream().map(v -> LedgerJson.fromJson(v, recordType))
                .toList();
    }

    @Test
    void a_crash_before_a_block_commits_loses_and_duplicates_nothing_and_a_rebuild_is_identical(final DataSource db)
            throws Exception {
        final StoreProjector first = StoreProjector.food(db, "foodtrace");
        final int crashAt = blocks.size() / 2;
        projectAll(first, blocks.subList(0, crashAt));
        final Map<String, List<String>> beforeCrash = StoreTables.dump(db);
        first.beforeCommit(block -> {
            throw new IllegalStateException("killed while writing block " + block.number());
        });

        assertThatThrownBy(() -> first.project(blocks.get(crashAt))).hasMessageContaining("killed");
        assertThat(StoreTables.dump(db)).as("nothing of the crashed block").isEqualTo(beforeCrash);
        assertThat(first.nextBlock()).isEqualTo(crashAt);

        // Restarted: the blocks come again from wherever the listener starts; those below the checkpoint are skipped.
        final StoreProjector restarted = StoreProjector.food(db, "foodtrace");
        projectAll(restarted, blocks.subList(crashAt - 2, blocks.size()));
        final Map<String, List<String>> resumed = StoreTables.dump(db);
        assertThat(restarted.nextBlock()).isEqualTo(blocks.size());

        restarted.rebuild();
        assertThat(restarted.nextBlock()).isZero();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM events")).isZero();
        projectAll(restarted, blocks);
        assertThat(StoreTables.dump(db)).isEqualTo(resumed);
    }

    @Test
    void a_block_beyond_the_checkpoint_is_refused_as_a_gap(final DataSource db) throws Exception {
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        projector.project(blocks.get(0));

        assertThatThrownBy(() -> projector.project(blocks.get(2))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("gap");
        assertThat(projector.nextBlock()).isEqualTo(1);
    }

    @Test
    void invalid_transactions_are_never_projected(final DataSource db) throws Exception {
        final Lot real = LedgerJson.fromJson(worldState().get("lot").values().iterator().next(), Lot.class);
        final Lot ghost = new Lot("GHOST-1", "GHOST1", "urn:tracechain:lot:GHOST-1", "X", null, "Ghost", null,
                real.quantity(), "kg", null, "Farm1MSP", real.status(), null, null, List.of(), "GHOST-1", null, null,
                null, null, null, "x", real.registeredAt(), "tx-ghost", real.registeredAt(), "tx-ghost");
        final Map<String, byte[]> writes = new LinkedHashMap<>();
        writes.put("\u0000lot\u0000GHOST-1\u0000", LedgerJson.toJson(ghost).getBytes(StandardCharsets.UTF_8));
        writes.put("\u0000lot\u0000" + real.lotId() + "\u0000",
                LedgerJson.toJson(real.toBuilder().holderMspId("ThiefMSP").build()).getBytes(StandardCharsets.UTF_8));
        final List<LedgerBlock> chain = new ArrayList<>(blocks);
        chain.set(3, ScenarioBlocks.with(chain.get(3), ScenarioBlocks.transaction(3, "tx-conflict", "foodtrace",
                "MVCC_READ_CONFLICT", writes)));
        chain.set(4, ScenarioBlocks.with(chain.get(4), ScenarioBlocks.transaction(3, "tx-policy", "foodtrace",
                "ENDORSEMENT_POLICY_FAILURE", writes)));

        projectAll(StoreProjector.food(db, "foodtrace"), chain);

        assertThat(StoreTables.count(db, "SELECT count(*) FROM lots WHERE lot_id = 'GHOST-1'")).isZero();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM lots WHERE holder_msp_id = 'ThiefMSP'")).isZero();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM events WHERE tx_id IN ('tx-conflict', 'tx-policy')"))
                .isZero();
    }
}
