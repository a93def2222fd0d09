// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void recreate_empties_a_directory_with_nothing_mounted_in_it() throws IOException {
        final Path work = dir.resolve("work");
        Files.createDirectories(work.resolve("rootfs/etc"));
        Files.writeString(work.resolve("rootfs/etc/hostname"), "old");

        BuildDirectory.recreate(work);

        assertThat(work).isEmptyDirectory();
    }

    @Test
    void finds_mount_points_below_a_directory_and_not_beside_it() throws IOException {
        // /proc is mounted on every Linux machine these tests run on; "/pro" must not match it.
        assertThat(BuildDirectory.mountsBelow(Path.of("/"))).contains("/proc");
        assertThat(BuildDirectory.mountsBelow(Path.of("/pro"))).isEmpty();
        assertThat(BuildDirectory.mountsBelow(dir)).isEmpty();
    }
}
