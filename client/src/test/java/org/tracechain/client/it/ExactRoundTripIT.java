// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.cli.LedgerClientFactory;
import org.tracechain.client.cli.TraceChainCli;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.process.CommandRunner;
import picocli.CommandLine;

/**
 * Extreme decimals (to the bounds a quantity allows: 18 integer digits, 6 decimals) and text beyond ASCII, stored
 * through the SDK and read back through three clients, byte for byte: the SDK, the {@code tracechain} command line
 * ({@code --json}) and Fabric's {@code peer} command line; and the value read is exactly the value sent (trailing
 * zeros aside, which the codec drops: {@code 120.50} is stored as {@code 120.5}).
 */
@ExtendWith(LiveNetworkExtension.class)
@Order(5)
class ExactRoundTripIT {

    record Sample(String name, String quantity, String productName) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Sample> samples() {
        return Stream.of(
                new Sample("18 integer digits and 6 decimals", "123456789012345678.123456", "菜心 Choy sum"),
                new Sample("a millionth", "0.000001", "广州 增城 迟菜心"),
                new Sample("the largest quantity: 18 integer digits, 6 decimals", "999999999999999999.999999",
                        "e\u0301 combining acute"),
                new Sample("24 significant digits", "100000000000000000.000001", "🍚 rice, 👨‍👩‍👧 family, 🇨🇳 flag"),
                new Sample("a supplementary ideograph", "7", "𠀋𠀌 U+2000B"),
                new Sample("right-to-left and a zero-width joiner", "12.5", "سبزی \u200d קורט"),
                new Sample("a power of ten with trailing zeros", "100000000000000000.000000", "Ⅻ ½ ﬁ ℃"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void the_sdk_the_command_line_and_the_peer_cli_read_the_same_bytes_and_the_value_sent(final Sample sample,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer, final FabricNetwork network)
            throws Exception {
        final String lotId = Ids.unique("EXACT");
        final BigDecimal quantity = new BigDecimal(sample.quantity());
        farmer.contract("foodtrace", "foodtrace").submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                new RegisterLotRequest(lotId, "06901234567892", sample.productName(), quantity, "kg")));

        final byte[] sdk = farmer.contract("foodtrace", "foodtrace").evaluate(FoodTransaction.GET_LOT, lotId);
        final byte[] cli = tracechainCli(network, "--org", "producer", "--user", "farmer", "--json", "food",
                "get-lot", lotId);
        final CommandRunner.Result peer = network.userCli("producer", "farmer").run("chaincode", "query",
                "--channelID", "foodtrace", "--name", "foodtrace", "-c",
                new ObjectMapper().writeValueAsString(Map.of("Args", List.of(FoodTransaction.GET_LOT, lotId))));

        assertThat(peer.ok()).as(peer.output()).isTrue();
        assertThat(cli).isEqualTo(withNewline(sdk));
        assertThat(lastLine(peer.output())).isEqualTo(new String(sdk, StandardCharsets.UTF_8));
        final Lot lot = LedgerJson.fromBytes(sdk, Lot.class);
        assertThat(lot.quantity().toPlainString()).isEqualTo(quantity.stripTrailingZeros().toPlainString());
        assertThat(lot.quantity()).isEqualByComparingTo(quantity);
        assertThat(lot.productName()).isEqualTo(sample.productName());
        // The value is in the ledger's bytes written out in full, never as a double or in exponent notation.
        assertThat(new String(sdk, StandardCharsets.UTF_8)).contains("\"quantity\":"
                + quantity.stripTrailingZeros().toPlainString());
    }

    /** Runs the {@code tracechain} command line in this JVM and returns the bytes it printed on stdout. */
    private static byte[] tracechainCli(final FabricNetwork network, final String... args) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final String[] all = Stream.concat(Stream.of("--home", network.home().toString()), Arrays.stream(args))
                .toArray(String[]::new);
        final CommandLine cli = TraceChainCli.newCommandLine(LedgerClientFactory.FROM_HOME, Map.of(), all);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        final int exit = cli.execute(all);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        cli.getOut().flush();
        return out.toByteArray();
    }

    private static byte[] withNewline(final byte[] bytes) {
        final byte[] result = Arrays.copyOf(bytes, bytes.length + 1);
        result[bytes.length] = '\n';
        return result;
    }

    /** The peer CLI prints the payload on the last line (after any warnings of its own). */
    private static String lastLine(final String output) {
        final List<String> lines = output.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
