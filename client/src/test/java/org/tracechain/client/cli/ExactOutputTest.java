// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.client.testing.FakeGateway.utf8;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.directory.DirectoryRecords;
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.json.LedgerJson;

/**
 * Decimals and text reach the ledger exactly as typed and come back exactly as the chaincode returned them: byte for
 * byte with {@code --json}, and in text never through floating point.
 */
class ExactOutputTest {

    static final String HUGE = "123456789012345678.123456";
    static final String NAME = "有机大米 🍚 café 👨‍👩‍👧";   // Chinese, emoji, a combining acute accent, a ZWJ family

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

    static Lot lot(final String quantity, final String name) {
        return TestLots.registered("L1", "06901234567892", name, new BigDecimal(quantity), "kg", "ProducerMSP",
                "x509::CN=farmer", Instant.parse("2026-01-05T01:00:00Z"), "tx-1");
    }

    private static byte[] line(final String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_read_with_json_prints_the_chaincode_bytes_exactly_even_when_they_are_not_canonical() {
        // Valid JSON the shared codec would never write: unsorted keys, trailing zeros, an exponent, \\u escapes.
        final String payload = "{\"quantity\":120.50,\"lotId\":\"L1\",\"tiny\":1e-7,\"productName\":\"\\u6709\\u673a\","
                + "\"name\":\"" + NAME + "\",\"key\":\"\\u0000lot\\u0000L1\\u0000\"}";
        cli.gateway.respond("GetLot", call -> utf8(payload));

        assertThat(cli.run("--org", "distributor", "--user", "carrier", "food", "get-lot", "L1", "--json")).isZero();

        assertThat(cli.outBytes()).isEqualTo(line(payload));
    }

    @Test
    void extreme_decimals_and_non_ascii_text_round_trip_through_json_byte_for_byte() {
        for (final String quantity : List.of(HUGE, "0.000001", "0.000000000000000000000000000001",
                "3.14159265358979323846264338327950288419716939937510582097494459", "1E+40", "120.50", "-0.0")) {
            final byte[] ledger = LedgerJson.toBytes(lot(quantity, NAME));
            cli.gateway.respond("GetLot", call -> ledger);

            assertThat(cli.run("--org", "distributor", "--user", "carrier", "food", "get-lot", "L1", "--json"))
                    .isZero();

            assertThat(cli.outBytes()).as(quantity).isEqualTo(line(new String(ledger, StandardCharsets.UTF_8)));
        }
        assertThat(cli.out()).contains("\"productName\":\"" + NAME + "\"");
    }

    @Test
    void text_output_shows_decimals_in_full_plain_notation_and_text_unchanged() {
        cli.gateway.respond("GetLot", call -> LedgerJson.toBytes(lot(HUGE, NAME)));

        assertThat(cli.run("--org", "distributor", "--user", "carrier", "food", "get-lot", "L1")).isZero();

        assertThat(cli.out()).isEqualTo("""
                Field             Value
                ----------------  -------------------------
                digitalLink       urn:tracechain:lot:L1
                holderMspId       ProducerMSP
                lineageId         L1
                lotId             L1
                parentLotIds      []
                productCode       06901234567892
                productName       有机大米 🍚 café 👨‍👩‍👧
                quantity          123456789012345678.123456
                registeredAt      2026-01-05T01:00:00Z
                registeredBy      x509::CN=farmer
                registrationTxId  tx-1
                status            ACTIVE
                traceCode         L1
                unit              kg
                updatedAt         2026-01-05T01:00:00Z
                updatedTxId       tx-1
                """);
        cli.gateway.respond("GetLot", call -> LedgerJson.toBytes(lot("0.000000000000000000000000000001", "x")));
        cli.run("--org", "distributor", "--user", "carrier", "food", "get-lot", "L1");
        assertThat(cli.out()).contains("\nquantity          0.000000000000000000000000000001\n");
    }

    @Test
    void decimal_options_are_sent_exactly_and_refused_when_the_ledger_could_not_read_them() {
        cli.gateway.respond("RegisterLot", call -> LedgerJson.toBytes(lot(HUGE, NAME)));
        cli.gateway.respond("Inspect", call -> utf8("{}"));

        assertThat(cli.run("--org", "producer", "--user", "farmer", "food", "register-lot", "--lot", "L1",
                "--product-code", "06901234567892", "--product-name", NAME, "--quantity", HUGE, "--unit", "kg")).isZero();
        assertThat(cli.gateway.lastCall().arguments().get(0)).isEqualTo(
                "{\"lotId\":\"L1\",\"productCode\":\"06901234567892\",\"productName\":\"" + NAME + "\",\"quantity\":"
                        + HUGE + ",\"unit\":\"kg\"}");
        assertThat(LedgerJson.fromJson(cli.gateway.lastCall().arguments().get(0), RegisterLotRequest.class).quantity())
                .isEqualTo(new BigDecimal(HUGE));

        assertThat(cli.run("--org", "producer", "--user", "inspector", "food", "inspect", "--lot", "L1", "--analyte",
                "lead", "--result", "0.000001", "--limit", "1E+3", "--unit", "mg/kg")).isZero();
        final InspectRequest inspected = LedgerJson.fromJson(cli.gateway.lastCall().arguments().get(0), InspectRequest.class);
        assertThat(cli.gateway.lastCall().arguments().get(0)).contains("\"result\":0.000001").contains("\"limit\":1000");
        assertThat(inspected.result()).isEqualByComparingTo("0.000001");

        // BigDecimal has no negative zero: -0.0 is zero, sent as 0.
        final int exit = cli.run("--org", "producer", "--user", "inspector", "food", "inspect", "--lot", "L1",
                "--analyte", "lead", "--result", "-0.0", "--passed", "true", "--unit", "mg/kg");
        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.gateway.lastCall().arguments().get(0)).contains("\"result\":0,");

        final int calls = cli.gateway.calls().size();
        assertThat(cli.run("--org", "producer", "--user", "farmer", "food", "register-lot", "--lot", "L2",
                "--product-code", "P", "--product-name", "N", "--quantity", "1e2000", "--unit", "kg"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("'1e2000' has more than 1000 characters written out in full");
        assertThat(cli.gateway.calls()).hasSize(calls);
    }

    @Test
    void a_write_with_json_splices_the_chaincode_result_bytes_into_the_envelope() {
        final byte[] ledger = LedgerJson.toBytes(lot(HUGE, NAME));
        cli.gateway.respond("RegisterLot", call -> ledger);

        assertThat(cli.run("--org", "producer", "--user", "farmer", "food", "register-lot", "--lot", "L1",
                "--product-code", "06901234567892", "--product-name", NAME, "--quantity", HUGE, "--unit", "kg",
                "--json")).isZero();

        assertThat(cli.outBytes()).isEqualTo(line("{\"blockNumber\":5,\"result\":" + new String(ledger,
                StandardCharsets.UTF_8) + ",\"transactionId\":\"" + cli.gateway.lastCall().transactionId()
                + "\",\"validationCode\":\"VALID\"}"));
    }

    @Test
    void composite_keys_stay_exact_in_json_and_read_as_parts_in_text() {
        final EntryVersion version = DirectoryRecords.version("GB-001", "CIVIL-AFFAIRS", 2, PublicationState.PUBLISHED,
                DirectoryRecords.penalties().metadata());
        final byte[] ledger = LedgerJson.toBytes(version);
        cli.gateway.respond("GetEntry", call -> ledger);

        assertThat(cli.run("--org", "civil", "--user", "cataloger", "dir", "entry", "get", "GB-001", "--json")).isZero();
        assertThat(cli.outBytes()).isEqualTo(line(new String(ledger, StandardCharsets.UTF_8)));
        assertThat(cli.out()).contains("\"previousVersionKey\":\"\\u0000entryver\\u0000GB-001\\u0000000001\\u0000\"");

        assertThat(cli.run("--org", "civil", "--user", "cataloger", "dir", "entry", "get", "GB-001")).isZero();
        assertThat(cli.out()).contains("\npreviousVersionKey  entryver/GB-001/000001\n").doesNotContain("\u0000");
    }

    @Test
    void a_merged_trace_prints_in_the_canonical_form_the_chaincode_writes() {
        final TraceResult page = new TraceResult("BACK", List.of("L1"), List.of(lot(HUGE, NAME)), List.of(),
                List.of(), List.of(), false, List.of());
        cli.gateway.respond("TraceBack", call -> LedgerJson.toBytes(page));

        assertThat(cli.run("--org", "regulator", "--user", "regulator", "food", "trace", "back", "L1", "--all",
                "--json")).isZero();

        assertThat(cli.outBytes()).isEqualTo(line(LedgerJson.toJson(page)));
    }

    @Test
    void a_result_that_is_not_utf8_is_refused_rather_than_printed_altered() {
        cli.gateway.respond("GetLot", call -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'});

        assertThat(cli.run("--org", "distributor", "--user", "carrier", "food", "get-lot", "L1", "--json"))
                .isEqualTo(ExitCodes.FAILED);

        assertThat(cli.err()).startsWith("error: the chaincode's result is not UTF-8 text (9 bytes); refusing to print it altered");
        assertThat(cli.out()).startsWith("{\"error\":{");
    }
}
