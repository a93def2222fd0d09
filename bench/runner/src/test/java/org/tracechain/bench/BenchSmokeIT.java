// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracechain.network.topology.PortPlan;

/**
 * The smoke benchmark end to end on port block 31000: its own network started, every workload measured, a lineage
 * traced and a directory searched, the report written, and every port of the block free again afterwards (the
 * network was stopped).
 */
class BenchSmokeIT {

    private static final int BASE_PORT = 31000;
    private static final Path OUT = Path.of(System.getProperty("tracechain.bench.it.out", "target/it-bench"));

    @Test
    void smoke_run_measures_every_workload_the_trace_and_the_directory_writes_the_report_and_stops_its_network() throws Exception {
        final BenchCli cli = new BenchCli();
        new picocli.CommandLine(cli).parseArgs("--smoke", "--base-port", Integer.toString(BASE_PORT),
                "--out", OUT.toString());
        final BenchSettings settings = cli.settings();
        assertThat(settings.clients()).containsExactly(4);

        final List<Path> files = new Benchmark(settings).run();

        assertThat(files).allSatisfy(file -> assertThat(file).isRegularFile().isNotEmptyFile());
        final JsonNode report = JsonMapper.builder().build().readTree(OUT.resolve(ReportFiles.JSON).toFile());
        assertThat(report.at("/settings/basePort").asInt()).isEqualTo(BASE_PORT);
        assertThat(report.at("/settings/organizations").toString()).isEqualTo("[\"producer\",\"distributor\",\"regulator\"]");
        final JsonNode runs = report.get("runs");
        final Map<String, String> against = new java.util.LinkedHashMap<>();
        runs.forEach(run -> against.put(run.get("workload").asText(), run.path("against").asText("none")));
        assertThat(against).containsExactly(Map.entry("register-lot", "ceiling-put"), Map.entry("inspect", "ceiling-put"),
                Map.entry("ceiling-put", "none"), Map.entry("get-lot", "ceiling-get"), Map.entry("ceiling-get", "none"));
        for (final JsonNode run : runs) {
            final String what = run.get("workloadName").asText();
            assertThat(run.get("clients").asInt()).as(what).isEqualTo(4);
            assertThat(run.get("committed").asLong()).as(what + " committed").isPositive();
            assertThat(run.get("errors").asLong()).as(what + " errors " + run.get("errorSamples")).isZero();
            assertThat(run.get("txPerSecond").asDouble()).as(what).isPositive();
            assertThat(run.at("/latencyMs/p50").asDouble()).as(what).isPositive()
                    .isLessThanOrEqualTo(run.at("/latencyMs/p95").asDouble());
            for (final String group : List.of(ResourceGroup.PEERS, ResourceGroup.ORDERERS, ResourceGroup.CHAINCODE,
                    ResourceGroup.TOTAL)) {
                assertThat(run.get("cpuMsPerTx").get(group).asDouble()).as(what + " CPU of " + group).isPositive();
                assertThat(run.get("rssMiB").get(group).asDouble()).as(what + " RSS of " + group).isPositive();
            }
            // Every node of the network was measured: 3 orderers, 5 peers, 9 chaincode servers, PostgreSQL,
            // the supervisor, and the client.
            assertThat(run.get("processes")).hasSize(20);
        }
        // The smoke trace: a 100-lot lineage built and traced every way, each answer checked for its 100 lots.
        final JsonNode trace = report.at("/traces/0");
        assertThat(report.get("traces")).hasSize(1);
        assertThat(trace.get("lots").asInt()).isEqualTo(100);
        assertThat(trace.get("errors")).as(trace.get("errors").toString()).isEmpty();
        for (final String figure : List.of("forwardLotsMs", "forwardEventsMs", "forwardEventsDecodedMs",
                "forwardPagedMs", "backMs", "forwardEventsBytes")) {
            assertThat(trace.get(figure).asLong()).as(figure).isPositive();
        }
        // The smoke directory: 53 departments, 100 entries, every search answered without error.
        final JsonNode directory = report.get("directory");
        assertThat(directory.get("errors")).as(directory.get("errors").toString()).isEmpty();
        assertThat(directory.get("departments").asInt()).isEqualTo(53);
        assertThat(directory.get("items").asInt()).isEqualTo(1000);
        assertThat(directory.get("searches")).hasSize(6).allSatisfy(search -> {
            assertThat(search.get("results").asInt()).as(search.toString()).isPositive();
            assertThat(search.get("p95Ms").asDouble()).as(search.toString()).isPositive();
        });
        // 100 entries: 15 hold the common item, one the item of one entry, two belong to department BJ-001 (and
        // serve its duty), ten have theme T-01; GetEntry answers the one entry.
        assertThat(directory.get("searches")).extracting(search -> search.get("results").asInt())
                .containsExactly(15, 1, 2, 10, 2, 1);
        assertThat(Files.readString(OUT.resolve(ReportFiles.MARKDOWN))).contains("Fabric ceiling Put")
                .contains("tracechain RegisterLot").contains("tracechain Inspect").contains("Fabric ceiling Get")
                .contains("## Against the ceiling").contains("## Trace latency (ms)")
                .contains("| 100 | 1 → 9 → 10 each |").contains("## Directory search at Beijing's scale (ms)");
        assertThat(Files.readString(OUT.resolve(ReportFiles.SVG))).startsWith("<?xml").contains("<svg");

        // Stopped: every port of the block can be bound again.
        for (final int port : new PortPlan(BenchTopology.withCeiling(BASE_PORT)).all()) {
            assertThat(canBind(port)).as("port %d is free after the benchmark", port).isTrue();
        }
    }

    private static boolean canBind(final int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }
}
