// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.supervisor;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * What the supervisor did for one node ({@code run/<node>.restarts.json}), for {@code network status}.
 *
 * @param restarts how many times it was restarted since the network came up
 * @param lastRestart when it was last restarted (ISO-8601), or null
 * @param note the latest thing worth telling, e.g. why it is not restarted
 */
public record RestartRecord(int restarts, String lastRestart, String note) {

    static final String SUFFIX = ".restarts.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The record of {@code node} in {@code runDir}, if the supervisor has written one. */
    public static Optional<RestartRecord> read(final Path runDir, final String node) {
        final Path file = runDir.resolve(node + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), RestartRecord.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Removes the records of every node, e.g. when {@code up} starts the network afresh. */
    public static void clearAll(final Path runDir) throws IOException {
        if (!Files.isDirectory(runDir)) {
            return;
        }
        try (var files = Files.list(runDir)) {
            for (final Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    void write(final Path runDir, final String node) throws IOException {
        final Path tmp = runDir.resolve(node + SUFFIX + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, runDir.resolve(node + SUFFIX), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
