// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code report.md}, {@code report.json} and {@code throughput.svg} into the output directory. */
final class ReportFiles {

    static final String MARKDOWN = "report.md";
    static final String JSON = "report.json";
    static final String SVG = "throughput.svg";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private ReportFiles() {}

    /** Writes the three files; returns their paths. */
    static List<Path> write(final Path outDir, final BenchReport report) throws IOException {
        Files.createDirectories(outDir);
        final Path md = outDir.resolve(MARKDOWN);
        final Path json = outDir.resolve(JSON);
        final Path svg = outDir.resolve(SVG);
        Files.writeString(md, MarkdownReport.render(report));
        MAPPER.writeValue(json.toFile(), report);
        Files.writeString(svg, ThroughputChart.svg(report.runs()));
        return List.of(md, json, svg);
    }
}
