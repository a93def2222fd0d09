// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code <home>/network.json} remembers between commands: which topology the data belongs to, which orderers
 * and peers have a ledger (they started at least once: their data directory must exist from then on), and for each
 * chaincode the package each organisation runs, the committed sequence, whether it has been configured, and the
 * ledger layout of the jar deployed.
 */
record NetworkState(String topologyFingerprint, Map<String, ChaincodeState> chaincodes, Set<String> nodesWithData) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    NetworkState {
        chaincodes = new TreeMap<>(chaincodes);
        // Absent in homes written before nodes were recorded.
        nodesWithData = nodesWithData == null ? new TreeSet<>() : new TreeSet<>(nodesWithData);
    }

    /** What {@link ChaincodeState#ledgerLayout()} holds for a jar that declares no ledger layout. */
    static final String NO_LEDGER_LAYOUT = "";

    /**
     * @param packageIds organisation name → the package id its peer and chaincode server use
     * @param ledgerLayout the deployed jar's {@link org.tracechain.network.chaincode.LedgerLayout} ({@code
     *     foodtrace/1}), {@link #NO_LEDGER_LAYOUT} if it declares none, null in homes written before layouts were
     *     recorded
     */
    record ChaincodeState(Map<String, String> packageIds, long sequence, boolean configured, String ledgerLayout) {
        ChaincodeState {
            packageIds = new TreeMap<>(packageIds);
        }
    }

    /** Where a network's home keeps its state: {@code network.json}. */
    static Path file(final Path home) {
        return home.resolve("network.json");
    }

    static Optional<NetworkState> read(final Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), NetworkState.class));
        } catch (IOException e) {
            throw new NetworkException("the network state " + file + " is corrupt (" + e.getMessage()
                    + "); run 'tracechain network clean' to start over");
        }
    }

    void write(final Path file) {
        try {
            final Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NetworkException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    NetworkState with(final String chaincode, final ChaincodeState state) {
        final Map<String, ChaincodeState> copy = new TreeMap<>(chaincodes);
        copy.put(chaincode, state);
        return new NetworkState(topologyFingerprint, copy, nodesWithData);
    }

    /** This state with {@code nodes} recorded as having a ledger. */
    NetworkState withData(final Collection<String> nodes) {
        final Set<String> all = new TreeSet<>(nodesWithData);
        all.addAll(nodes);
        return new NetworkState(topologyFingerprint, chaincodes, all);
    }

    /** This state with {@code node} no longer expected to have a ledger (it is being rebuilt). */
    NetworkState withoutData(final String node) {
        final Set<String> all = new TreeSet<>(nodesWithData);
        all.remove(node);
        return new NetworkState(topologyFingerprint, chaincodes, all);
    }
}
