// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.client.testing.FakeGateway.utf8;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The food commands added for the SDK's writes send exactly the request their options describe. */
class FoodCommandRequestsTest {

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void start() {
        cli = new CliRunner(home);
        // The result's shape is WriteCommandsTest's concern; here, what is sent.
        for (final String transaction : new String[] {"AcknowledgeRecall", "Aggregate", "Disaggregate",
                "CorrectEvent", "RecordDocument"}) {
            cli.gateway.respond(transaction, call -> utf8("{}"));
        }
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    private String sent() {
        return cli.gateway.lastCall().arguments().get(0);
    }

    @Test
    void acknowledge_recall_sends_the_recall_and_the_note() {
        cli.run("--org", "distributor", "--user", "retailer", "food", "acknowledge-recall", "R1", "--note",
                "下架 84.5 kg");
        assertThat(sent()).isEqualTo("{\"note\":\"下架 84.5 kg\",\"recallId\":\"R1\"}");

        cli.run("--org", "distributor", "--user", "retailer", "food", "ack-recall", "R2");
        assertThat(sent()).isEqualTo("{\"recallId\":\"R2\"}");
        assertThat(cli.gateway.lastCall().channel()).isEqualTo("foodtrace");
    }

    @Test
    void aggregate_and_disaggregate_send_the_container_and_its_lots() {
        cli.run("--org", "producer", "--user", "processor", "food", "aggregate", "--container", "SSCC-1", "--lot",
                "L1,L2", "--lot", "L3", "--site", "GLN-1", "--event-time", "2026-01-05T08:00:00Z", "--note", "pallet");
        assertThat(sent()).isEqualTo("{\"containerId\":\"SSCC-1\",\"eventTime\":\"2026-01-05T08:00:00Z\","
                + "\"lotIds\":[\"L1\",\"L2\",\"L3\"],\"note\":\"pallet\",\"site\":\"GLN-1\"}");

        cli.run("--org", "producer", "--user", "processor", "food", "disaggregate", "--container", "SSCC-1");
        assertThat(sent()).isEqualTo("{\"containerId\":\"SSCC-1\",\"lotIds\":[]}");
        assertThat(cli.gateway.lastCall().transactionName()).isEqualTo("Disaggregate");

        cli.run("--org", "producer", "--user", "processor", "food", "disaggregate", "--container", "SSCC-1", "--lot", "L2");
        assertThat(sent()).isEqualTo("{\"containerId\":\"SSCC-1\",\"lotIds\":[\"L2\"]}");
    }

    @Test
    void a_missing_file_is_named_with_its_full_path_and_nothing_is_sent() {
        final int exit = cli.run("--org", "producer", "--user", "farmer", "food", "record-document", "--file",
                "no-such-report.pdf", "--uri", "u", "--type", "t", "--issuer", "i");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).isEqualTo("error: no such file: "
                + Path.of("no-such-report.pdf").toAbsolutePath().normalize() + System.lineSeparator());
        assertThat(cli.gateway.calls()).isEmpty();
    }

    @Test
    void correct_event_sends_the_event_reason_and_documents() {
        cli.run("--org", "producer", "--user", "farmer", "food", "correct-event", "--event", "E1", "--reason",
                "102.5 kg, not 120.5 kg", "--document", "H1", "--document", "H2");

        assertThat(cli.gateway.lastCall().transactionName()).isEqualTo("CorrectEvent");
        assertThat(sent()).isEqualTo("{\"documentHashes\":[\"H1\",\"H2\"],\"eventId\":\"E1\","
                + "\"reason\":\"102.5 kg, not 120.5 kg\"}");
    }

    @Test
    void record_document_sends_the_sha256_of_the_file_or_the_given_hash() throws Exception {
        final byte[] report = "检测报告 ✓".getBytes(StandardCharsets.UTF_8);
        final Path file = Files.write(home.resolve("report.pdf"), report);
        final String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(report));

        assertThat(cli.run("--org", "producer", "--user", "inspector", "food", "record-document", "--file",
                file.toString(), "--uri", "https://lab.example/r.pdf", "--type", "inspection_report", "--issuer", "广州检测所",
                "--valid-from", "2026-01-01", "--valid-until", "2026-12-31", "--lot", "L1")).as(cli.err()).isZero();
        assertThat(sent()).isEqualTo("{\"hash\":\"" + sha256 + "\",\"issuer\":\"广州检测所\",\"lotIds\":[\"L1\"],"
                + "\"type\":\"inspection_report\",\"uri\":\"https://lab.example/r.pdf\",\"validFrom\":\"2026-01-01\","
                + "\"validUntil\":\"2026-12-31\"}");

        assertThat(cli.run("--org", "producer", "--user", "farmer", "food", "record-document", "--hash", "ab12",
                "--uri", "u", "--type", "licence", "--issuer", "i")).isZero();
        assertThat(sent()).isEqualTo("{\"hash\":\"ab12\",\"issuer\":\"i\",\"type\":\"licence\",\"uri\":\"u\"}");

        final int calls = cli.gateway.calls().size();
        assertThat(cli.run("--org", "producer", "--user", "farmer", "food", "record-document", "--hash", "ab12",
                "--file", file.toString(), "--uri", "u", "--type", "licence", "--issuer", "i"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).startsWith("error: --file=FILE, --hash=SHA256 are mutually exclusive");
        assertThat(cli.gateway.calls()).hasSize(calls);
    }
}
