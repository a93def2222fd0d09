// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@code <home>/network.json} remembers between commands: which topology the data belongs to, and for each
 * chaincode the package each organisation runs, the committed sequence, and whether it has been configured.
 */
record NetworkState(String topologyFingerprint, Map<String, ChaincodeState> chaincodes) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    NetworkState {
        chaincodes = new TreeMap<>(chaincodes);
    }

    /** @param packageIds organisation name → the package id its peer and chaincode server use */
    record ChaincodeState(Map<String, String> packageIds, long sequence, boolean configured) {
        ChaincodeState {
            packageIds = new TreeMap<>(packageIds);
        }
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
        return new NetworkState(topologyFingerprint, copy);
    }
}
