// SPDX-License-Identifier: Apache-2.0
package org.tracechain.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A container's output lands in the node's log file, which only its owner can read, as a native node's. */
class LogFileTest {

    @TempDir
    Path dir;

    @Test
    void output_is_appended_to_an_owner_only_log_in_an_owner_only_directory() throws Exception {
        final Path log = dir.resolve("nodes/peer0.producer/peer0.producer.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "earlier run\n");
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));

        try (LogFile file = LogFile.append(log)) {
            file.write("Starting peer: 漢\n".getBytes(StandardCharsets.UTF_8));
            file.write(null);
        }

        assertThat(Files.readString(log)).isEqualTo("earlier run\nStarting peer: 漢\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent())))
                .isEqualTo("rwx------");
    }
}
