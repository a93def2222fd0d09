// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * An exclusive lock on a file, held against other processes (an OS file lock) and against other threads of
 * this JVM (the OS lock is per process, and Java refuses a second lock on the same file in one JVM). It is not
 * reentrant: a second acquire by the holder waits (or, tried, fails) like anybody else's. The holder's
 * PID is written into the file, so whoever waits can say for whom.
 */
public final class ExclusiveFileLock implements AutoCloseable {

    private static final ConcurrentMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Semaphore threadLock;
    private final FileChannel channel;
    private final FileLock lock;

    private ExclusiveFileLock(final Semaphore threadLock, final FileChannel channel, final FileLock lock) {
        this.threadLock = threadLock;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock if nobody holds it; empty if somebody does. */
    public static Optional<ExclusiveFileLock> tryAcquire(final Path file) throws IOException {
        final Semaphore threadLock = threadLock(file);
        if (!threadLock.tryAcquire()) {
            return Optional.empty();
        }
        return Optional.ofNullable(lockFile(file, threadLock, false));
    }

    /**
     * Takes the lock, waiting as long as another holds it. {@code onWait} is called once, before waiting, with
     * what the file says of the holder (its PID), so the caller can tell the user why nothing happens.
     */
    public static ExclusiveFileLock acquire(final Path file, final Consumer<String> onWait) throws IOException {
        final Optional<ExclusiveFileLock> free = tryAcquire(file);
        if (free.isPresent()) {
            return free.get();
        }
        onWait.accept(holder(file));
        final Semaphore threadLock = threadLock(file);
        threadLock.acquireUninterruptibly();
        return lockFile(file, threadLock, true);
    }

    private static Semaphore threadLock(final Path file) {
        return IN_THIS_JVM.computeIfAbsent(file.toAbsolutePath().normalize(), k -> new Semaphore(1));
    }

    private static ExclusiveFileLock lockFile(final Path file, final Semaphore threadLock, final boolean wait)
            throws IOException {
        FileChannel channel = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            final FileLock lock = wait ? channel.lock() : channel.tryLock();
            if (lock == null) {
                channel.close();
                threadLock.release();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            return new ExclusiveFileLock(threadLock, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            threadLock.release();
            throw e;
        }
    }

    private static String holder(final Path file) {
        try {
            final String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "another process" : text;
        } catch (IOException e) {
            return "another process";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                threadLock.release();
            }
        }
    }
}
