// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.tracechain.network.NetworkException;

/**
 * Polls a condition until it holds, with a short growing interval, failing with a diagnosis after a timeout.
 * Readiness is always a checked condition (health endpoint, channel status), never a fixed sleep.
 */
public final class Wait {

    private Wait() {}

    /**
     * Waits until {@code condition} holds.
     *
     * @param what what is awaited, for the error message
     * @param diagnosis evaluated on timeout, e.g. the tail of a node's log
     */
    public static void until(final String what, final Duration timeout, final BooleanSupplier condition,
            final Supplier<String> diagnosis) {
        final Instant deadline = Instant.now().plus(timeout);
        long pauseMillis = 50;
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new NetworkException("timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + diagnosis.get());
            }
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NetworkException("interrupted while waiting for " + what, e);
            }
            pauseMillis = Math.min(500, pauseMillis * 2);
        }
    }
}
