// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.tracechain.client.testing.FakeGateway.event;

import io.grpc.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.ConnectedFakeGateway;

class ChaincodeEventListenerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path home;

    @RegisterExtension
    final ConnectedFakeGateway connected =
            ConnectedFakeGateway.as("regulator", "inspector", "RegulatorMSP", "inspector");
    private Path checkpoint;

    @BeforeEach
    void addBlocks() {
        checkpoint = home.resolve("checkpoints/foodtrace.json");
        connected.gateway().addBlock(3, event("foodtrace", "LotRegistered", "tx1", "{\"lotId\":\"L1\"}"),
                event("govdir", "DepartmentRegistered", "txG", "{}"),
                event("foodtrace", "LotRegistered", "tx2", "{\"lotId\":\"L2\"}"));
        connected.gateway().addBlock(4, event("foodtrace", "LotShipped", "tx3", "{\"lotId\":\"L1\"}"));
    }

    @Test
    void delivers_decoded_events_of_the_chaincode_in_ledger_order() throws Exception {
        final List<LedgerEvent> received = new CopyOnWriteArrayList<>();

        try (ChaincodeEventListener listener = connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                .startBlock(0)
                .start(received::add)) {
            await().atMost(WAIT).until(() -> received.size() == 3);
            assertThat(listener.isRunning()).isTrue();
            assertThat(listener.channel()).isEqualTo("foodtrace");
        }

        assertThat(received).extracting(LedgerEvent::transactionId).containsExactly("tx1", "tx2", "tx3");
        final LedgerEvent first = received.get(0);
        assertThat(first.chaincodeName()).isEqualTo("foodtrace");
        assertThat(first.eventName()).isEqualTo("LotRegistered");
        assertThat(first.blockNumber()).isEqualTo(3);
        assertThat(first.payloadText()).isEqualTo("{\"lotId\":\"L1\"}");
        assertThat(first.payloadAs(LotRef.class)).isEqualTo(new LotRef("L1"));
        assertThat(received.get(2).blockNumber()).isEqualTo(4);
    }

    @Test
    void without_start_block_only_new_commits_are_delivered() throws Exception {
        final List<LedgerEvent> received = new CopyOnWriteArrayList<>();

        try (ChaincodeEventListener listener = connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                .start(received::add)) {
            await().atMost(WAIT).until(() -> connected.gateway().liveEventStreams() == 1);
            connected.gateway().addBlock(5, event("foodtrace", "LotRegistered", "tx4", "{}"));
            await().atMost(WAIT).until(() -> received.size() == 1);
            assertThat(listener.isRunning()).isTrue();
        }
        assertThat(received).extracting(LedgerEvent::transactionId).containsExactly("tx4");
    }

    @Test
    void restart_with_the_checkpoint_file_resumes_without_missing_or_repeating_events() throws Exception {
        final List<String> firstRun = new CopyOnWriteArrayList<>();
        try (ChaincodeEventListener listener = connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                .checkpointFile(checkpoint)
                .startBlock(0)
                .start(event -> firstRun.add(event.transactionId()))) {
            await().atMost(WAIT).until(() -> firstRun.size() == 3);
            assertThat(listener.isRunning()).isTrue();
        }
        connected.gateway().addBlock(5, event("foodtrace", "LotRegistered", "tx4", "{}"));
        connected.gateway().addBlock(6, event("foodtrace", "LotRegistered", "tx5", "{}"),
                event("foodtrace", "LotRegistered", "tx6", "{}"));

        final List<String> secondRun = new CopyOnWriteArrayList<>();
        try (ChaincodeEventListener listener = connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                .checkpointFile(checkpoint)
                .startBlock(0)
                .start(event -> secondRun.add(event.transactionId()))) {
            await().atMost(WAIT).until(() -> secondRun.size() == 3);
            await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> secondRun.size() == 3);
            assertThat(listener.isRunning()).isTrue();
        }

        assertThat(firstRun).containsExactly("tx1", "tx2", "tx3");
        assertThat(secondRun).containsExactly("tx4", "tx5", "tx6");
    }

    @Test
    void handler_failure_stops_the_listener_and_the_event_is_delivered_again_after_restart() throws Exception {
        final AtomicReference<Exception> reported = new AtomicReference<>();
        final List<String> firstRun = new CopyOnWriteArrayList<>();
        final ChaincodeEventListener failing = connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                .checkpointFile(checkpoint)
                .startBlock(0)
                .onError(reported::set)
                .start(event -> {
                    if (event.transactionId().equals("tx2")) {
                        throw new IllegalStateException("database down");
                    }
                    firstRun.add(event.transactionId());
                });
        await().atMost(WAIT).until(() -> !failing.isRunning());
        failing.close();

        assertThat(reported.get()).isInstanceOf(IllegalStateException.class).hasMessage("database down");
        assertThat(firstRun).containsExactly("tx1");

        final List<String> secondRun = new CopyOnWriteArrayList<>();
        try (ChaincodeEventListener listener = connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                .checkpointFile(checkpoint)
                .start(event -> secondRun.add(event.transactionId()))) {
            await().atMost(WAIT).until(() -> secondRun.size() == 2);
            assertThat(listener.isRunning()).isTrue();
        }
        assertThat(secondRun).containsExactly("tx2", "tx3");
    }

    @Test
    void reconnects_after_a_transient_stream_failure_without_repeating_events() throws Exception {
        final List<String> received = new CopyOnWriteArrayList<>();
        try (ChaincodeEventListener listener = connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                .startBlock(0)
                .start(event -> received.add(event.transactionId()))) {
            await().atMost(WAIT).until(() -> received.size() == 3);

            connected.gateway().breakEventStreams(Status.UNAVAILABLE.withDescription("peer restarting"));
            connected.gateway().addBlock(5, event("foodtrace", "LotRegistered", "tx4", "{}"));

            await().atMost(WAIT).until(() -> received.size() == 4);
            assertThat(listener.isRunning()).isTrue();
        }
        assertThat(received).containsExactly("tx1", "tx2", "tx3", "tx4");
    }

    @Test
    void permanent_stream_failure_is_reported_as_unavailable_and_stops() throws Exception {
        final AtomicReference<Exception> reported = new AtomicReference<>();
        try (ChaincodeEventListener listener = connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                .startBlock(0)
                .onError(reported::set)
                .start(event -> { })) {
            await().atMost(WAIT).until(() -> connected.gateway().liveEventStreams() == 1);
            connected.gateway().breakEventStreams(Status.PERMISSION_DENIED.withDescription("access denied"));
            await().atMost(WAIT).until(() -> !listener.isRunning());
        }
        assertThat(reported.get()).isInstanceOf(LedgerUnavailableException.class);
        assertThat(((LedgerUnavailableException) reported.get()).statusCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void a_checkpoint_file_can_be_used_by_one_listener_at_a_time() throws Exception {
        try (ChaincodeEventListener first = connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                .checkpointFile(checkpoint).start(event -> { })) {
            assertThat(first.isRunning()).isTrue();
            assertThatThrownBy(() -> connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                    .checkpointFile(checkpoint).start(event -> { }))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot open checkpoint file");
        }
    }

    @Test
    void closing_the_client_stops_its_listeners() throws Exception {
        final ChaincodeEventListener listener = connected.client().newChaincodeEventListener("foodtrace", "foodtrace")
                .start(event -> { });
        await().atMost(WAIT).until(() -> connected.gateway().liveEventStreams() == 1);

        connected.client().close();

        assertThat(listener.isRunning()).isFalse();
    }

    record LotRef(String lotId) {}

    @Test
    void builder_checks_arguments() {
        final ChaincodeEventListener.Builder builder =
                connected.client().newChaincodeEventListener("foodtrace", "foodtrace");

        assertThatThrownBy(() -> builder.startBlock(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("startBlock must not be negative, got -1");
        assertThatThrownBy(() -> builder.checkpointFile(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("checkpointFile must not be null");
        assertThatThrownBy(() -> builder.onError(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("errorHandler must not be null");
        assertThatThrownBy(() -> builder.start(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("handler must not be null");
    }
}
