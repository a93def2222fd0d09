// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.tracechain.network.io.ExclusiveFileLock;

/**
 * An exclusive lock on a network home, so two commands (or a command and the supervisor) never start or stop the
 * same network's nodes at once.
 */
public final class HomeLock {

    private HomeLock() {}

    /** Takes the home's lock or fails at once: a second command must not queue behind a long {@code up}. */
    static ExclusiveFileLock acquire(final Path home) throws IOException {
        return tryAcquire(home).orElseThrow(() -> new NetworkException(
                "another tracechain command is working on " + home + "; try again when it ends"));
    }

    /** Takes the home's lock if nobody holds it. */
    public static Optional<ExclusiveFileLock> tryAcquire(final Path home) throws IOException {
        return ExclusiveFileLock.tryAcquire(home.resolve(".lock"));
    }
}
