// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.InMemoryStub;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotStatus;

/**
 * Which scans {@link LineageIndex} makes for the lots of a trace, and that each lot gets what its own scan gives.
 * A lineage {@code X}: lot {@code X} registered, {@code P0}…{@code P9} made from it, and under each {@code Pn} the
 * children {@code Pn-0}…{@code Pn-49}, each with {@link #EVENTS_EACH} entries in {@code lot~event}.
 */
class LineageIndexTest {

    private static final TestIdentity READER = TestIdentities.client("SamrMSP", "officer");
    private static final int EVENTS_EACH = 3;
    private final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
    private final List<Lot> middles = new ArrayList<>();
    private final List<Lot> leaves = new ArrayList<>();

    @BeforeEach
    void fileEntries() {
        ledger.submit(READER, ctx -> {
            final LedgerState state = new LedgerState(ctx.getStub());
            for (int p = 0; p < 10; p++) {
                final Lot middle = lot("P" + p, "X");
                middles.add(middle);
                file(state, middle);
                for (int c = 0; c < 50; c++) {
                    final Lot leaf = lot("P" + p + "-" + c, middle.lotId());
                    leaves.add(leaf);
                    file(state, leaf);
                }
            }
            return null;
        });
    }

    @Test
    void a_page_of_siblings_reads_their_family_not_the_lineage() {
        final List<Lot> page = leaves.subList(0, 100); // the children of P0 and P1
        final Read read = readEvents(page);

        // Two families of 50 lots × 3 entries: 150 entries, two batches of 100 each.
        assertThat(read.roundTrips()).isEqualTo(4);
        assertThat(read.entries()).isEqualTo(aloneEach(page));
    }

    @Test
    void lots_from_many_families_read_the_lineage_once() {
        // 74 lots of 65 families of the lineage (more than two per 100 lots): the 10 middles (family X), a child of
        // each (families P0…P9) and 54 lots of families with no entries.
        final List<Lot> manyFamilies = new ArrayList<>(middles);
        IntStream.range(0, 10).forEach(p -> manyFamilies.add(leaves.get(p * 50)));
        IntStream.range(0, 54).forEach(i -> manyFamilies.add(lot("Q" + i, "F" + i)));
        final Read read = readEvents(manyFamilies);

        // 10 × 3 + 500 × 3 entries in the lineage: 16 batches.
        assertThat(read.roundTrips()).isEqualTo(16);
        assertThat(read.entries()).isEqualTo(aloneEach(manyFamilies));
    }

    @Test
    void a_small_trace_over_several_families_reads_the_lineage_once() {
        // 12 lots of 3 families (X, P0, P1): more families than twice the lineage's least batches (one).
        final List<Lot> lots = new ArrayList<>(middles);
        lots.add(leaves.get(0));
        lots.add(leaves.get(50));
        final Read read = readEvents(lots);

        assertThat(read.roundTrips()).isEqualTo(16);
        assertThat(read.entries()).isEqualTo(aloneEach(lots));
    }

    @Test
    void a_few_lots_of_a_large_family_are_read_alone_after_one_bounded_attempt() {
        // Two lots may read 256 of their family's entries together; P0's family grows to 150 lots (450 entries).
        ledger.submit(READER, ctx -> {
            final LedgerState state = new LedgerState(ctx.getStub());
            IntStream.range(0, 100).forEach(i -> file(state, lot("P0-x" + i, "P0")));
            return null;
        });
        final List<Lot> two = List.of(leaves.get(0), leaves.get(1));
        final Read read = readEvents(two);

        // 450 entries in the family: the attempt reads 257 (3 batches) and closes; then each lot's own scan.
        assertThat(read.roundTrips()).isEqualTo(3 + 1 + 2);
        assertThat(read.queriesOpen()).isZero();
        assertThat(read.entries()).isEqualTo(aloneEach(two));
    }

    @Test
    void a_walk_asking_lot_by_lot_reads_a_lineage_whole_once_enough_lots_ask() {
        final InMemoryStub stub = ledger.begin(READER, Map.of());
        final LineageIndex links = LineageIndex.links(new LedgerState(stub));
        final Lot root = lot("X", null);

        assertThat(links.entries(root, 100, 1)).isEmpty(); // alone: one scan of its own (nothing filed here)
        assertThat(stub.roundTrips()).isEqualTo(1);
        links.entries(middles.get(0), 100, LineageIndex.WHOLE_FROM);
        links.entries(middles.get(1), 100, LineageIndex.WHOLE_FROM);
        assertThat(stub.roundTrips()).as("one scan of the lineage's (empty) links for both").isEqualTo(2);
    }

    /** What one read of the events of some lots cost and gave. */
    private record Read(int roundTrips, long queriesOpen, Map<String, List<List<String>>> entries) {}

    private Read readEvents(final List<Lot> lots) {
        final InMemoryStub stub = ledger.begin(READER, Map.of());
        final Map<String, List<List<String>>> entries =
                LineageIndex.byFamily(new LedgerState(stub), FoodKeys.LOT_EVENTS).entries(lots, 10_000);
        return new Read(stub.roundTrips(), stub.queriesOpenOnPeer(), entries);
    }

    /** Each lot's entries as its own prefix scan gives them. */
    private Map<String, List<List<String>>> aloneEach(final List<Lot> lots) {
        return ledger.evaluate(READER, ctx -> {
            final LedgerState state = new LedgerState(ctx.getStub());
            final Map<String, List<List<String>>> out = new java.util.LinkedHashMap<>();
            for (final Lot lot : lots) {
                final List<String> prefix = LotStore.filedUnder(lot);
                out.put(lot.lotId(), state.scan(FoodKeys.LOT_EVENTS, prefix, 10_000, kv -> {
                    final List<String> attributes = state.attributesOf(kv.getKey());
                    return attributes.subList(prefix.size(), attributes.size());
                }));
            }
            return out;
        });
    }

    private static void file(final LedgerState state, final Lot lot) {
        final List<String> prefix = LotStore.filedUnder(lot);
        for (int e = 0; e < EVENTS_EACH; e++) {
            final List<String> attributes = new ArrayList<>(prefix);
            attributes.add("2026-01-01T00:00:0" + e + ".000000000Z");
            attributes.add(lot.lotId() + "-event-" + e);
            state.index(FoodKeys.LOT_EVENTS, attributes.toArray(String[]::new));
        }
    }

    private static Lot lot(final String lotId, final String parent) {
        return new Lot(lotId, "TC", null, "P", null, "Choy sum", null, BigDecimal.ONE, "kg", null, "ProcMSP",
                LotStatus.ACTIVE, null, null, parent == null ? List.of() : List.of(parent), "X", null, null, null,
                null, null, "x509::CN=proc", Instant.EPOCH, "tx", Instant.EPOCH, "tx");
    }
}
