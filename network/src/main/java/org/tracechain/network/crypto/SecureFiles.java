// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * File writing for key material: owner-only permissions set at creation (never a window where a key is
 * world-readable), and temp-file-then-rename so a crash never leaves a half-written file.
 */
final class SecureFiles {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private SecureFiles() {}

    /** Writes {@code content} to {@code target} atomically; {@code secret} files get mode 0600. */
    static void writeAtomically(final Path target, final byte[] content, final boolean secret) throws IOException {
        final Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        final Path temp = dir.resolve("." + target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (secret && isPosix(dir)) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } else {
            Files.createFile(temp);
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            final ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Renames a fully written staging directory to {@code target} in one step and makes the rename durable
     * (fsync of the parent directory, where the platform allows it), so a crash leaves either nothing or
     * everything at {@code target}.
     */
    static void moveDirectoryAtomically(final Path staged, final Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel parent = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            parent.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Directories cannot be opened or synced on every platform; the rename itself is still atomic.
        }
    }

    /** Creates {@code dir} (and missing parents) with mode 0700 for the directory itself. */
    static void createPrivateDirectory(final Path dir) throws IOException {
        Files.createDirectories(dir.toAbsolutePath().getParent());
        if (Files.isDirectory(dir)) {
            return;
        }
        final FileAttribute<?>[] attributes = isPosix(dir.toAbsolutePath().getParent())
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_DIR)}
                : new FileAttribute<?>[0];
        Files.createDirectory(dir, attributes);
    }

    /** Deletes a directory tree (a staging directory that never became live material). */
    static void deleteRecursively(final Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(final Path dir, final IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean isPosix(final Path existingDir) throws IOException {
        return Files.getFileStore(existingDir).supportsFileAttributeView(PosixFileAttributeView.class);
    }
}
