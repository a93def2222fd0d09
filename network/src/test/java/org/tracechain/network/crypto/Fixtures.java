// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Organisations used by the crypto tests, and a snapshot of a directory tree. */
final class Fixtures {

    private Fixtures() {}

    static OrgCrypto farm() {
        return new OrgCrypto("Farm", "FarmMSP", "farm.tracechain.test", false,
                List.of(new NodeIdentity("peer0"), new NodeIdentity("peer1")),
                List.of(UserIdentity.admin("Admin"), UserIdentity.client("farmer", Map.of("role", "producer")),
                        UserIdentity.client("clerk", Map.of())));
    }

    static OrgCrypto orderers() {
        return new OrgCrypto("Orderer", "OrdererMSP", "orderer.tracechain.test", true,
                List.of(new NodeIdentity("orderer1")), List.of(UserIdentity.admin("Admin")));
    }

    /** Relative path → content of every regular file below {@code dir}. */
    static Map<String, byte[]> snapshot(final Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            final Map<String, byte[]> result = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                result.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
