// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line loads Jena (and Titanium, its JSON-LD processor) only to export: not for other commands, and not
 * for the export command's help or a run that fails before exporting. Each case runs in a JVM of its own with class
 * loading logged; a run that does export shows that the log would catch Jena.
 */
class JenaLoadingTest {

    @TempDir
    Path home;

    @Test
    void commands_other_than_an_export_load_no_jena() throws Exception {
        for (final List<String> command : List.of(
                List.of("dir", "search", "--help"),
                List.of("dir", "export-dcat", "--help"),
                List.of("food", "get-lot", "--help"),
                // Runs: parses, builds the command, then fails on the empty home before any ledger call.
                List.of("--home", home.toString(), "--org", "regulator", "--user", "auditor", "dir", "search",
                        "--item", "统一社会信用代码"),
                List.of("--home", home.toString(), "--org", "regulator", "--user", "auditor", "dir", "export-dcat",
                        "--format", "turtle"))) {
            final List<String> args = new ArrayList<>(List.of("org.tracechain.client.cli.TraceChainCli"));
            args.addAll(command);

            assertThat(loadedExportClasses(args)).as("%s", command).isEmpty();
        }
    }

    @Test
    void an_export_loads_jena() throws Exception {
        assertThat(loadedExportClasses(List.of(ExportMain.class.getName())))
                .anyMatch(c -> c.startsWith("org.apache.jena."))
                .anyMatch(c -> c.startsWith("com.apicatalog."));
    }

    /** Exports the Beijing catalog in both formats to standard output. */
    static final class ExportMain {
        public static void main(final String[] args) {
            final DcatExporter exporter = DcatExporter.withBaseIri(BeijingCatalog.BASE);
            for (final DcatFormat format : DcatFormat.values()) {
                System.out.println(exporter.export(BeijingCatalog.snapshot(), format).length());
            }
        }
    }

    /** Jena and Titanium classes a JVM running {@code args} loads. */
    private static List<String> loadedExportClasses(final List<String> args) throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path")));
        command.addAll(args);
        final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        final String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(log).as("class loading was logged").contains("[class,load] java.lang.Object ",
                "[class,load] " + args.get(0) + " ");
        return log.lines().filter(l -> l.contains("[class,load]")).map(l -> l.replaceAll(".*\\[class,load\\] (\\S+).*", "$1"))
                .filter(c -> c.startsWith("org.apache.jena.") || c.startsWith("com.apicatalog.") || c.startsWith("jakarta.json"))
                .toList();
    }
}
