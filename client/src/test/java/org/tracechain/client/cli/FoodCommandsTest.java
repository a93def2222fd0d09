// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.client.testing.FakeGateway.utf8;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.RecallRecord;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.SensorReportResult;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.json.LedgerJson;
import picocli.CommandLine;

/** The {@code food} commands against the in-process gateway. */
class FoodCommandsTest {

    private static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");

    @TempDir
    Path home;

    private FakeGateway gateway;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start_gateway() {
        gateway = FakeGateway.start();
    }

    @AfterEach
    void stop_gateway() {
        gateway.close();
    }

    private int run(final String... args) {
        final LedgerClientFactory factory = (clientHome, organization, user) -> LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, organization, user, "ProducerMSP"))
                .connection(gateway.channel())
                .connect();
        final CommandLine commandLine = TraceChainCli.newCommandLine(factory, Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private static Lot lot(final String lotId, final String... parents) {
        final Lot base = TestLots.registered(lotId, "06901234567892", "Choy sum", new BigDecimal("250"), "kg",
                "ProducerMSP", "x509::CN=farmer", T0, "tx-" + lotId);
        return new Lot(base.lotId(), base.traceCode(), base.digitalLink(), base.productCode(), null, base.productName(), null,
                base.quantity(), base.unit(), parents.length == 0 ? new LotOrigin("Conghua Farm", null, "440117", null)
                        : null, base.holderMspId(), base.status(), null, null, List.of(parents),
                parents.length == 0 ? base.lotId() : parents[0], null, null, null, null, null, base.registeredBy(), T0,
                base.registrationTxId(), T0, base.updatedTxId());
    }

    private static TrackingEvent event(final String id, final EventKind kind, final String... lots) {
        return new TrackingEvent(id.repeat(64), EventBody.of(kind, "commissioning", "active", "ProducerMSP", "farmer",
                T0, null, List.of(lots), null, null).withQuantity(new BigDecimal("250"), "kg"), T0, "tx-" + id);
    }

    private static TraceResult backTrace() {
        return new TraceResult("BACK", List.of("R1"), List.of(lot("R1", "B1"), lot("B1", "F1", "F2"), lot("F1"),
                lot("F2")), List.of(new TraceResult.Edge("B1", "R1"), new TraceResult.Edge("F1", "B1"),
                        new TraceResult.Edge("F2", "B1")),
                List.of(event("a", EventKind.REGISTER, "F1"), event("b", EventKind.REGISTER, "F2")), List.of(), false,
                List.of());
    }

    @Test
    void register_lot_sends_origin_and_category() {
        gateway.respond("RegisterLot", call -> utf8(LedgerJson.toJson(lot("F1"))));

        final int exit = run("food", "register-lot", "--org", "producer", "--user", "farmer", "--lot", "F1",
                "--product-code", "06901234567892", "--product-name", "Choy sum", "--quantity", "250", "--unit", "kg",
                "--category", "vegetables", "--origin-producer", "Conghua Farm", "--origin-region", "440117",
                "--produced-on", "2026-01-04");

        assertThat(exit).as(err.toString()).isZero();
        final RegisterLotRequest sent = LedgerJson.fromJson(gateway.lastCall().arguments().get(0),
                RegisterLotRequest.class);
        assertThat(sent.category()).isEqualTo("vegetables");
        assertThat(sent.origin()).isEqualTo(new LotOrigin("Conghua Farm", null, "440117",
                java.time.LocalDate.parse("2026-01-04")));
        assertThat(out.toString()).contains("RegisterLot committed: tx ");
    }

    @Test
    void ship_reads_the_terms_file_into_the_transient_map() throws Exception {
        gateway.respond("Ship", call -> utf8(LedgerJson.toJson(event("c", EventKind.SHIP, "R1"))));
        final Path terms = Files.writeString(home.resolve("terms.json"),
                "{\"price\": 1250.50, \"currency\": \"CNY\", \"contractNumber\": \"PO-7\"}");

        final int exit = run("food", "ship", "--org", "producer", "--user", "processor", "--lot", "R1", "--to",
                "DistributorMSP", "--terms-file", terms.toString(), "--json");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(gateway.lastCall().transientData()).containsEntry("terms",
                "{\"contractNumber\":\"PO-7\",\"currency\":\"CNY\",\"price\":1250.5}");
        assertThat(gateway.lastCall().arguments().get(0)).doesNotContain("PO-7");
        assertThat(out.toString()).contains("\"transactionId\"").contains("\"blockNumber\"");
    }

    @Test
    void a_malformed_terms_file_is_a_usage_error_and_nothing_is_sent() throws Exception {
        final Path terms = Files.writeString(home.resolve("terms.json"), "{\"price\": \"cheap\"}");

        final int exit = run("food", "receive", "--org", "distributor", "--user", "carrier", "--lot", "R1",
                "--terms-file", terms.toString());

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--terms-file");
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void sensor_reads_csv_readings() throws Exception {
        gateway.respond("RecordSensorReadings", call -> utf8(LedgerJson.toJson(new SensorReportResult(
                event("d", EventKind.SENSOR, "R1"), null))));
        final Path csv = Files.writeString(home.resolve("readings.csv"),
                "time,value\n2026-01-01T00:00:10Z,3.2\n2026-01-01T00:00:20Z,8.9\n", StandardCharsets.UTF_8);

        final int exit = run("food", "sensor", "--org", "distributor", "--user", "carrier", "--lot", "R1,R2",
                "--device", "truck-1", "--unit", "Cel", "--max", "5", "--readings", csv.toString());

        assertThat(exit).as(err.toString()).isZero();
        final SensorReadingsRequest sent = LedgerJson.fromJson(gateway.lastCall().arguments().get(0),
                SensorReadingsRequest.class);
        assertThat(sent.lotIds()).containsExactly("R1", "R2");
        assertThat(sent.readings()).hasSize(2);
        assertThat(sent.readings().get(1).value()).isEqualByComparingTo("8.9");
    }

    @Test
    void trace_back_prints_an_indented_tree_and_json_on_request() {
        gateway.respond("TraceBack", call -> utf8(LedgerJson.toJson(backTrace())));

        final int exit = run("food", "trace", "back", "R1", "--org", "regulator", "--user", "regulator");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(LedgerJson.fromJson(gateway.lastCall().arguments().get(0), TraceRequest.class).lotId())
                .isEqualTo("R1");
        assertThat(out.toString()).contains(
                "R1  Choy sum  250 kg  ProducerMSP  ACTIVE\n"
                        + "└─ B1  Choy sum  250 kg  ProducerMSP  ACTIVE\n"
                        + "   ├─ F1  Choy sum  250 kg  ProducerMSP  ACTIVE  from Conghua Farm (440117)\n"
                        + "   └─ F2  Choy sum  250 kg  ProducerMSP  ACTIVE  from Conghua Farm (440117)\n",
                "4 lots, 2 events, 0 documents");

        out.getBuffer().setLength(0);
        assertThat(run("food", "trace", "back", "R1", "--org", "regulator", "--user", "regulator", "--json")).isZero();
        assertThat(LedgerJson.fromJson(LedgerJson.readTree(out.toString()).toString(), TraceResult.class))
                .isEqualTo(backTrace());
    }

    @Test
    void export_fsma_csv_for_a_lot_merges_both_traces_into_the_file() throws Exception {
        gateway.respond("TraceBack", call -> utf8(LedgerJson.toJson(backTrace())));
        gateway.respond("TraceForward", call -> utf8(LedgerJson.toJson(new TraceResult("FORWARD", List.of("R1"),
                List.of(lot("R1", "B1")), List.of(), List.of(event("a", EventKind.REGISTER, "F1")), List.of(), false,
                List.of()))));
        final Path file = home.resolve("r1.csv");

        final int exit = run("food", "export", "fsma-csv", "--lot", "R1", "--out", file.toString(), "--org",
                "regulator", "--user", "regulator");

        assertThat(exit).as(err.toString()).isZero();
        final List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        // One row per critical tracking event: each farm lot's registration is its harvest.
        assertThat(lines.get(0)).startsWith("Critical Tracking Event,Traceability Lot Code,Product Description,");
        assertThat(lines.get(1)).startsWith("Harvesting,F1,Choy sum,,250,kg,2026-01-05T01:00:00Z,");
        assertThat(lines.get(2)).startsWith("Harvesting,F2,Choy sum,,250,kg,2026-01-05T01:00:00Z,");
    }

    @Test
    void export_epcis_for_a_date_range_pages_lots_and_events() {
        gateway.respond("LotsByRegistrationDate", call -> utf8(LedgerJson.toJson(new ResultPage<>(List.of(lot("F1")),
                ""))));
        gateway.respond("EventsByLot", call -> {
            final LotQuery query = LedgerJson.fromJson(call.arguments().get(0), LotQuery.class);
            return utf8(LedgerJson.toJson(new ResultPage<>(List.of(event("a", EventKind.REGISTER, query.lotId())), "")));
        });
        // A date range has no trace to carry master data: the export reads the parties its events name.
        gateway.respond("GetParty", call -> utf8(LedgerJson.toJson(new PartyRecord("ProducerMSP",
                "Conghua Green Farm Cooperative", "+86 20 6188 1001", null, "6901234000030", null, null, T0, T0,
                "x509::CN=admin", "tx-0"))));

        final int exit = run("food", "export", "epcis", "--from", "2026-01-05", "--to", "2026-01-05", "--org",
                "regulator", "--user", "regulator");

        assertThat(exit).as(err.toString()).isZero();
        final LotQuery range = LedgerJson.fromJson(gateway.calls().get(0).arguments().get(0), LotQuery.class);
        assertThat(range.registeredFrom()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(range.registeredTo()).isEqualTo(Instant.parse("2026-01-06T00:00:00Z"));
        assertThat(out.toString()).contains("\"type\" : \"EPCISDocument\"")
                .contains("\"epcClass\" : \"urn:tracechain:lot:F1\"")
                .contains("https://id.gs1.org/417/6901234000030");
    }

    @Test
    void export_needs_a_lot_or_a_date_range() {
        assertThat(run("food", "export", "epcis", "--org", "regulator", "--user", "regulator"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("food", "export", "xml", "--lot", "L1", "--org", "regulator", "--user", "regulator"))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void recall_status_lists_holders_and_who_is_missing() {
        final RecallRecord recall = new RecallRecord("R-1", "F2", "pesticide", List.of(), "RegulatorMSP", "regulator",
                T0, "tx-r", true, 1, 5, 0, 0, List.of("DistributorMSP", "ProducerMSP"), T0);
        gateway.respond("RecallStatus", call -> utf8(LedgerJson.toJson(new RecallStatusView(recall, List.of(
                new RecallStatusView.HolderAcknowledgement("DistributorMSP", false, null),
                new RecallStatusView.HolderAcknowledgement("ProducerMSP", true,
                        new org.tracechain.model.food.RecallAcknowledgement("R-1", "ProducerMSP", "processor", T0,
                                "tx-a", "quarantined"))), List.of("DistributorMSP")))));

        final int exit = run("food", "recall-status", "R-1", "--org", "regulator", "--user", "regulator");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Recall R-1 of F2: pesticide (5 lots, complete)")
                .contains("DistributorMSP").contains("NO").contains("quarantined")
                .contains("Not acknowledged: DistributorMSP");
    }

    @Test
    void refusals_print_the_food_error_code_and_exit_1() {
        gateway.respond("Hold", call -> {
            throw FakeGateway.endorseRefusal("[NOT_AN_AUTHORITY] ProducerMSP is not an authority organisation");
        });

        final int exit = run("food", "hold", "--lot", "L1", "--reason", "test", "--org", "producer", "--user", "farmer");

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("[NOT_AN_AUTHORITY]").contains("(tx ");
        assertThat(Map.of()).isEmpty();
    }
}
