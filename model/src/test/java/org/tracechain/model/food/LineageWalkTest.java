// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The walk announces every lot to {@code prefetch} once, before it asks for it, and walks the same with or without. */
class LineageWalkTest {

    /** root → 30 middle lots → 100 leaves each: 3,031 lots, more than one announcement holds. */
    private static final Map<String, List<String>> CHILDREN = tree();

    private static Map<String, List<String>> tree() {
        final Map<String, List<String>> children = new HashMap<>();
        final List<String> middle = IntStream.range(0, 30).mapToObj(i -> "M" + i).toList();
        children.put("R", middle);
        middle.forEach(m -> children.put(m, IntStream.range(0, 100).mapToObj(i -> m + "-" + i).toList()));
        return children;
    }

    private static Lot lot(final String lotId) {
        return new Lot(lotId, lotId, "urn:tracechain:lot:P1:" + lotId, "P1", null, "rice", null, BigDecimal.ONE, "kg",
                null, "FarmMSP", LotStatus.ACTIVE, null, null, List.of(), lotId, null, null, null, null, null, "farmer",
                Instant.EPOCH, "tx", Instant.EPOCH, "tx");
    }

    /** Records what the walk asks, and fails on a lot asked for before it was announced. */
    private static final class RecordingGraph implements LineageWalk.Graph {
        final boolean prefetching;
        final Set<String> announced = new HashSet<>();
        final List<Integer> announcementSizes = new ArrayList<>();
        final List<String> unannounced = new ArrayList<>();

        RecordingGraph(final boolean prefetching) {
            this.prefetching = prefetching;
        }

        @Override
        public void prefetch(final List<String> lotIds) {
            if (!prefetching) {
                return;
            }
            announcementSizes.add(lotIds.size());
            lotIds.forEach(id -> assertThat(announced.add(id)).as("%s announced twice", id).isTrue());
        }

        @Override
        public Optional<Lot> lot(final String lotId) {
            if (prefetching && !announced.contains(lotId)) {
                unannounced.add(lotId);
            }
            return Optional.of(LineageWalkTest.lot(lotId));
        }

        @Override
        public void admitStart(final String lotId) {
            if (prefetching && !announced.contains(lotId)) {
                unannounced.add(lotId);
            }
        }

        @Override
        public List<String> next(final String lotId, final int limit) {
            final List<String> next = CHILDREN.getOrDefault(lotId, List.of());
            return next.subList(0, Math.min(limit, next.size()));
        }
    }

    @Test
    void everyLotIsAnnouncedOnceBeforeItIsRead() {
        final RecordingGraph graph = new RecordingGraph(true);

        final LineageWalk.Page page = LineageWalk.walk(graph, false, List.of("R"), 10_000, 100, 10_000);

        assertThat(page.lots()).hasSize(3_031);
        assertThat(graph.unannounced).isEmpty();
        assertThat(graph.announced).hasSize(3_031);
        assertThat(graph.announcementSizes).allSatisfy(size -> assertThat(size).isBetween(1, LineageWalk.PREFETCH));
        assertThat(graph.announcementSizes.size()).as("announcements").isLessThan(10);
    }

    @Test
    void startLotsAreAnnouncedBeforeTheyAreAdmitted() {
        final RecordingGraph graph = new RecordingGraph(true);
        final List<String> starts = IntStream.range(0, 30).mapToObj(i -> "M" + i).toList();

        final LineageWalk.Page page = LineageWalk.walk(graph, false, starts, 1_000, 100, 10_000);

        assertThat(graph.unannounced).isEmpty();
        assertThat(graph.announcementSizes.get(0)).isEqualTo(30);
        assertThat(page.lots()).hasSize(1_000);
        assertThat(page.truncated()).isTrue();
    }

    @Test
    void prefetchingChangesNothingTheWalkReturns() {
        for (final int maxLots : new int[] {1, 31, 1_000, 3_031, 10_000}) {
            final LineageWalk.Page with = LineageWalk.walk(new RecordingGraph(true), false, List.of("R"), maxLots, 1, 50);
            final LineageWalk.Page without =
                    LineageWalk.walk(new RecordingGraph(false), false, List.of("R"), maxLots, 1, 50);
            assertThat(with).as("maxLots %d", maxLots).isEqualTo(without);
        }
    }
}
