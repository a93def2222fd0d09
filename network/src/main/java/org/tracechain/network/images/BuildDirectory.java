// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tracechain.network.process.Directories;

/**
 * The scratch directory an image is built in. debootstrap mounts {@code /proc} and {@code /sys} (and in containers
 * binds {@code /dev}) inside the root file system it makes and unmounts them when it ends; should one stay mounted
 * (debootstrap killed), deleting the directory would walk into the host's file systems, so it is refused with the
 * command that fixes it.
 */
final class BuildDirectory {

    private static final Path MOUNTS = Path.of("/proc/self/mounts");

    private BuildDirectory() {}

    /** Deletes {@code dir} if nothing is mounted below it, then creates it empty. */
    static void recreate(final Path dir) throws IOException {
        delete(dir);
        Files.createDirectories(dir);
    }

    /** Deletes {@code dir} if nothing is mounted below it. */
    static void delete(final Path dir) throws IOException {
        final List<String> mounted = mountsBelow(dir);
        if (!mounted.isEmpty()) {
            throw new DockerEngineException("file systems are still mounted in the build directory (" + mounted
                    + "), left by an interrupted debootstrap; unmount them (umount -R " + String.join(" ", mounted)
                    + ") and run again");
        }
        Directories.deleteRecursively(dir);
    }

    /** Mount points at or below {@code dir}, from the kernel's mount table (empty where there is none). */
    static List<String> mountsBelow(final Path dir) throws IOException {
        if (!Files.isReadable(MOUNTS)) {
            return List.of();
        }
        final String path = dir.toAbsolutePath().normalize().toString();
        final String prefix = path.endsWith("/") ? path : path + "/";
        // Fields: device, mount point (spaces escaped as \040), type, options, ...
        return Files.readAllLines(MOUNTS).stream().map(line -> line.split(" ")[1].replace("\\040", " "))
                .filter(point -> (point + "/").startsWith(prefix)).toList();
    }
}
