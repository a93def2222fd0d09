// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.client.LedgerBlock;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.store.PostgresQueryStore;
import org.tracechain.server.store.ScenarioBlocks;
import org.tracechain.server.store.StoreProjector;
import org.tracechain.server.store.TestPostgres;

/**
 * {@code GET /lots/{lotId}/trace} and {@code /fsma} with a PostgreSQL query store: answered from the store (it says
 * its height) with exactly the bytes the chaincode's trace gives; read-your-writes by {@code Tracechain-Await-Block};
 * what the store cannot answer goes to the chaincode, refusals included.
 */
@ExtendWith(TestPostgres.class)
class TraceFromStoreApiTest {

    @TempDir
    Path home;

    @Test
    void the_trace_comes_from_the_store_and_is_the_chaincodes(final DataSource db) throws Exception {
        final InMemoryLedger ledger = GuangdongScenario.run();
        final long height = project(db, ledger);
        try (FoodApiServer api = new FoodApiServer(ledger, GuangdongScenario.REGULATOR, home,
                new PostgresQueryStore(db, "foodtrace"))) {
            for (final String direction : new String[] {"back", "forward"}) {
                final String lot = direction.equals("back") ? "GZ-R2" : GuangdongScenario.FARM1_LOT;
                final HttpResponse<String> response = api.get("/lots/" + lot + "/trace?direction=" + direction,
                        "application/json");
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.headers().firstValue("Tracechain-Store-Height")).hasValue(Long.toString(height));
                assertThat(response.body()).isEqualTo(LedgerJson.toJson(direction.equals("back")
                        ? api.food.traceBackAll(lot, LotRoutes.TRACE_PAGE_LOTS)
                        : api.food.traceForwardAll(lot, LotRoutes.TRACE_PAGE_LOTS)));
            }
            final HttpResponse<String> fsma = api.get("/lots/GZ-R2/fsma?direction=back", null);
            assertThat(fsma.statusCode()).isEqualTo(200);
            assertThat(fsma.headers().firstValue("Tracechain-Store-Height")).isPresent();
            assertThat(fsma.body()).contains("GZ-R2");
        }
    }

    @Test
    void await_block_waits_for_the_store_and_what_it_cannot_answer_goes_to_the_chaincode(final DataSource db)
            throws Exception {
        final InMemoryLedger ledger = GuangdongScenario.run();
        final long height = project(db, ledger);
        try (FoodApiServer api = new FoodApiServer(ledger, GuangdongScenario.REGULATOR, home,
                new PostgresQueryStore(db, "foodtrace"))) {
            final HttpResponse<String> projected = api.send(HttpRequest.newBuilder(URI.create(api.base
                    + "/lots/GZ-R1/trace?direction=back")).header("Tracechain-Await-Block", Long.toString(height - 1))
                    .GET().build());
            assertThat(projected.statusCode()).isEqualTo(200);
            assertThat(projected.headers().firstValue("Tracechain-Store-Height")).isPresent();
            final HttpResponse<String> invalid = api.send(HttpRequest.newBuilder(URI.create(api.base
                    + "/lots/GZ-R1/trace?direction=back")).header("Tracechain-Await-Block", "soon").GET().build());
            assertThat(invalid.statusCode()).isEqualTo(400);

            // Unknown to the store: the chaincode's own refusal, as without a store.
            final HttpResponse<String> unknown = api.get("/lots/NO-SUCH-LOT/trace?direction=back", null);
            assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
            assertThat(unknown.body()).contains("LOT_NOT_FOUND");
            assertThat(unknown.headers().firstValue("Tracechain-Store-Height")).isEmpty();

            // A store whose links do not go back to block 0 does not answer: the chaincode does, the same bytes.
            TestPostgres.execute(db, "UPDATE store_checkpoint SET lineage_from_block = 5");
            final HttpResponse<String> fallback = api.get("/lots/GZ-R1/trace?direction=back", "application/json");
            assertThat(fallback.statusCode()).isEqualTo(200);
            assertThat(fallback.headers().firstValue("Tracechain-Store-Height")).isEmpty();
            assertThat(fallback.body()).isEqualTo(projected.body());
        }
    }

    /** Projects the ledger's blocks; returns the store's height. */
    private static long project(final DataSource db, final InMemoryLedger ledger) throws Exception {
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        long height = 0;
        for (final LedgerBlock block : ScenarioBlocks.of(ledger, "foodtrace", 3)) {
            projector.project(block);
            height = block.number() + 1;
        }
        return height;
    }
}
