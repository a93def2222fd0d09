// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.json.LedgerJson;

/**
 * {@code GET /lots/{lotId}/trace} page by page ({@code maxLots}, then {@code from} the frontier) and
 * {@code GET /lots/{lotId}/trace/levels}, on the Guangdong scenario's ledger: the pages together are the whole
 * lineage, the levels count it, and bad paging is refused before the ledger.
 */
class TracePagingApiTest {

    @TempDir
    Path home;

    private FoodApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = new FoodApiServer(GuangdongScenario.run(), GuangdongScenario.REGULATOR, home);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void pages_from_the_frontier_add_up_to_the_whole_lineage() {
        final String root = GuangdongScenario.FARM2_LOT;
        final TraceResult whole = trace("/lots/" + root + "/trace?direction=forward");
        assertThat(whole.lots()).hasSizeGreaterThan(3);

        final TraceResult first = trace("/lots/" + root + "/trace?direction=forward&maxLots=2");
        assertThat(first.lots()).hasSize(2);
        assertThat(first.lots().get(0).lotId()).isEqualTo(root);
        assertThat(first.truncated()).isTrue();
        assertThat(first.frontier()).isNotEmpty();
        // Every frontier lot hangs from a lot of the page: a client can draw where it will continue.
        final Set<String> children = new LinkedHashSet<>();
        first.edges().forEach(edge -> children.add(edge.child()));
        assertThat(children).containsAll(first.frontier());

        final Set<String> seen = new LinkedHashSet<>();
        first.lots().forEach(lot -> seen.add(lot.lotId()));
        List<String> frontier = first.frontier();
        int pages = 1;
        while (!frontier.isEmpty()) {
            final TraceResult page = trace("/lots/" + root + "/trace?direction=forward&maxLots=2&from="
                    + String.join("%7C", frontier.subList(0, Math.min(2, frontier.size()))));
            assertThat(page.lots()).hasSizeLessThanOrEqualTo(2);
            page.lots().forEach(lot -> seen.add(lot.lotId()));
            final List<String> next = new ArrayList<>(frontier.subList(Math.min(2, frontier.size()),
                    frontier.size()));
            page.frontier().stream().filter(lot -> !seen.contains(lot) && !next.contains(lot)).forEach(next::add);
            frontier = next;
            assertThat(++pages).as("pages").isLessThan(50);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(whole.lots().stream().map(Lot::lotId).toList());
    }

    @Test
    void the_levels_count_the_whole_lineage_by_depth() {
        final String root = GuangdongScenario.FARM2_LOT;
        final TraceResult whole = trace("/lots/" + root + "/trace?direction=forward");
        final HttpResponse<String> response = api.get("/lots/" + root + "/trace/levels?direction=forward", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        final JsonNode levels = LedgerJson.readTree(response.body());
        assertThat(levels.path("lotId").asText()).isEqualTo(root);
        assertThat(levels.path("direction").asText()).isEqualTo("forward");
        assertThat(levels.path("lots").asInt()).isEqualTo(whole.lots().size());
        assertThat(levels.path("levels").get(0).path("lots").asInt()).isEqualTo(1);
        int sum = 0;
        for (int depth = 0; depth < levels.path("levels").size(); depth++) {
            assertThat(levels.path("levels").get(depth).path("depth").asInt()).isEqualTo(depth);
            assertThat(levels.path("levels").get(depth).path("lots").asInt()).isPositive();
            sum += levels.path("levels").get(depth).path("lots").asInt();
        }
        assertThat(sum).isEqualTo(whole.lots().size());
        // The retail lots are the deepest: the forward levels end where they are.
        assertThat(levels.path("levels").size()).isGreaterThan(2);

        final JsonNode back = LedgerJson.readTree(api.get("/lots/GZ-R2/trace/levels?direction=back", null).body());
        assertThat(back.path("lots").asInt()).isEqualTo(trace("/lots/GZ-R2/trace?direction=back").lots().size());
        assertThat(api.get("/lots/NO-SUCH-LOT/trace/levels?direction=back", null).statusCode()).isEqualTo(404);
        assertThat(api.get("/lots/GZ-R2/trace/levels", null).statusCode()).isEqualTo(400);
        assertThat(api.get("/lots/GZ-R2/trace/levels?direction=back&maxLots=2", null).statusCode()).isEqualTo(400);
        assertThat(api.get("/lots/GZ-R2/trace/levels?direction=back", "image/svg+xml").statusCode())
                .isEqualTo(406);
    }

    @Test
    void bad_paging_is_refused_before_the_ledger() {
        final String path = "/lots/GZ-R2/trace?direction=back";
        for (final String bad : List.of("&maxLots=0", "&maxLots=10001", "&maxLots=-1", "&maxLots=two", "&from=",
                "&from=A%7C%7CB", "&from=A%7CA", "&from=A%20B", "&from=" + String.join("%7C", IntStream.range(0, 101)
                        .mapToObj(i -> "L" + i).toList()))) {
            final HttpResponse<String> refused = api.get(path + bad, null);
            assertThat(refused.statusCode()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(LedgerJson.readTree(refused.body()).path("code").asText()).as(bad)
                    .isIn("INVALID_FIELD", "FIELD_TOO_LONG");
        }
        assertThat(api.get("/lots/NO-SUCH-LOT/trace?direction=back&maxLots=5", null).statusCode()).isEqualTo(404);
        assertThat(api.get("/lots/GZ-R2/trace?direction=back&from=NO-SUCH-LOT", null).statusCode()).isEqualTo(404);
        // A page has the whole trace's media types.
        assertThat(api.get(path + "&maxLots=2", "image/svg+xml").body()).contains("<svg", ">GZ-R2<");
    }

    private TraceResult trace(final String path) {
        final HttpResponse<String> response = api.get(path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return LedgerJson.fromJson(response.body(), TraceResult.class);
    }
}
