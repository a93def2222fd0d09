// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * What every transaction of one client shares: the commit-status deadline, how long an unknown outcome is pursued,
 * the retry policy of retrying submits, the status lookup and the record of unresolved submissions. The pause and
 * the random source are here so tests can run retries without sleeping.
 *
 * @param commitStatusTimeout how long one wait for a commit status lasts
 * @param outcomeTimeout how long an unknown outcome is pursued after that wait failed; zero to report it at once
 * @param retryPolicy the policy of {@link LedgerTransaction.Builder#retry()}
 * @param lookup looks transactions up on the ledger
 * @param submitted transactions sent for ordering whose outcome is not known yet
 * @param pause waits between attempts
 * @param random jitter of the back-off
 */
record SubmitSupport(Duration commitStatusTimeout, Duration outcomeTimeout, RetryPolicy retryPolicy,
        TransactionLookup lookup, SubmittedTransactions submitted, Pause pause, RandomGenerator random) {

    /** Waits; {@link Thread#sleep} in production. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    static final Pause SLEEP = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);

    boolean resolvesOutcomes() {
        return !outcomeTimeout.isZero();
    }
}
