// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.FabricNetwork;

/**
 * Successful transactions leave no warning behind them: a warning logged once per transaction buries the ones that
 * matter and fills the disk under load. The orderers' broadcast handler warned once per Gateway submission (the
 * Gateway cancels its stream after each one) until its level was raised. Nor do they leave the INFO lines the gRPC
 * server and the Gateway wrote for each call (four per transaction) or the endorser for each proposal it executed
 * (submits and evaluates), and the logs are plain text. Runs late, after
 * most of the suite's transactions.
 */
@ExtendWith(LiveNetworkExtension.class)
@Order(Integer.MAX_VALUE - 2)
class LogNoiseIT {

    private static final int TRANSACTIONS = 20;
    /** Fabric's log line: "2026-12-03 18:00:59.733 UTC 009c WARN [logger] function -> message", colours aside. */
    private static final Pattern WARNING = Pattern.compile(" WARN(?:\\x1b\\[[0-9;]*m)? \\[([a-z0-9._]+)\\]");
    private static final Pattern INFO = Pattern.compile(" INFO(?:\\x1b\\[[0-9;]*m)? \\[([a-z0-9._]+)\\]");

    @Test
    void committed_transactions_log_no_warning_per_transaction(final FabricNetwork network,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer) throws Exception {
        final Map<Path, Long> before = new HashMap<>();
        for (final Path log : nodeLogs(network)) {
            before.put(log, Files.size(log));
        }
        final LedgerContract foodtrace = farmer.contract("foodtrace", "foodtrace");
        for (int i = 0; i < TRANSACTIONS; i++) {
            final String lotId = Ids.unique("QUIET");
            foodtrace.submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                    new RegisterLotRequest(lotId, "06901234567892", "Quiet", BigDecimal.ONE, "kg")));
            foodtrace.evaluate(FoodTransaction.GET_LOT, lotId);
        }

        final Map<String, Integer> warningsByLogger = new TreeMap<>();
        final Map<String, Integer> infoByLogger = new TreeMap<>();
        for (final Map.Entry<Path, Long> log : before.entrySet()) {
            final String text = appended(log.getKey(), log.getValue());
            final Matcher warning = WARNING.matcher(text);
            while (warning.find()) {
                warningsByLogger.merge(warning.group(1), 1, Integer::sum);
            }
            final Matcher info = INFO.matcher(text);
            while (info.find()) {
                infoByLogger.merge(info.group(1), 1, Integer::sum);
            }
            // Plain text: no terminal colour codes in a log file.
            assertThat(text).as("%s", log.getKey()).doesNotContain("\u001b[");
        }
        // The gRPC server's line per call, the Gateway's per send to an orderer (four per transaction) and the
        // endorser's per executed proposal (each endorsing peer, every submit and every evaluate) are off.
        assertThat(infoByLogger).as("INFO lines by logger over %d committed transactions and %d evaluations",
                TRANSACTIONS, TRANSACTIONS).doesNotContainKeys("comm.grpc.server", "gateway", "endorser");
        assertThat(warningsByLogger).as("warnings by logger over %d committed transactions", TRANSACTIONS)
                .allSatisfy((logger, count) -> assertThat(count).as(logger).isLessThan(TRANSACTIONS / 2));
        assertThat(warningsByLogger).doesNotContainKey("orderer.common.broadcast");
    }

    @Test
    void no_node_is_told_to_ping_less_often(final FabricNetwork network) throws IOException {
        // Since each node's latest start: the Gateway's connections ping every 10 s, and a server that permits less
        // closes them with GOAWAY too_many_pings (every peer's log had it before the servers allowed that rate).
        for (final Path log : nodeLogs(network)) {
            final String text = appended(log, 0);
            final int start = Math.max(text.lastIndexOf("Starting peer:"), text.lastIndexOf("Starting orderer:"));
            assertThat(text.substring(Math.max(start, 0))).as("%s", log).doesNotContain("too_many_pings");
        }
    }

    /** The logs of the orderers and peers: the nodes every transaction passes through. */
    private static Iterable<Path> nodeLogs(final FabricNetwork network) throws IOException {
        try (Stream<Path> dirs = Files.list(network.home().resolve("nodes"))) {
            return dirs.filter(d -> d.getFileName().toString().matches("orderer\\d+|peer0\\..+"))
                    .map(d -> d.resolve(d.getFileName() + ".log")).filter(Files::isRegularFile).toList();
        }
    }

    /** What {@code log} gained past {@code offset} (all of it when the supervisor rotated it meanwhile). */
    private static String appended(final Path log, final long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            final long start = file.length() >= offset ? offset : 0;
            final byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
