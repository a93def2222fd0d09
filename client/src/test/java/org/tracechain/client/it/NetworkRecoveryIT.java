// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.LedgerClient;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NetworkException;
import org.tracechain.network.NodeStatus;

/**
 * Faults an operator meets, on a network of the fault group's own (its port block and home): processes killed
 * with SIGKILL (a chaincode server, a peer, the Raft leader under load, everything at once) and node directories
 * deleted or damaged. Each ends with the whole network healthy, agreeing on every channel, and every acknowledged
 * write readable. The recovery times go to {@code target/recovery-times.txt}.
 */
@Tag("faults")
@ExtendWith(LiveNetworkExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkRecoveryIT {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkRecoveryIT.class);
    private static final Duration RECOVERY = Duration.ofMinutes(2);
    private static final String FOOD = "foodtrace";
    private static final Map<String, Long> TIMES = new ConcurrentHashMap<>();

    @Test
    @Order(1)
    void a_killed_chaincode_server_is_restarted_and_clients_recover_without_anyone_acting(
            final FabricNetwork network, @Identity(org = "producer", user = "farmer") final LedgerClient farmer)
            throws Exception {
        kill(network, "chaincode.foodtrace.producer");
        final long killed = System.nanoTime();

        final String lot = Ids.unique("CC-RESTART");
        await().atMost(RECOVERY).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> register(farmer, lot) > 0);

        record("chaincode server killed -> first commit", killed);
        assertThat(status(network, "chaincode.foodtrace.producer").detail()).contains("restarted 1x");
        awaitAgreement(network);
    }

    @Test
    @Order(2)
    void a_killed_peer_is_restarted_and_catches_up_with_what_was_written_meanwhile(final FabricNetwork network,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer,
            @Identity(org = "regulator", user = "regulator") final LedgerClient regulator) throws Exception {
        kill(network, "peer0.regulator");
        final long killed = System.nanoTime();
        // Producer and distributor are a majority: writes go on while the regulator's peer is down.
        final List<String> lots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final String lot = Ids.unique("WHILE-DOWN");
            await().atMost(RECOVERY).ignoreExceptions().until(() -> register(farmer, lot) > 0);
            lots.add(lot);
        }

        awaitAgreement(network);
        record("peer killed -> restarted and caught up", killed);
        for (final String lot : lots) {
            assertThat(read(regulator, lot)).contains("\"lotId\":\"" + lot + "\"");
        }
    }

    @Test
    @Order(3)
    void the_raft_leader_killed_under_load_loses_no_acknowledged_write(final FabricNetwork network,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer,
            @Identity(org = "distributor", user = "carrier") final LedgerClient carrier,
            @Identity(org = "regulator", user = "regulator") final LedgerClient regulator) throws Exception {
        final String leader = network.raftLeader(FOOD).orElseThrow();
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Set<String> txIds = ConcurrentHashMap.newKeySet();
        final AtomicBoolean running = new AtomicBoolean(true);
        final long[] firstAfterKill = {0};
        final long[] killedAt = {0};
        final ExecutorService load = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            load.submit(() -> {
                while (running.get()) {
                    final String lot = Ids.unique("LOAD");
                    try {
                        final var result = farmer.contract(FOOD, FOOD).submit(FoodTransaction.REGISTER_LOT,
                                LedgerJson.toJson(new RegisterLotRequest(lot, "06901234567892", "Load", BigDecimal.ONE,
                                        "kg")));
                        acknowledged.add(lot);
                        assertThat(txIds.add(result.transactionId())).isTrue();
                        synchronized (firstAfterKill) {
                            if (killedAt[0] > 0 && firstAfterKill[0] == 0) {
                                firstAfterKill[0] = System.nanoTime();
                            }
                        }
                    } catch (Exception e) {
                        LOG.debug("write during the leader's death: {}", e.toString());
                    }
                }
                return null;
            });
        }
        await().atMost(RECOVERY).until(() -> acknowledged.size() >= 8);
        synchronized (firstAfterKill) {
            kill(network, leader);
            killedAt[0] = System.nanoTime();
        }
        await().atMost(RECOVERY).until(() -> firstAfterKill[0] > 0);
        final String newLeader = network.raftLeader(FOOD).orElse("?");
        await().during(Duration.ofSeconds(3)).atMost(RECOVERY).until(() -> true);
        running.set(false);
        load.shutdown();
        assertThat(load.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        TIMES.put("leader killed -> first commit (ms)", (firstAfterKill[0] - killedAt[0]) / 1_000_000);
        LOG.info("Leader {} killed; new leader {}; {} writes acknowledged", leader, newLeader, acknowledged.size());
        awaitAgreement(network);
        for (final LedgerClient reader : List.of(farmer, carrier, regulator)) {
            for (final String lot : acknowledged) {
                assertThat(read(reader, lot)).as("%s on %s's peer", lot, reader.organization())
                        .contains("\"lotId\":\"" + lot + "\"");
            }
        }
        assertThat(status(network, leader).healthy()).as("the killed leader was restarted").isTrue();
        writeTimes();
    }

    @Test
    @Order(4)
    void a_deleted_peer_directory_is_refused_with_the_repair_command_and_the_others_keep_serving(
            final FabricNetwork network, @Identity(org = "producer", user = "farmer") final LedgerClient farmer,
            @Identity(org = "regulator", user = "regulator") final LedgerClient regulator) throws Exception {
        final String lot = Ids.unique("BEFORE-LOSS");
        await().atMost(RECOVERY).ignoreExceptions().until(() -> register(farmer, lot) > 0);
        // The directory goes first, then the process: the supervisor must not start the peer again without it.
        deleteRecursively(network.home().resolve("nodes/peer0.distributor"));
        kill(network, "peer0.distributor");

        await().atMost(RECOVERY).until(() -> status(network, "peer0.distributor").detail().contains("not restarted"));
        assertThat(status(network, "peer0.distributor").detail())
                .contains("network repair --node peer0.distributor");
        assertThatThrownBy(network::up).isInstanceOf(NetworkException.class)
                .hasMessageContaining("the data of peer0.distributor is missing")
                .hasMessageContaining("tracechain network repair --node peer0.distributor");
        assertThat(network.status()).filteredOn(s -> !s.name().equals("peer0.distributor")).allMatch(NodeStatus::healthy);

        final long repairing = System.nanoTime();
        network.repair("peer0.distributor");
        record("deleted peer directory -> repaired", repairing);
        awaitAgreement(network);
        assertThat(read(regulator, lot)).contains(lot);
    }

    @Test
    @Order(5)
    void a_damaged_peer_ledger_is_named_and_repaired_from_the_others(final FabricNetwork network,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer,
            @Identity(org = "distributor", user = "carrier") final LedgerClient carrier) throws Exception {
        final String lot = Ids.unique("BEFORE-DAMAGE");
        await().atMost(RECOVERY).ignoreExceptions().until(() -> register(farmer, lot) > 0);
        network.stopNode("peer0.distributor");
        try (Stream<Path> files = Files.walk(network.home().resolve("nodes/peer0.distributor/ledger"))) {
            for (final Path file : files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString()
                    .startsWith("blockfile_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3}, StandardOpenOption.TRUNCATE_EXISTING);
            }
        }

        assertThatThrownBy(network::up).isInstanceOf(NetworkException.class)
                .hasMessageContaining("peer0.distributor")
                .hasMessageContaining("tracechain network repair --node peer0.distributor");
        assertThat(network.status()).filteredOn(s -> !s.name().equals("peer0.distributor")).allMatch(NodeStatus::healthy);

        network.repair("peer0.distributor");
        awaitAgreement(network);
        await().atMost(RECOVERY).ignoreExceptions().until(() -> read(carrier, lot).contains(lot));
    }

    @Test
    @Order(6)
    void a_deleted_orderer_directory_is_rebuilt_from_the_other_orderers(final FabricNetwork network,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer) throws Exception {
        // The hardest case: the victim led a channel, so that channel must elect a new leader before the first
        // config update of the repair can be ordered.
        final String victim = network.raftLeader("govdir").orElse("orderer3");
        deleteRecursively(network.home().resolve("nodes").resolve(victim));
        kill(network, victim);
        final String lot = Ids.unique("WITHOUT-" + victim);
        await().atMost(RECOVERY).ignoreExceptions().until(() -> register(farmer, lot) > 0);

        assertThatThrownBy(network::up).hasMessageContaining("the data of " + victim + " is missing");
        final long repairing = System.nanoTime();
        network.repair(victim);
        record("deleted orderer directory -> repaired", repairing);
        awaitAgreement(network);
        assertThat(status(network, victim).healthy()).isTrue();
        assertThat(read(farmer, lot)).contains(lot);
    }

    @Test
    @Order(7)
    void everything_killed_at_once_comes_back_with_the_same_ledger(final FabricNetwork network,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer) throws Exception {
        final String lot = Ids.unique("BEFORE-BLACKOUT");
        await().atMost(RECOVERY).ignoreExceptions().until(() -> register(farmer, lot) > 0);
        awaitAgreement(network);
        final Map<String, OptionalLong> before = network.heights(FOOD);
        for (final NodeStatus node : network.status()) {
            if (node.running()) {
                ProcessHandle.of(node.pid()).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
        await().atMost(RECOVERY).until(() -> network.status().stream().noneMatch(NodeStatus::running));

        final long restarting = System.nanoTime();
        network.up();
        record("everything killed -> up", restarting);

        assertThat(network.status()).allMatch(NodeStatus::healthy);
        final Map<String, OptionalLong> after = network.heights(FOOD);
        before.forEach((node, height) -> assertThat(after.get(node).getAsLong()).as(node)
                .isGreaterThanOrEqualTo(height.getAsLong()));
        await().atMost(RECOVERY).ignoreExceptions().until(() -> read(farmer, lot).contains(lot));
        writeTimes();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Registers a lot; returns its block number. */
    private static long register(final LedgerClient farmer, final String lot) throws Exception {
        return farmer.contract(FOOD, FOOD).submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                new RegisterLotRequest(lot, "06901234567892", "Recovery", BigDecimal.ONE, "kg"))).blockNumber();
    }

    private static String read(final LedgerClient reader, final String lot) throws Exception {
        return new String(reader.contract(FOOD, FOOD).evaluate(FoodTransaction.GET_LOT, lot),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void kill(final FabricNetwork network, final String node) throws Exception {
        final NodeStatus status = status(network, node);
        assertThat(status.running()).as("%s runs before it is killed", node).isTrue();
        final ProcessHandle process = ProcessHandle.of(status.pid()).orElseThrow();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private static NodeStatus status(final FabricNetwork network, final String node) {
        return network.status().stream().filter(s -> s.name().equals(node)).findFirst().orElseThrow();
    }

    /** Every node healthy and all of them at one block height on both channels. */
    private static void awaitAgreement(final FabricNetwork network) {
        await().atMost(RECOVERY).pollInterval(Duration.ofSeconds(1)).until(() ->
                network.status().stream().allMatch(NodeStatus::healthy)
                        && Stream.of("foodtrace", "govdir").allMatch(channel -> agreed(network.heights(channel))));
    }

    private static boolean agreed(final Map<String, OptionalLong> heights) {
        final Set<Long> distinct = new HashSet<>();
        for (final OptionalLong h : heights.values()) {
            if (h.isEmpty()) {
                return false;
            }
            distinct.add(h.getAsLong());
        }
        return distinct.size() == 1;
    }

    private static void record(final String what, final long sinceNanos) {
        final long ms = (System.nanoTime() - sinceNanos) / 1_000_000;
        TIMES.put(what + " (ms)", ms);
        LOG.info("{}: {} ms", what, ms);
    }

    private static void writeTimes() throws IOException {
        final StringBuilder text = new StringBuilder();
        new java.util.TreeMap<>(TIMES).forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
        Files.writeString(Path.of("target/recovery-times.txt"), text);
    }

    private static void deleteRecursively(final Path dir) throws IOException {
        org.tracechain.network.process.Directories.deleteRecursively(dir);
    }
}
