// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A benchmark's settings, checked.
 *
 * @param clients client counts, each run with both workloads
 * @param warmup load before each measured window that is not measured
 * @param window each measured window
 * @param out where the report files go
 * @param home the benchmark network's home (deleted and created afresh)
 * @param basePort the network's port block
 * @param chaincodeDir the project's chaincode jars
 * @param ceilingJar the ceiling chaincode's jar
 * @param traceLots sizes of the lineages traced after the load runs, in lots (none: no trace benchmark)
 * @param directoryEntries catalog entries of the directory benchmark (0: none)
 */
record BenchSettings(List<Integer> clients, Duration warmup, Duration window, Path out, Path home, int basePort,
        Path chaincodeDir, Path ceilingJar, List<Integer> traceLots, int directoryEntries) {

    /** The port block's size: nodes at base+10..+89, PostgreSQL base+800, chaincode servers base+900 onwards. */
    static final int BLOCK = 1000;

    BenchSettings {
        clients = List.copyOf(clients);
        traceLots = List.copyOf(traceLots);
        require(traceLots.stream().allMatch(lots -> LineageShape.of(lots).isPresent()), "--trace must list lineage "
                + "sizes from 3 to 10000 lots that two splits of at most 100 lots make, e.g. 100,1000,10000");
        require(directoryEntries == 0 || directoryEntries >= BeijingCatalog.DEPARTMENTS
                && directoryEntries <= 100_000, "--directory must be " + BeijingCatalog.DEPARTMENTS
                + " to 100000 entries (one department at least one), e.g. 5000");
        require(!clients.isEmpty() && clients.stream().allMatch(c -> c >= 1 && c <= 1024),
                "--clients must list counts from 1 to 1024, e.g. 1,16,64");
        require(!warmup.isNegative(), "--warmup must not be negative");
        require(window.toSeconds() >= 1, "--seconds must be at least 1");
        require(basePort >= 1024 && basePort + BLOCK <= 65536, "--base-port must leave a block of " + BLOCK
                + " ports below 65536");
    }

    private static void require(final boolean condition, final String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
