// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.network.FabricNetwork;

/**
 * After the other tests have run on the shared network, no node has written the private trade terms they sent
 * (contract numbers, prices, delivery terms, carried in the transient map and kept in private data) into any log;
 * every log is readable by its owner only, and so is every node's directory, ledger included. Runs just before
 * {@code RestartIT}, the last class.
 */
@ExtendWith(LiveNetworkExtension.class)
@Order(Integer.MAX_VALUE - 1)
class LogSecrecyIT {

    /** Values only the private terms of {@code GuangdongCaseIT} carry. */
    private static final List<String> SECRETS = List.of("GZ-PO-", "GZ-RA-", "FOB Baiyun", "received cold", "1250.50");

    @Test
    void no_log_holds_a_private_term_and_every_log_is_private(final FabricNetwork network) throws IOException {
        final List<Path> nodes;
        try (Stream<Path> dirs = Files.list(network.home().resolve("nodes"))) {
            nodes = dirs.filter(Files::isDirectory).toList();
        }
        final List<Path> logs = new ArrayList<>();
        for (final Path node : nodes) {
            // Ledgers hold private data in the clear, in files Fabric makes world-readable: the directory keeps it in.
            assertThat(Files.getPosixFilePermissions(node)).as("%s", node).isEqualTo(Set.of(
                    PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
            try (Stream<Path> files = Files.list(node)) {
                files.filter(p -> p.getFileName().toString().matches(Pattern.quote(node.getFileName().toString())
                        + "\\.log(\\.\\d)?")).forEach(logs::add);
            }
        }
        assertThat(logs).as("peers, orderers, chaincode servers and the supervisor log")
                .anyMatch(p -> p.getFileName().toString().startsWith("peer0."))
                .anyMatch(p -> p.getFileName().toString().startsWith("orderer"))
                .anyMatch(p -> p.getFileName().toString().startsWith("chaincode."));
        for (final Path log : logs) {
            final String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            for (final String secret : SECRETS) {
                assertThat(text).as("%s must not contain %s", log, secret).doesNotContain(secret);
            }
            assertThat(Files.getPosixFilePermissions(log)).as("%s", log)
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }
}
