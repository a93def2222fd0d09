// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.chaincode.testing.GuangdongScenario;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.identity.Role;
import org.tracechain.network.users.UserRegistry;
import org.tracechain.server.auth.IssuedToken;
import org.tracechain.server.auth.TokenStore;
import org.tracechain.server.food.RecallRoutes;
import org.tracechain.server.food.RecallUpdates;
import org.tracechain.server.food.SseLines;

/**
 * A recall's update stream outlives the request that opened it, so the server's real authentication checks its
 * credential again at each heartbeat: a token revoked (by the CLI, another process) or a user revoked on the network
 * ends the streams it opened within a heartbeat, while a colleague's stream goes on.
 */
class StreamCredentialTest {

    private static final Duration HEARTBEAT = Duration.ofMillis(200);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String END = SseLines.END;

    @TempDir
    Path home;
    private TestServer server;
    private RecallUpdates updates;
    private final List<Stream<String>> opened = new java.util.ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        updates = new RecallUpdates(FoodTrace.DEFAULT_CHANNEL, "foodtrace", 4, 10, HEARTBEAT);
        server = TestServer.start(home, (TraceChainServer.RoutesFactory) access -> new RecallRoutes(access, updates));
        server.foodChaincode(GuangdongScenario.run(), Role.PRODUCER);
    }

    @AfterEach
    void stop() {
        opened.forEach(Stream::close);
        server.close();
    }

    /** The stream's lines, read as they come; {@link #END} once the server ended it. */
    private BlockingQueue<String> open(final String token) throws Exception {
        final HttpResponse<Stream<String>> response = server.http.send(HttpRequest.newBuilder(
                server.uri("/recalls/" + GuangdongScenario.RECALL_ID + "/updates"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        opened.add(response.body());
        final BlockingQueue<String> lines = SseLines.read(response.body());
        await().atMost(WAIT).until(() -> lines.contains("event: ready"));
        return lines;
    }

    private IssuedToken issue(final String user) {
        try {
            return TokenStore.open(home, TestServer.ORG).create(user, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_revoked_token_ends_its_streams_at_the_next_heartbeat_and_only_its_own() throws Exception {
        final IssuedToken revoked = issue("farmer");
        final BlockingQueue<String> cut = open(revoked.token());
        final BlockingQueue<String> kept = open(issue("farmer").token());
        await().atMost(WAIT).until(() -> cut.contains(": heartbeat"));
        assertThat(cut).doesNotContain(END);

        TokenStore.open(home, TestServer.ORG).revoke(revoked.record().id());

        await().atMost(WAIT).until(() -> cut.contains(END));
        assertThat(updates.openStreams()).isEqualTo(1);
        kept.clear();
        await().atMost(WAIT).until(() -> kept.contains(": heartbeat"));
        assertThat(kept).doesNotContain(END);
        assertThat(server.get("/recalls/" + GuangdongScenario.RECALL_ID + "/updates", revoked.token()).statusCode())
                .as("a stream opened again is refused").isEqualTo(401);
    }

    @Test
    void a_user_revoked_on_the_network_loses_its_streams() throws Exception {
        final BlockingQueue<String> cut = open(issue("processor").token());
        final BlockingQueue<String> kept = open(issue("farmer").token());
        new UserRegistry(List.of(), List.of(new UserRegistry.Revocation(TestServer.ORG, "processor", "1f", 1,
                "2026-12-04T12:00:00Z"))).write(home);

        await().atMost(WAIT).until(() -> cut.contains(END));
        kept.clear();
        await().atMost(WAIT).until(() -> kept.contains(": heartbeat"));
        assertThat(kept).doesNotContain(END);
        assertThat(updates.openStreams()).isEqualTo(1);
    }
}
