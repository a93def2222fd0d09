// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracechain.network.NetworkException;

/**
 * How a node was last started ({@code run/<node>.launch.json}): enough for a supervisor, which knows nothing of
 * topologies, to start it again the same way. Owner-only: the environment names key files.
 *
 * @param requires a path that must exist before the node may be started again (its ledger), or null
 * @param stopSignal the signal that asks the node to stop ({@code INT} for PostgreSQL's fast shutdown), or null for
 *                   SIGTERM; absent in specs written before it was recorded
 */
record LaunchSpec(List<String> command, Map<String, String> environment, String workDir, String log,
        String requires, String stopSignal) {

    static final String SUFFIX = ".launch.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    LaunchSpec {
        command = List.copyOf(command);
        environment = new TreeMap<>(environment);
    }

    static void write(final Path file, final LaunchSpec spec) throws IOException {
        final Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), spec);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static LaunchSpec read(final Path file) {
        try {
            return JSON.readValue(file.toFile(), LaunchSpec.class);
        } catch (IOException e) {
            throw new NetworkException("cannot read how this node was started, " + file + ": " + e.getMessage(), e);
        }
    }
}
