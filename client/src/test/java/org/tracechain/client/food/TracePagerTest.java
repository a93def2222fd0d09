// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TracePages;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;

class TracePagerTest {

    /** root → 30 lots → 40 lots each (1,231 lots), plus one lot made from two different parents (a DAG). */
    private final Map<String, List<String>> children = new LinkedHashMap<>();
    private final List<Integer> startsPerCall = Collections.synchronizedList(new ArrayList<>());
    private final List<List<String>> pagesAskedFor = Collections.synchronizedList(new ArrayList<>());

    TracePagerTest() {
        final List<String> level1 = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            final String child = "A" + i;
            level1.add(child);
            final List<String> grandchildren = new ArrayList<>();
            for (int j = 0; j < 40; j++) {
                grandchildren.add(child + "-" + j);
            }
            children.put(child, grandchildren);
        }
        children.put("ROOT", level1);
        children.put("A0-0", List.of("MERGED"));
        children.put("A29-39", List.of("MERGED"));
    }

    @Test
    void pages_through_the_whole_lineage_and_merges_overlapping_pages() throws Exception {
        final TraceResult all = TracePager.all(this::forward, "ROOT", 100);

        assertThat(all.lots()).extracting(Lot::lotId).doesNotHaveDuplicates().hasSize(1 + 30 + 1200 + 1)
                .contains("ROOT", "A17", "A29-39", "MERGED");
        assertThat(all.edges()).doesNotHaveDuplicates().hasSize(30 + 1200 + 2)
                .contains(new TraceResult.Edge("A0-0", "MERGED"), new TraceResult.Edge("A29-39", "MERGED"));
        assertThat(all.truncated()).isFalse();
        assertThat(all.frontier()).isEmpty();
        assertThat(all.startLotIds()).containsExactly("ROOT");
        assertThat(startsPerCall).hasSizeGreaterThan(1).allMatch(n -> n <= 100);
    }

    @Test
    void keeps_the_sites_and_parties_every_page_names_once() throws Exception {
        // Each page names the farm and its own packing site; the FSMA export describes locations from these.
        final TraceResult all = TracePager.all(this::forward, "ROOT", 100);

        assertThat(startsPerCall).hasSizeGreaterThan(1);
        assertThat(all.sites()).extracting(SiteRecord::siteId).doesNotHaveDuplicates().contains("FARM1", "HALL-ROOT")
                .hasSize(1 + startsPerCall.size());
        assertThat(all.parties()).extracting(PartyRecord::mspId).containsExactly("ProducerMSP");
    }

    @Test
    void one_page_when_the_lineage_fits() throws Exception {
        final TraceResult all = TracePager.all(this::forward, "A3", 100);

        assertThat(all.lots()).hasSize(41);
        assertThat(startsPerCall).containsExactly(1);
    }

    @Test
    void pages_asked_for_together_give_the_pages_and_the_trace_of_asking_one_after_another() throws Exception {
        for (final int pageLots : List.of(7, 40, 100, 333, 2000)) {
            pagesAskedFor.clear();
            final TraceResult sequential = TracePages.merge((starts, maxLots) -> forward(new TraceRequest(null,
                    starts, null, maxLots, null)), "ROOT", pageLots);
            final List<List<String>> askedOneByOne = List.copyOf(pagesAskedFor);
            pagesAskedFor.clear();

            final TraceResult together = TracePager.all(this::forward, "ROOT", pageLots);

            assertThat(together).as("pages of %d", pageLots).isEqualTo(sequential);
            assertThat(pagesAskedFor).as("pages of %d", pageLots).containsExactlyInAnyOrderElementsOf(askedOneByOne);
        }
    }

    @Test
    void a_failing_page_fails_the_trace_with_its_own_exception() {
        final IllegalStateException refused = new IllegalStateException("page refused");
        assertThatThrownBy(() -> TracePager.all(request -> {
            if (!request.startLotIds().contains("ROOT") && request.startLotIds().size() > 50) {
                throw refused;
            }
            return forward(request);
        }, "ROOT", 100)).isSameAs(refused);
    }

    @Test
    void refuses_a_non_positive_page_size() {
        assertThatThrownBy(() -> TracePager.all(this::forward, "ROOT", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** TraceForward as the chaincode pages it: breadth first, at most maxLots lots, the rest in the frontier. */
    private TraceResult forward(final TraceRequest request) {
        startsPerCall.add(request.startLotIds().size());
        pagesAskedFor.add(request.startLotIds());
        final int maxLots = request.maxLots();
        final Set<String> visited = new HashSet<>();
        final Set<String> frontier = new LinkedHashSet<>();
        final ArrayDeque<String> queue = new ArrayDeque<>();
        boolean truncated = false;
        for (final String start : request.startLotIds()) {
            if (visited.size() >= maxLots) {
                truncated = true;
                frontier.add(start);
                continue;
            }
            visited.add(start);
            queue.add(start);
        }
        final List<Lot> lots = new ArrayList<>();
        final List<TraceResult.Edge> edges = new ArrayList<>();
        while (!queue.isEmpty()) {
            final String lotId = queue.poll();
            lots.add(TestLots.registered(lotId, "06901234567892", "Choy sum", BigDecimal.ONE, "kg", "ProducerMSP",
                    "x509::CN=processor", Instant.parse("2026-01-01T08:00:00Z"), "tx-" + lotId));
            for (final String child : children.getOrDefault(lotId, List.of())) {
                edges.add(new TraceResult.Edge(lotId, child));
                if (visited.contains(child)) {
                    continue;
                }
                if (visited.size() >= maxLots) {
                    truncated = true;
                    frontier.add(child);
                    continue;
                }
                visited.add(child);
                queue.add(child);
            }
        }
        final Instant at = Instant.parse("2026-01-01T08:00:00Z");
        final List<SiteRecord> sites = List.of("FARM1", "HALL-" + request.startLotIds().get(0)).stream()
                .map(id -> new SiteRecord(id, id, null, null, null, null, "+08:00", null, "ProducerMSP", at, at, "x509",
                        "tx-" + id)).toList();
        final List<PartyRecord> parties = List.of(new PartyRecord("ProducerMSP", "Producer", null, null, null, null,
                "FARM1", at, at, "x509", "tx-party"));
        return new TraceResult("FORWARD", request.startLotIds(), lots, edges, List.of(), List.of(), truncated,
                List.copyOf(frontier), sites, parties);
    }
}
