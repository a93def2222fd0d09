// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.LedgerClient;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NetworkException;
import org.tracechain.network.chaincode.LedgerLayout;
import org.tracechain.network.process.CommandRunner;

/**
 * Redeploying a changed chaincode jar moves its definition to the next sequence, restarts its server under
 * the new package id, and keeps the ledger; a jar of another ledger layout is refused before anything changes. Runs after the domain tests, before the restart test.
 */
@ExtendWith(LiveNetworkExtension.class)
@Order(100)
class RedeployIT {

    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\"\\s*:\\s*(\\d+)");
    private static final Path CHAINCODE = Path.of(System.getProperty("tracechain.chaincode.dir", "../chaincode/target"));

    @Test
    void a_changed_chaincode_jar_is_committed_at_the_next_sequence(final FabricNetwork network, @TempDir final Path dir)
            throws Exception {
        final String lotId = Ids.unique("LOT");
        try (LedgerClient farmer = LiveNetworkExtension.connect(network.home(), "producer", "farmer", "producer")) {
            NetworkFoundationIT.foodtrace(farmer).submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                    new RegisterLotRequest(lotId, "06901234567892", "Water spinach", BigDecimal.TEN, "kg")));
        }
        final long before = committedSequence(network);
        // Same code, one extra resource: a different jar digest, so a different package id.
        copyWithMarker(CHAINCODE.resolve("foodtrace-chaincode.jar"), dir.resolve("foodtrace-chaincode.jar"));
        Files.copy(CHAINCODE.resolve("govdir-chaincode.jar"), dir.resolve("govdir-chaincode.jar"));

        network.withChaincodeDir(dir).up();

        assertThat(committedSequence(network)).isEqualTo(before + 1);
        try (LedgerClient carrier = LiveNetworkExtension.connect(network.home(), "distributor", "carrier", "distributor");
                LedgerClient farmer = LiveNetworkExtension.connect(network.home(), "producer", "farmer", "producer")) {
            final Lot lot = NetworkFoundationIT.foodtrace(carrier).evaluateJson(FoodTransaction.GET_LOT, Lot.class, lotId);
            assertThat(lot.lotId()).isEqualTo(lotId);
            assertThat(NetworkFoundationIT.foodtrace(farmer).submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                    new RegisterLotRequest(Ids.unique("LOT"), "06901234567892", "Amaranth", BigDecimal.ONE, "kg")))
                    .validationCode()).isEqualTo("VALID");
        }
        // Deploying the original jar again is one more sequence (the package id changed back).
        network.up();
        assertThat(committedSequence(network)).isEqualTo(before + 2);
    }

    @Test
    void a_jar_of_another_ledger_layout_is_refused_and_the_deployed_chaincode_keeps_serving(
            final FabricNetwork network, @TempDir final Path dir) throws Exception {
        final String lotId = Ids.unique("LOT");
        try (LedgerClient farmer = LiveNetworkExtension.connect(network.home(), "producer", "farmer", "producer")) {
            NetworkFoundationIT.foodtrace(farmer).submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                    new RegisterLotRequest(lotId, "06901234567892", "Water spinach", BigDecimal.TEN, "kg")));
        }
        final long before = committedSequence(network);
        final Optional<LedgerLayout> declared = LedgerLayout.declaredBy(CHAINCODE.resolve("foodtrace-chaincode.jar"));
        assertThat(declared).as("the foodtrace jar declares its ledger layout").isPresent();
        final LedgerLayout deployed = declared.orElseThrow();
        final LedgerLayout next = new LedgerLayout(deployed.chaincode(), deployed.version() + 1);
        copyWith(CHAINCODE.resolve("foodtrace-chaincode.jar"), dir.resolve("foodtrace-chaincode.jar"),
                LedgerLayout.RESOURCE, "chaincode=" + next.chaincode() + "\nlayout=" + next.version() + "\n");
        Files.copy(CHAINCODE.resolve("govdir-chaincode.jar"), dir.resolve("govdir-chaincode.jar"));

        assertThatThrownBy(() -> network.withChaincodeDir(dir).up()).isInstanceOf(NetworkException.class)
                .hasMessageContaining("keeps its ledger in layout foodtrace/" + deployed.version())
                .hasMessageContaining("reads and writes layout foodtrace/" + next.version())
                .hasMessageContaining("nothing was started or changed");

        assertThat(committedSequence(network)).isEqualTo(before);
        try (LedgerClient carrier = LiveNetworkExtension.connect(network.home(), "distributor", "carrier",
                "distributor")) {
            assertThat(NetworkFoundationIT.foodtrace(carrier).evaluateJson(FoodTransaction.GET_LOT, Lot.class, lotId)
                    .lotId()).isEqualTo(lotId);
        }
    }

    private static long committedSequence(final FabricNetwork network) {
        final CommandRunner.Result result = network.adminCli("producer").run("lifecycle", "chaincode",
                "querycommitted", "--channelID", "foodtrace", "--name", "foodtrace", "--output", "json");
        assertThat(result.ok()).as(result.output()).isTrue();
        final Matcher m = SEQUENCE.matcher(result.output());
        assertThat(m.find()).as(result.output()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static void copyWithMarker(final Path source, final Path target) throws IOException {
        copyWith(source, target, "META-INF/tracechain-redeploy.txt", "redeployed by RedeployIT");
    }

    /** Copies the jar with {@code name} added, or replaced by {@code content}. */
    private static void copyWith(final Path source, final Path target, final String name, final String content)
            throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            final Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                final ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(name)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            final OutputStream stream = out;
            stream.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}
