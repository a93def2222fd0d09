// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracechain.client.directory.DirectoryRecords;
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.RequestState;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.RecallAcknowledgement;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.SensorReportResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;

/**
 * Every command that submits prints the transaction id, block number and validation code: after the result's fields
 * in text, in the envelope with {@code --json} (the result spliced in byte for byte).
 */
class WriteCommandsTest {

    private static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    static Path files;

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void start() {
        cli = new CliRunner(home);
    }

    @AfterEach
    void stop() {
        cli.close();
    }

    static Stream<Arguments> writes() throws IOException {
        final Path readings = Files.writeString(files.resolve("readings.csv"), "2026-01-05T01:00:00Z,3.5\n");
        final Path entry = Files.writeString(files.resolve("entry.json"),
                LedgerJson.toJson(DirectoryRecords.penalties().metadata()), StandardCharsets.UTF_8);
        final byte[] lot = LedgerJson.toBytes(TestLots.registered("L1", "P", "Choy sum", new BigDecimal("0.000001"),
                "kg", "ProducerMSP", "x509::CN=farmer", T0, "tx-1"));
        final TrackingEvent event = new TrackingEvent("e".repeat(64), EventBody.of(EventKind.SHIP, "shipping",
                "in_transit", "ProducerMSP", "processor", T0, null, List.of("L1"), null, "有机 🍚"), T0, "tx-e");
        final byte[] tracking = LedgerJson.toBytes(event);
        final List<Arguments> cases = new ArrayList<>();
        cases.add(write("RegisterLot", lot, "producer", "farmer", "food", "register-lot", "--lot", "L1",
                "--product-code", "P", "--product-name", "Choy sum", "--quantity", "0.000001", "--unit", "kg"));
        cases.add(write("Ship", tracking, "producer", "processor", "food", "ship", "--lot", "L1", "--to", "DistributorMSP"));
        cases.add(write("Receive", tracking, "distributor", "carrier", "food", "receive", "--lot", "L1"));
        cases.add(write("Sell", tracking, "distributor", "retailer", "food", "sell", "--lot", "L1", "--quantity", "2.5"));
        cases.add(write("Transform", tracking, "producer", "processor", "food", "transform", "--input", "L1=1",
                "--output", "P1=1"));
        cases.add(write("Aggregate", tracking, "producer", "processor", "food", "aggregate", "--container", "C1",
                "--lot", "L1"));
        cases.add(write("Disaggregate", tracking, "producer", "processor", "food", "disaggregate", "--container", "C1"));
        cases.add(write("Inspect", tracking, "producer", "inspector", "food", "inspect", "--lot", "L1", "--analyte",
                "lead", "--result", "0.01", "--limit", "0.05", "--unit", "mg/kg"));
        cases.add(write("RecordSensorReadings", LedgerJson.toBytes(new SensorReportResult(event, null)), "distributor",
                "carrier", "food", "sensor", "--lot", "L1", "--device", "d1", "--unit", "Cel", "--readings",
                readings.toString()));
        cases.add(write("RecordDocument", LedgerJson.toBytes(new DocumentRecord(HASH, "https://x", "licence", null,
                "Bureau", null, null, List.of(), "ProducerMSP", "farmer", T0, "tx-d")), "producer", "farmer", "food",
                "record-document", "--hash", HASH, "--uri", "https://x", "--type", "licence", "--issuer", "Bureau"));
        cases.add(write("CorrectEvent", tracking, "producer", "farmer", "food", "correct-event", "--event",
                "e".repeat(64), "--reason", "wrong weight"));
        cases.add(write("Recall", LedgerJson.toBytes(new RecallBatchNotice("R1", "L1", "lead", 1, true, List.of())),
                "regulator", "regulator", "food", "recall", "--recall-id", "R1", "--lot", "L1", "--reason", "lead"));
        cases.add(write("AcknowledgeRecall", LedgerJson.toBytes(new RecallAcknowledgement("R1", "DistributorMSP",
                "retailer", T0, "tx-a", "quarantined")), "distributor", "retailer", "food", "acknowledge-recall", "R1",
                "--note", "quarantined"));
        cases.add(write("Hold", tracking, "regulator", "regulator", "food", "hold", "--lot", "L1", "--reason", "lab"));
        cases.add(write("Release", tracking, "regulator", "regulator", "food", "release", "--lot", "L1", "--reason",
                "ok"));
        final String civil = "CIVIL-AFFAIRS";
        cases.add(write("RegisterDepartment", LedgerJson.toBytes(DirectoryRecords.department(civil, "民政局",
                "CivilAffairsMSP")), "civil", "cataloger", "dir", "register-department", "--code", civil, "--name", "民政局"));
        final byte[] duty = LedgerJson.toBytes(DirectoryRecords.duty("D1", civil, "婚姻登记", "条例"));
        cases.add(write("RegisterDuty", duty, "civil", "cataloger", "dir", "duty", "register", "--id", "D1",
                "--department", civil, "--title", "婚姻登记", "--legal-basis", "条例"));
        cases.add(write("UpdateDuty", duty, "civil", "cataloger", "dir", "duty", "update", "--id", "D1", "--title",
                "婚姻登记", "--legal-basis", "条例"));
        final byte[] version = LedgerJson.toBytes(DirectoryRecords.version("GB-001", civil, 2,
                PublicationState.PUBLISHED, DirectoryRecords.penalties().metadata()));
        cases.add(write("CreateEntry", version, "civil", "cataloger", "dir", "entry", "create", "--code", "GB-001",
                "--department", civil, "--file", entry.toString()));
        cases.add(write("ReviseEntry", version, "civil", "cataloger", "dir", "entry", "revise", "GB-001", "--file",
                entry.toString(), "--note", "daily"));
        cases.add(write("PublishEntry", version, "civil", "cataloger", "dir", "entry", "publish", "GB-001"));
        cases.add(write("RetireEntry", version, "civil", "cataloger", "dir", "entry", "retire", "GB-001", "--reason",
                "replaced"));
        final byte[] request = LedgerJson.toBytes(DirectoryRecords.request("REQ-1", RequestState.SUBMITTED, null));
        cases.add(write("SubmitRequest", request, "security", "requester", "dir", "request", "submit", "--id", "REQ-1",
                "--department", "PSB", "--entry", "GB-001", "--item", "姓名", "--purpose", "checks"));
        cases.add(write("WithdrawRequest", request, "security", "requester", "dir", "request", "withdraw", "REQ-1"));
        cases.add(write("ApproveRequest", request, "civil", "cataloger", "dir", "request", "approve", "REQ-1"));
        cases.add(write("RefuseRequest", request, "civil", "cataloger", "dir", "request", "refuse", "REQ-1",
                "--reason", "no basis"));
        cases.add(write("RevokeGrant", LedgerJson.toBytes(DirectoryRecords.grant("REQ-1", true)), "civil", "cataloger",
                "dir", "grant", "revoke", "G1", "--reason", "done"));
        cases.add(write("LogAccess", LedgerJson.toBytes(DirectoryRecords.accessLog("tx-log", "REQ-1")), "security",
                "requester", "dir", "access", "log", "--grant", "G1", "--item", "姓名", "--purpose", "case 42"));
        return cases.stream();
    }

    private static Arguments write(final String transaction, final byte[] result, final String org, final String user,
            final String... command) {
        final List<String> args = new ArrayList<>(List.of("--org", org, "--user", user));
        args.addAll(List.of(command));
        return Arguments.of(transaction, result, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writes")
    void prints_transaction_id_block_and_validation_code(final String transaction, final byte[] result,
            final List<String> args) {
        cli.gateway.respond(transaction, call -> result);

        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
        assertThat(cli.gateway.lastCall().transactionName()).isEqualTo(transaction);
        assertThat(cli.out()).endsWith("\n" + transaction + " committed: tx " + cli.gateway.lastCall().transactionId()
                + ", block 5, validation code VALID\n");

        final List<String> json = new ArrayList<>(args);
        json.add("--json");
        assertThat(cli.run(json.toArray(String[]::new))).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("{\"blockNumber\":6,\"result\":" + new String(result, StandardCharsets.UTF_8)
                + ",\"transactionId\":\"" + cli.gateway.lastCall().transactionId() + "\",\"validationCode\":\"VALID\"}\n");
    }
}
