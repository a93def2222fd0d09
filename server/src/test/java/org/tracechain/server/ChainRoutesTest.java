// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.BlockTransaction;
import org.tracechain.client.LedgerBlock;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.NodeStatus;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;
import org.tracechain.server.store.PostgresQueryStore;
import org.tracechain.server.store.StoreProjector;
import org.tracechain.server.store.TestPostgres;

/**
 * The chain page's endpoints on a server of {@code producer} (channel foodtrace only): ledger and store heights,
 * the store's recent transactions (from a real PostgreSQL), and the nodes' health, with their refusals.
 */
@ExtendWith(TestPostgres.class)
class ChainRoutesTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    @TempDir
    Path home;

    private static JsonNode ok(final HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        return LedgerJson.readTree(response.body());
    }

    private static void problem(final HttpResponse<String> response, final int status, final String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(LedgerJson.readTree(response.body()).path("code").asText()).isEqualTo(code);
    }

    @Test
    void heights_put_the_peers_ledger_beside_a_store_that_is_missing() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            final String token = server.token("farmer");
            final JsonNode body = ok(server.get("/chain/heights", token));
            assertThat(body.path("channels")).hasSize(1);
            assertThat(body.path("channels").get(0).path("channel").asText()).isEqualTo("foodtrace");
            assertThat(body.path("channels").get(0).path("ledgerHeight").asLong())
                    .isEqualTo(server.gateway.blockHeight()).isPositive();
            // The shared codec leaves out what is null: no store, no storeHeight.
            assertThat(body.path("channels").get(0).has("storeHeight")).isFalse();
            problem(server.get("/chain/heights", null), 401, "UNAUTHENTICATED");
            problem(server.get("/chain/heights?channel=foodtrace", token), 400, "UNKNOWN_PARAMETER");

            problem(server.get("/transactions?channel=foodtrace", token), 503, "STORE_UNAVAILABLE");
        }
    }

    @Test
    void recent_transactions_come_newest_first_in_pages_for_the_organisations_channels_only(final DataSource db)
            throws Exception {
        final StoreProjector projector = StoreProjector.food(db, "foodtrace");
        projector.project(new LedgerBlock("foodtrace", 0, List.of()));
        projector.project(new LedgerBlock("foodtrace", 1, List.of(
                new BlockTransaction(0, "a".repeat(64), "VALID", T0, "ProducerMSP", "foodtrace", List.of(),
                        "RegisterLot"),
                new BlockTransaction(1, "b".repeat(64), "MVCC_READ_CONFLICT", T0, "DistributorMSP", "foodtrace",
                        List.of(), "Ship"),
                new BlockTransaction(2, "c".repeat(64), "VALID", T0, "ProducerMSP", "foodtrace", List.of(),
                        "Ship"))));
        try (TestServer server = TestServer.start(home, b -> b.queryStore(new PostgresQueryStore(db, "foodtrace")))) {
            final String token = server.token("farmer");

            final JsonNode first = ok(server.get("/transactions?channel=foodtrace&limit=2", token));
            assertThat(first.path("height").asLong()).isEqualTo(2);
            assertThat(first.path("transactions")).hasSize(2);
            final JsonNode conflict = first.path("transactions").get(1);
            assertThat(conflict.path("transactionId").asText()).isEqualTo("b".repeat(64));
            assertThat(conflict.path("validationCode").asText()).isEqualTo("MVCC_READ_CONFLICT");
            assertThat(conflict.path("function").asText()).isEqualTo("Ship");
            assertThat(conflict.path("creatorMspId").asText()).isEqualTo("DistributorMSP");
            assertThat(conflict.path("blockNumber").asLong()).isEqualTo(1);
            assertThat(conflict.path("timestamp").asText()).isEqualTo("2026-05-01T08:00:00Z");
            final String next = first.path("nextPageToken").asText();
            assertThat(next).isNotBlank();

            final JsonNode second = ok(server.get("/transactions?channel=foodtrace&limit=2&pageToken=" + next, token));
            assertThat(second.path("transactions")).hasSize(1);
            assertThat(second.path("transactions").get(0).path("transactionId").asText()).isEqualTo("a".repeat(64));
            assertThat(second.has("nextPageToken")).isFalse();

            problem(server.get("/transactions", token), 400, "INVALID_FIELD");
            problem(server.get("/transactions?channel=govdir", token), 403, "NOT_A_CHANNEL_MEMBER");
            problem(server.get("/transactions?channel=foodtrace&limit=0", token), 400, "INVALID_FIELD");
            problem(server.get("/transactions?channel=foodtrace&limit=201", token), 400, "INVALID_FIELD");
            problem(server.get("/transactions?channel=foodtrace&pageToken=bm90LW91cnM", token), 400, "INVALID_FIELD");
            problem(server.get("/transactions?channel=foodtrace&args=1", token), 400, "UNKNOWN_PARAMETER");
            problem(server.get("/transactions?channel=foodtrace", null), 401, "UNAUTHENTICATED");
        }
    }

    @Test
    void without_a_network_home_the_nodes_say_so_without_an_error() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            final JsonNode body = ok(server.get("/network/nodes", server.token("farmer")));
            assertThat(body.path("available").asBoolean()).isFalse();
            assertThat(body.path("reason").asText()).contains("network");
            assertThat(body.path("nodes")).isEmpty();
        }
    }

    @Test
    void nodes_have_their_organisation_health_and_heights_of_the_callers_channels_only() throws Exception {
        final Topology topology = TopologyLoader.defaultTopology();
        final AtomicInteger looks = new AtomicInteger();
        final NetworkNodes.Source source = new NetworkNodes.Source() {
            @Override
            public List<NodeStatus> status() {
                looks.incrementAndGet();
                return List.of(new NodeStatus("orderer0", "orderer", 11, true, "OK", "/logs/o0"),
                        new NodeStatus("peer0.producer", "peer", 12, true, "OK\n", "/logs/p"),
                        new NodeStatus("peer0.regulator", "peer", 15, false, "503 starting", "/logs/r"),
                        new NodeStatus("chaincode.foodtrace.producer", "chaincode", 13, true, "OK", "/logs/c"),
                        new NodeStatus("postgres", "postgres", 14, true, "OK", "/logs/pg"));
            }

            @Override
            public Map<String, OptionalLong> peerHeights(final String channel) {
                // The producer's peer on govdir: not a member, so the topology's channel rules it out.
                return Map.of("peer0.producer", OptionalLong.of(channel.equals("foodtrace") ? 9 : 4),
                        "peer0.regulator", OptionalLong.of(channel.equals("foodtrace") ? 8 : 5),
                        "peer0.civil", OptionalLong.empty());
            }

            @Override
            public Topology topology() {
                return topology;
            }
        };
        final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        try (TestServer server = TestServer.start(home, b -> b.networkNodes(new NetworkNodes(source, clock)))) {
            final String token = server.token("farmer");
            final JsonNode body = ok(server.get("/network/nodes", token));
            assertThat(body.path("available").asBoolean()).isTrue();
            final JsonNode nodes = body.path("nodes");
            assertThat(nodes).hasSize(5);
            assertThat(nodes.get(0).path("organization").asText()).isEqualTo(topology.ordererOrganization().name());
            assertThat(nodes.get(1).path("organization").asText()).isEqualTo("producer");
            assertThat(nodes.get(1).path("detail").asText()).isEqualTo("OK");
            assertThat(nodes.get(1).path("heights").toString()).isEqualTo("{\"foodtrace\":9}");
            // The regulator's peer is on govdir too, but the server's organisation is not: that height is not its.
            assertThat(nodes.get(2).path("heights").toString()).isEqualTo("{\"foodtrace\":8}");
            assertThat(nodes.get(2).path("state").asText()).isEqualTo("running");
            assertThat(nodes.get(2).path("healthy").asBoolean()).isFalse();
            assertThat(nodes.get(2).path("detail").asText()).isEqualTo("503 starting");
            assertThat(nodes.get(3).path("organization").asText()).isEqualTo("producer");
            assertThat(nodes.get(4).has("organization")).isFalse();
            assertThat(body.toString()).doesNotContain("/logs/").doesNotContain("\"pid\"");

            ok(server.get("/network/nodes", token));
            assertThat(looks).as("a second look within %s is the first one's answer", NetworkNodes.FRESH).hasValue(1);
            problem(server.get("/network/nodes", null), 401, "UNAUTHENTICATED");
        }
    }
}
