// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.client.LedgerBlock;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.json.LedgerJson;

/**
 * The store's trace is the chaincode's, byte for byte: lineages recorded through the real foodtrace chaincode on an
 * in-memory ledger, projected block by block into a real PostgreSQL, traced from every lot in both directions by
 * the store ({@link PostgresQueryStore#trace}) and by the SDK's paged trace over the chaincode, with pages small
 * enough to cut every lineage (so the frontier, the start-lot paging and the merge order are exercised) and the
 * API's 1,000. Where the store cannot answer exactly, it does not answer.
 */
@ExtendWith(TestPostgres.class)
class StoreTraceTest {

    private static final List<Integer> PAGES = List.of(1, 2, 3, 7, 1000);

    @TempDir
    Path home;

    @Test
    void the_guangdong_scenario_traces_identically_from_every_lot(final DataSource db) throws Exception {
        final InMemoryLedger ledger = GuangdongScenario.run();
        project(db, ledger);
        final List<String> lots = lotIds(db);
        assertThat(lots).contains(GuangdongScenario.FARM2_LOT, GuangdongScenario.PACKED_LOT);

        final int compared = compareAll(db, ledger, GuangdongScenario.REGULATOR, lots);

        assertThat(compared).isEqualTo(lots.size() * 2 * PAGES.size());
        final TraceResult forward = new PostgresQueryStore(db, "foodtrace")
                .trace(GuangdongScenario.FARM2_LOT, false, 1000).orElseThrow().result();
        // A trace that says nothing would be equal too: this one has the recall, documents and master data.
        assertThat(forward.lots()).extracting(l -> l.lotId()).containsAll(GuangdongScenario.RETAIL_LOTS);
        assertThat(forward.lots()).anySatisfy(l -> assertThat(l.status().name()).isEqualTo("RECALLED"));
        assertThat(forward.events()).hasSizeGreaterThan(5);
        assertThat(forward.documents()).isNotEmpty();
        assertThat(forward.sites()).isNotEmpty();
        assertThat(forward.parties()).isNotEmpty();
    }

    @Test
    void random_dag_lineages_trace_identically(final DataSource db) throws Exception {
        for (final long seed : List.of(1L, 2L, 3L, 4L, 5L, 6L)) {
            final LineageStory story = LineageStory.random(seed, 1 + (int) (seed % 3), 25);
            StoreProjector.food(db, "foodtrace").rebuild();
            project(db, story.ledger());
            final int compared = compareAll(db, story.ledger(), LineageStory.PACKER, story.lots());
            assertThat(compared).as("seed %d", seed).isEqualTo(story.lots().size() * 2 * PAGES.size());
        }
    }

    @Test
    void a_chain_deeper_than_the_chaincodes_depth_limit_is_paged_as_the_chaincode_pages_it(final DataSource db)
            throws Exception {
        final LineageStory story = new LineageStory();
        String previous = story.register("DEEP-0");
        for (int i = 1; i <= 230; i++) {
            final String next = "DEEP-" + i;
            story.split(previous, List.of(next));
            previous = next;
        }
        project(db, story.ledger());

        try (ChaincodeTraces chaincode = new ChaincodeTraces(story.ledger(), LineageStory.PACKER, home)) {
            final PostgresQueryStore store = new PostgresQueryStore(db, "foodtrace");
            for (final int page : List.of(50, 1000)) {
                assertThat(json(store, "DEEP-0", false, page)).isEqualTo(chaincode.json("DEEP-0", false, page));
                assertThat(json(store, "DEEP-230", true, page)).isEqualTo(chaincode.json("DEEP-230", true, page));
            }
        }
        final TraceResult forward = new PostgresQueryStore(db, "foodtrace").trace("DEEP-0", false, 1000)
                .orElseThrow().result();
        assertThat(forward.lots()).hasSize(231);
        assertThat(forward.edges()).hasSize(230);
    }

    @Test
    void lots_decoded_by_an_earlier_trace_are_not_reused_once_their_records_change(final DataSource db)
            throws Exception {
        final InMemoryLedger ledger = GuangdongScenario.run();
        final List<LedgerBlock> blocks = ScenarioBlocks.of(ledger, "foodtrace", 3);
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        final PostgresQueryStore store = new PostgresQueryStore(db, "foodtrace");
        // Traced as soon as the lot exists (its decoded record cached), before shipment, transformation and the
        // recall change its record and make new lots.
        String before = null;
        for (final LedgerBlock block : blocks) {
            projector.project(block);
            if (before == null && store.trace(GuangdongScenario.FARM2_LOT, false, 1000).isPresent()) {
                before = json(store, GuangdongScenario.FARM2_LOT, false, 1000);
            }
        }
        assertThat(before).isNotNull();

        try (ChaincodeTraces chaincode = new ChaincodeTraces(ledger, GuangdongScenario.REGULATOR, home)) {
            final String after = chaincode.json(GuangdongScenario.FARM2_LOT, false, 1000);
            assertThat(json(store, GuangdongScenario.FARM2_LOT, false, 1000)).isEqualTo(after).isNotEqualTo(before);
            assertThat(json(store, GuangdongScenario.FARM2_LOT, false, 1000)).isEqualTo(after);
        }
    }

