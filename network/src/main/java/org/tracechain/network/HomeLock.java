// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import java.io.IOException;
import java.nio.file.Path;
import org.tracechain.network.io.ExclusiveFileLock;

/** An exclusive lock on a network home, so two commands never start or stop the same network at once. */
final class HomeLock {

    private HomeLock() {}

    /** Takes the home's lock or fails at once: a second command must not queue behind a long {@code up}. */
    static ExclusiveFileLock acquire(final Path home) throws IOException {
        return ExclusiveFileLock.tryAcquire(home.resolve(".lock")).orElseThrow(() -> new NetworkException(
                "another tracechain command is working on " + home + "; try again when it ends"));
    }
}
