// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.grpc.Status;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.model.json.LedgerJson;

/**
 * {@code GET /recalls/{recallId}/updates}: refusals are problem bodies, a stream says {@code ready}, then one
 * {@code recall} event per committed transaction of its recall (and nothing of other recalls or events), with
 * heartbeats; one chaincode-event listener serves every stream and stops with the last; it rides out a peer
 * restart and is started again (with {@code resync}) after it stopped for good; streams are bounded, and end once
 * their credential no longer authenticates.
 */
class RecallUpdatesApiTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path home;

    private FoodApiServer api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Stream<String>> opened = new ArrayList<>();
    private long nextBlock = 1;

    @BeforeEach
    void start() throws Exception {
        final InMemoryLedger ledger = GuangdongScenario.masterDataOnly();
        ledger.setClock(Instant.parse("2026-01-07T02:00:00Z"));
        api = new FoodApiServer(ledger, GuangdongScenario.FARM1, home);
        ok(api.postJson("/lots", "{\"lotId\":\"L-LIVE-1\",\"productCode\":\"06901234567892\",\"productName\":"
                + "\"Choy sum\",\"quantity\":10,\"unit\":\"kg\",\"gtin\":\"06901234567892\",\"origin\":{\"site\":"
                + "\"FARM1-PLOT7\",\"event\":\"HARVESTING\",\"producedOn\":\"2026-01-07\"}}"));
        ok(api.postJson("/lots/L-LIVE-1/ship", "{\"toMspId\":\"ProcMSP\",\"site\":\"FARM1-PLOT7\"}"));
        api.chaincode.actAs(GuangdongScenario.PACKER);
        ok(api.postJson("/lots/L-LIVE-1/receive", "{}"));
        api.chaincode.actAs(GuangdongScenario.REGULATOR);
        ok(api.postJson("/lots/L-LIVE-1/recall", "{\"recallId\":\"R-LIVE-1\",\"reason\":\"residue\"}"));
    }

    @AfterEach
    void stop() {
        opened.forEach(Stream::close);
        api.close();
    }

    private static void ok(final HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    }

    /** An open event stream: its lines, read on the client's thread into a queue. */
    private record Events(HttpResponse<Stream<String>> response, BlockingQueue<String> lines) {
        /** The next event (its lines up to the blank line), skipping comments; fails after the wait. */
        List<String> next() throws InterruptedException {
            final List<String> event = new ArrayList<>();
            while (true) {
                final String line = lines.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                assertThat(line).as("a line within %s (so far %s)", WAIT, event).isNotNull();
                if (line.isEmpty() && !event.isEmpty()) {
                    return event;
                }
                if (!line.isEmpty() && !line.startsWith(":")) {
                    event.add(line);
                }
            }
        }

        JsonNode data(final List<String> event) {
            return LedgerJson.readTree(event.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow()
                    .substring(5).trim());
        }
    }

    private Events open(final String recallId) throws Exception {
        final HttpResponse<Stream<String>> response = http.send(HttpRequest.newBuilder(
                URI.create(api.base + "/recalls/" + recallId + "/updates")).header("Accept", "text/event-stream")
                .GET().build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        opened.add(response.body());
        final BlockingQueue<String> lines = SseLines.read(response.body());
        return new Events(response, lines);
    }

    private void commit(final String eventName, final String txId, final String recallId) {
        api.gateway.addBlock(nextBlock++, FakeGateway.event("foodtrace", eventName, txId,
                "{\"recallId\":\"" + recallId + "\",\"mspId\":\"ProcMSP\"}"));
    }

    @Test
    void a_stream_says_ready_then_announces_each_committed_change_of_its_recall_only() throws Exception {
        final Events events = open("R-LIVE-1");
        assertThat(events.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(events.response().headers().firstValue("Cache-Control")).contains("no-cache");
        final List<String> ready = events.next();
        assertThat(ready).contains("event: ready");
        assertThat(events.data(ready).path("recallId").asText()).isEqualTo("R-LIVE-1");
        await().atMost(WAIT).until(() -> api.gateway.liveEventStreams() == 1);

        commit("RecallAcknowledged", "tx-other", "R-OTHER");
        commit("LotRegistered", "tx-lot", "R-LIVE-1");
        commit("RecallAcknowledged", "tx-ack", "R-LIVE-1");
        final List<String> update = events.next();
        assertThat(update).contains("event: recall", "id: 3:tx-ack");
        final JsonNode data = events.data(update);
        assertThat(data.path("recallId").asText()).isEqualTo("R-LIVE-1");
        assertThat(data.path("event").asText()).isEqualTo("RecallAcknowledged");
        assertThat(data.path("blockNumber").asLong()).isEqualTo(3);
        assertThat(data.path("txId").asText()).isEqualTo("tx-ack");
    }

    @Test
    void heartbeats_keep_the_stream_open_and_a_client_that_left_is_dropped_with_the_shared_listener()
            throws Exception {
        final Events first = open("R-LIVE-1");
        final Events second = open("R-LIVE-1");
        first.next();
        second.next();
        await().atMost(WAIT).until(() -> first.lines().contains(": heartbeat"));
        assertThat(api.updates.openStreams()).isEqualTo(2);
        assertThat(api.gateway.liveEventStreams()).as("one listener for every stream").isEqualTo(1);

        opened.forEach(Stream::close);
        await().atMost(WAIT).until(() -> api.updates.openStreams() == 0);
        await().atMost(WAIT).until(() -> api.gateway.liveEventStreams() == 0);
        assertThat(api.updates.isListening()).isFalse();
    }

    @Test
    void the_listener_rides_out_a_peer_restart_and_is_started_again_after_it_stopped_for_good() throws Exception {
        final Events events = open("R-LIVE-1");
        events.next();
        await().atMost(WAIT).until(() -> api.gateway.liveEventStreams() == 1);
        commit("RecallContinued", "tx-1", "R-LIVE-1");
        assertThat(events.next()).contains("id: 1:tx-1");

        api.gateway.breakEventStreams(Status.UNAVAILABLE.withDescription("peer restarting"));
        await().atMost(WAIT).until(() -> api.gateway.liveEventStreams() == 1);
        commit("RecallAcknowledged", "tx-2", "R-LIVE-1");
        assertThat(events.next()).contains("id: 2:tx-2");

        api.gateway.breakEventStreams(Status.PERMISSION_DENIED.withDescription("access denied"));
        final List<String> resync = events.next();
        assertThat(resync).contains("event: resync");
        await().atMost(WAIT).until(() -> api.gateway.liveEventStreams() == 1);
        commit("RecallAcknowledged", "tx-3", "R-LIVE-1");
        // Started again from block 2, whose transaction was sent already: not sent twice.
        assertThat(events.next()).contains("id: 3:tx-3");
    }

    @Test
    void refusals_are_problem_bodies_not_streams() throws Exception {
        final HttpResponse<String> unknown = api.get("/recalls/R-NONE/updates", "text/event-stream");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(LedgerJson.readTree(unknown.body()).path("code").asText()).isEqualTo("RECALL_NOT_FOUND");

        final HttpResponse<String> json = api.get("/recalls/R-LIVE-1/updates", "application/json");
        assertThat(json.statusCode()).isEqualTo(406);
        assertThat(LedgerJson.readTree(json.body()).path("code").asText()).isEqualTo("NOT_ACCEPTABLE");
        assertThat(api.get("/recalls/R-LIVE-1/updates", null).statusCode()).isEqualTo(406);
        assertThat(api.get("/recalls/R-LIVE-1/updates?x=1", "text/event-stream").statusCode()).isEqualTo(400);
        assertThat(api.updates.openStreams()).isZero();
    }

    @Test
    void a_stream_whose_credential_no_longer_authenticates_ends_at_the_next_heartbeat() throws Exception {
        final Events events = open("R-LIVE-1");
        events.next();
        await().atMost(WAIT).until(() -> events.lines().contains(": heartbeat"));
        assertThat(events.lines()).doesNotContain(SseLines.END);

        api.credentialValid.set(false);
        await().atMost(WAIT).until(() -> events.lines().contains(SseLines.END));
        assertThat(api.updates.openStreams()).isZero();
        await().atMost(WAIT).until(() -> api.gateway.liveEventStreams() == 0);
    }

    @Test
    void a_client_that_reads_slowly_holds_up_only_its_own_stream_and_is_ended_when_too_far_behind()
            throws Exception {
        // A client whose socket buffer is full: every write blocks (until the test ends).
        final CountDownLatch released = new CountDownLatch(1);
        final RecallUpdates.Stream stuck = new RecallUpdates.Stream() {
            @Override
            public boolean event(final String event, final String id, final String data) {
                try {
                    return released.await(WAIT.toMillis() * 6, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }

            @Override
            public boolean comment(final String text) {
                return event("", null, text);
            }

            @Override
            public void close() {
                // nothing to end: no response behind it
            }
        };
        try {
            final RecallUpdates.Subscription slow = api.updates.subscribe("producer/slow", "R-LIVE-1", api.client,
                    () -> true, -1, stuck);
            final Events events = open("R-LIVE-1");
            events.next();
            await().atMost(WAIT).until(() -> api.gateway.liveEventStreams() == 1);
            commit("RecallContinued", "tx-1", "R-LIVE-1");
            assertThat(events.next()).as("not held up by the slow stream").contains("id: 1:tx-1");

            for (int i = 0; i <= RecallUpdates.MAX_PENDING_FRAMES; i++) {
                commit("RecallAcknowledged", "tx-more-" + i, "R-LIVE-1");
            }
            await().atMost(WAIT).until(() -> !slow.isOpen());
            assertThat(events.next()).contains("id: 2:tx-more-0");
            assertThat(api.updates.openStreams()).isEqualTo(1);
        } finally {
            released.countDown();
        }
    }

    @Test
    void streams_are_bounded_per_caller_and_the_server_closing_ends_them() throws Exception {
        final Events first = open("R-LIVE-1");
        open("R-LIVE-1").next();
        first.next();
        final HttpResponse<String> third = api.get("/recalls/R-LIVE-1/updates", "text/event-stream");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(LedgerJson.readTree(third.body()).path("code").asText()).isEqualTo("TOO_MANY_STREAMS");

        api.updates.close();
        await().atMost(WAIT).until(() -> first.lines().contains(SseLines.END));
        assertThat(api.updates.openStreams()).isZero();
        await().atMost(WAIT).until(() -> api.gateway.liveEventStreams() == 0);
    }
}