    @Test
    void a_lot_the_store_does_not_know_is_left_to_the_chaincode(final DataSource db) throws Exception {
        project(db, GuangdongScenario.run());

        assertThat(new PostgresQueryStore(db, "foodtrace").trace("NO-SUCH-LOT", false, 1000)).isEmpty();
        assertThat(new PostgresQueryStore(db, "foodtrace").trace("not a lot id!", true, 1000)).isEmpty();
    }

    @Test
    void a_store_projected_before_the_lineage_tables_existed_does_not_answer_until_rebuilt(final DataSource db)
            throws Exception {
        final InMemoryLedger ledger = GuangdongScenario.run();
        project(db, ledger);
        final PostgresQueryStore store = new PostgresQueryStore(db, "foodtrace");
        assertThat(store.trace(GuangdongScenario.FARM1_LOT, false, 1000)).isPresent();
        // What migration V2 records for a store that had projected blocks before it: links from there on only.
        TestPostgres.execute(db, "UPDATE store_checkpoint SET lineage_from_block = next_block");

        assertThat(store.trace(GuangdongScenario.FARM1_LOT, false, 1000)).isEmpty();

        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        projector.rebuild();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM lineage_edges")).isZero();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM lot_event_index")).isZero();
        assertThat(StoreTables.count(db, "SELECT count(*) FROM lot_document_index")).isZero();
        project(db, ledger);
        assertThat(store.trace(GuangdongScenario.FARM1_LOT, false, 1000)).isPresent();
    }

    @Test
    void each_link_names_the_transformation_that_made_it(final DataSource db) throws Exception {
        project(db, GuangdongScenario.run());

        assertThat(StoreTables.count(db, "SELECT count(*) FROM lineage_edges")).isEqualTo(5);
        assertThat(StoreTables.count(db, "SELECT count(*) FROM lineage_edges l JOIN events e "
                + "USING (ledger_event_id) WHERE e.kind = 'TRANSFORM' AND e.tx_id = l.tx_id "
                + "AND l.in_child_index AND l.in_parent_index")).isEqualTo(5);
    }

    @Test
    void a_lot_with_more_links_than_the_chaincode_reads_is_left_to_the_chaincode(final DataSource db)
            throws Exception {
        project(db, GuangdongScenario.run());
        // The chaincode reads 10,000 links per lot and would leave the rest out silently: the store says nothing.
        TestPostgres.execute(db, "INSERT INTO lots (lot_id, trace_code, product_code, product_name, holder_msp_id, "
                + "status, registered_at, record) SELECT 'W-' || i, 'W' || i, 'P', 'P', 'X', 'ACTIVE', now(), "
                + "replace(l.record, '\"lotId\":\"GZ-R1\"', '\"lotId\":\"W-' || i || '\"') "
                + "FROM generate_series(1, 10001) i, lots l WHERE l.lot_id = 'GZ-R1'");
        assertThat(StoreTables.count(db, "SELECT count(*) FROM lots WHERE record LIKE '%\"lotId\":\"W-10001\"%'"))
                .isEqualTo(1);
        TestPostgres.execute(db, "INSERT INTO lineage_edges (parent_lot_id, child_lot_id, in_child_index, "
                + "in_parent_index, block_number, tx_id) SELECT 'GZ-R1', 'W-' || i, true, true, 1, 'tx' "
                + "FROM generate_series(1, 10001) i");
        final PostgresQueryStore store = new PostgresQueryStore(db, "foodtrace");

        assertThat(store.trace("GZ-R1", false, 1000)).isEmpty();
        assertThat(store.trace(GuangdongScenario.PACKED_LOT, false, 1000)).isEmpty();
        assertThat(store.trace("GZ-R2", false, 1000)).isPresent();
    }

    /** Compares store and chaincode from every lot, both directions, every page size; returns the comparisons. */
    private int compareAll(final DataSource db, final InMemoryLedger ledger, final TestIdentity caller,
            final List<String> lots) throws Exception {
        final PostgresQueryStore store = new PostgresQueryStore(db, "foodtrace");
        int compared = 0;
        try (ChaincodeTraces chaincode = new ChaincodeTraces(ledger, caller, home)) {
            for (final String lot : lots) {
                for (final boolean back : List.of(true, false)) {
                    for (final int page : PAGES) {
                        assertThat(json(store, lot, back, page)).as("%s back=%s page=%d", lot, back, page)
                                .isEqualTo(chaincode.json(lot, back, page));
                        compared++;
                    }
                }
            }
        }
        return compared;
    }

    private static String json(final PostgresQueryStore store, final String lot, final boolean back, final int page) {
        return LedgerJson.toJson(store.trace(lot, back, page).orElseThrow(() -> new AssertionError(
                "the store did not answer the trace of " + lot)).result());
    }

    private static void project(final DataSource db, final InMemoryLedger ledger) throws SQLException {
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        for (final LedgerBlock block : ScenarioBlocks.of(ledger, "foodtrace", 3)) {
            projector.project(block);
        }
    }

    private static List<String> lotIds(final DataSource db) throws SQLException {
        final List<String> ids = new ArrayList<>();
        try (var connection = db.getConnection(); var rows = connection.createStatement()
                .executeQuery("SELECT lot_id FROM lots ORDER BY lot_id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }
}
