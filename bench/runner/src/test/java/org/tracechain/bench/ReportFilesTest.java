// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path out;

    private static RunResult run(final String key, final String name, final int clients, final double tps) {
        // The chaincode server compiles more in the tracechain runs than in the ceiling's.
        final double jitMs = key.startsWith("ceiling") ? 100 : 300;
        final List<ProcessUsage> usage = List.of(new ProcessUsage("peer0.producer", "peer", 1000, 0, 204800),
                new ProcessUsage("chaincode.foodtrace.producer", "chaincode", 400, jitMs, 102400),
                new ProcessUsage("client", "client", 500, 50, 102400));
        final String against = key.startsWith("ceiling") ? null : key.equals("get-lot") ? "ceiling-get" : "ceiling-put";
        return new RunResult(key, against, name, clients, 10.0, (long) (tps * 10), 0, List.of(), tps,
                new RunResult.Latency(100, 250, 400), ResourceGroup.cpuMsPerTx(usage, (long) (tps * 10)),
                ResourceGroup.rssMiB(usage), usage);
    }

    private static BenchReport report() {
        return new BenchReport("2026-12-04T12:00:00Z", new BenchReport.Machine(2, 100, "Linux", "17", "3.1.5"),
                new BenchReport.Settings(List.of(1, 16), 3, 10, 21000, List.of("producer", "distributor", "regulator"),
                        "MAJORITY Endorsement", "250ms"),
                List.of(run("register-lot", "tracechain RegisterLot", 1, 8), run("ceiling-put", "Fabric ceiling Put", 1, 12),
                        run("get-lot", "tracechain GetLot", 1, 300), run("ceiling-get", "Fabric ceiling Get", 1, 400),
                        run("ceiling-get", "Fabric ceiling Get", 16, 500), run("get-lot", "tracechain GetLot", 16, 450),
                        run("ceiling-put", "Fabric ceiling Put", 16, 60),
                        run("register-lot", "tracechain RegisterLot", 16, 40)),
                List.of(new TraceTiming(100, LineageShape.of(100).orElseThrow(), 4.2, 8, 3, 90, 140, 145, 150, 12,
                        110_000, List.of())),
                new DirectoryTiming(53, 5000, 50000, 180.5, 32, List.of(new DirectoryTiming.Search(
                        "entries holding a common item", "EntriesByItemName", 50, 41.5, 60.25, 70)), 50, List.of()));
    }

    @Test
    void writes_markdown_json_and_an_svg_that_parses() throws Exception {
        final List<Path> files = ReportFiles.write(out, report());
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("report.md", "report.json", "throughput.svg");

        final String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("| tracechain RegisterLot | 16 | 400 | 0 | 40.0 | 100.0 | 250.0 | 400.0 |")
                .contains("## CPU per committed transaction (ms)").contains("throughput.svg")
                .contains("| 100 | 1 → 9 → 10 each | 4.2 | 90 | 140 | 145 | 150 | 12 | 110000 |")
                // Each tracechain run against its own ceiling at the same client count: 40/60 tx/s; the CPU per
                // transaction of the same process usage over 400 and 600 transactions (1,400 ms each: 3.50 and
                // 2.33), and without the JIT's 300 and 100 ms: 2.75 against 2.17.
                .contains("| tracechain RegisterLot | 16 | 40.0 | 60.0 | 0.67 | 1.00 | 3.50 | 2.33 | 1.50 | 1.27 |")
                .contains(" of which JIT compilation |")
                // peers 2.50, orderers 0, chaincode 1.00, other 0, network 3.50, of which JIT 0.75, client 1.25
                .contains("| tracechain RegisterLot | 16 | 2.50 | 0.00 | 1.00 | 0.00 | 3.50 | 0.75 | 1.25 |")
                .contains("| tracechain GetLot | 1 | 300.0 | 400.0 | 0.75 |")
                .contains("## Directory search at Beijing's scale (ms)").contains("53 departments with a duty each, 5000")
                .contains("| entries holding a common item | `EntriesByItemName` | 50 | 41.5 | 60.3 | 70.0 |");

        final JsonNode json = JsonMapper.builder().build().readTree(out.resolve("report.json").toFile());
        assertThat(json.at("/settings/clients").toString()).isEqualTo("[1,16]");
        assertThat(json.at("/runs/0/workload").asText()).isEqualTo("register-lot");
        assertThat(json.at("/runs/0/against").asText()).isEqualTo("ceiling-put");
        assertThat(json.at("/directory/items").asInt()).isEqualTo(50000);
        assertThat(json.at("/directory/searches/0/p95Ms").asDouble()).isEqualTo(60.25);
        assertThat(json.at("/runs/0/latencyMs/p95").asDouble()).isEqualTo(250.0);
        assertThat(json.at("/runs/0/cpuMsPerTx/peers").asDouble()).isEqualTo(12.5);
        assertThat(json.at("/runs/0/processes/0/rssKiB").asLong()).isEqualTo(204800);
        assertThat(json.at("/traces/0/forwardEventsMs").asLong()).isEqualTo(140);
        assertThat(json.at("/traces/0/forwardEventsDecodedMs").asLong()).isEqualTo(145);
        assertThat(json.at("/traces/0/shape/leavesEach").asInt()).isEqualTo(10);

        final DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // The SVG's DOCTYPE names the W3C DTD: parse without fetching it.
        xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        final var svg = xml.newDocumentBuilder().parse(out.resolve("throughput.svg").toFile());
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        final List<String> texts = new java.util.ArrayList<>();
        final var nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        // The legend, and the client axis's ticks up to 16 (the left axis, tx/s up to 60, has other labels).
        assertThat(texts).contains("tracechain RegisterLot tx/s", "Fabric ceiling Put p95 ms", "tracechain GetLot tx/s",
                "Fabric ceiling Get p95 ms", "concurrent clients", "16");
    }

    @Test
    void a_single_client_count_still_gets_its_tick() throws Exception {
        final BenchReport one = new BenchReport("2026-12-04T12:00:00Z", report().machine(), report().settings(),
                List.of(run("register-lot", "tracechain RegisterLot", 4, 80),
                        run("ceiling-put", "Fabric ceiling Put", 4, 120)),
                List.of(), null);
        ReportFiles.write(out, one);
        // 4 can only be a tick of the client axis: tx/s (0-120) and p95 ms (250) tick in larger steps.
        assertThat(Files.readString(out.resolve("throughput.svg"))).contains(">4</text>").contains(">concurrent clients<");
    }

    @Test
    void latency_percentiles_are_nearest_rank() {
        final long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        assertThat(RunResult.Latency.of(nanos)).isEqualTo(new RunResult.Latency(50, 95, 100));
        assertThat(RunResult.Latency.of(new long[0])).isEqualTo(new RunResult.Latency(0, 0, 0));
    }
}
