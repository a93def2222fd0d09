// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How a retrying submit tries again: at most {@link #maxAttempts()} attempts, each a new proposal endorsed from the
 * ledger as it is then, with exponential back-off between them. Only {@linkplain LedgerException#retryable()
 * retryable} failures are retried: a {@link TransactionConflictException} (a concurrent transaction invalidated this
 * one; nothing was written) and a {@link LedgerUnavailableException} whose outcome is known (nothing reached the
 * ordering service). A refusal is never retried, with or without a code, and neither is an unknown outcome: the
 * submit has already tried to learn it (see {@link LedgerClient.Builder#outcomeTimeout}), and sending a new
 * transaction while the first may still commit could apply the change twice.
 *
 * <p>Back-off: before attempt {@code n + 1} the client waits a random time in {@code [c/2, c]}, where
 * {@code c = min(maxBackoff, initialBackoff × 2^(n-1))} ("equal jitter"). The random half spreads clients that
 * conflicted in the same block, so they do not collide again; the fixed half keeps each of them waiting for at least
 * one more block (a conflict can only clear once the winning transaction's block is committed).
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.newBuilder().maxAttempts(8).initialBackoff(Duration.ofMillis(500)).build();
 * TransactionResult held = food.newTransaction("Hold").addArguments(json).retry(patient).build().submit();
 * }</pre>
 */
public final class RetryPolicy {

    /** Default attempts: a handful of blocks' worth of contention, not an endless loop. */
    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    /** Default first back-off: one block-cutting timeout of the default network (250 ms). */
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(250);
    /** Default longest back-off: longer than a Raft election (measured 3.3-3.4 s). */
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(4);
    /** The most attempts a policy may allow. */
    public static final int MAX_ATTEMPTS_LIMIT = 100;

    private static final RetryPolicy DEFAULTS = newBuilder().build();
    private static final RetryPolicy NONE = newBuilder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private RetryPolicy(final Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
    }

    /** {@value #DEFAULT_MAX_ATTEMPTS} attempts, back-off from 250 ms doubling up to 4 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt: failures are thrown as they are. */
    public static RetryPolicy none() {
        return NONE;
    }

    /** A builder starting from the defaults. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Attempts in all, the first included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    /**
     * The wait after {@code failedAttempts} attempts failed, before the next one: uniformly random in
     * {@code [c/2, c]} with {@code c = min(maxBackoff, initialBackoff × 2^(failedAttempts-1))}.
     *
     * @param failedAttempts attempts made so far, at least 1
     * @param random the source of jitter
     * @return the wait
     * @throws IllegalArgumentException if {@code failedAttempts} is below 1
     */
    public Duration backoff(final int failedAttempts, final RandomGenerator random) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, got " + failedAttempts);
        }
        Objects.requireNonNull(random, "random must not be null");
        final long initial = initialBackoff.toNanos();
        final long max = maxBackoff.toNanos();
        // Doubling stops at the ceiling, so no shift can overflow.
        long ceiling = initial;
        for (int i = 1; i < failedAttempts && ceiling < max; i++) {
            ceiling = ceiling > max / 2 ? max : ceiling * 2;
        }
        ceiling = Math.min(ceiling, max);
        final long half = ceiling / 2;
        return Duration.ofNanos(ceiling - half + random.nextLong(half + 1));
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof RetryPolicy that && maxAttempts == that.maxAttempts
                && initialBackoff.equals(that.initialBackoff) && maxBackoff.equals(that.maxBackoff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, initialBackoff, maxBackoff);
    }

    @Override
    public String toString() {
        return "RetryPolicy[" + maxAttempts + " attempts, back-off " + initialBackoff.toMillis() + " ms doubling to "
                + maxBackoff.toMillis() + " ms, equal jitter]";
    }

    /** Builds a {@link RetryPolicy}; each method checks its argument immediately. */
    public static final class Builder {
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
        private Duration initialBackoff = DEFAULT_INITIAL_BACKOFF;
        private Duration maxBackoff = DEFAULT_MAX_BACKOFF;

        private Builder() {}

        /**
         * @param attempts attempts in all, the first included (1 means no retry)
         * @return this builder
         * @throws IllegalArgumentException if not between 1 and {@value #MAX_ATTEMPTS_LIMIT}
         */
        public Builder maxAttempts(final int attempts) {
            if (attempts < 1 || attempts > MAX_ATTEMPTS_LIMIT) {
                throw new IllegalArgumentException("maxAttempts must be between 1 and " + MAX_ATTEMPTS_LIMIT
                        + ", got " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * @param backoff the back-off ceiling after the first failure (default 250 ms)
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder initialBackoff(final Duration backoff) {
            this.initialBackoff = Arguments.requirePositive(backoff, "initialBackoff");
            return this;
        }

        /**
         * @param backoff the largest back-off ceiling (default 4 s)
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if zero or negative
         */
        public Builder maxBackoff(final Duration backoff) {
            this.maxBackoff = Arguments.requirePositive(backoff, "maxBackoff");
            return this;
        }

        /**
         * @return the policy
         * @throws IllegalStateException if the maximum back-off is shorter than the initial one
         */
        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalStateException("maxBackoff " + maxBackoff + " is shorter than initialBackoff "
                        + initialBackoff);
            }
            return new RetryPolicy(this);
        }
    }
}
