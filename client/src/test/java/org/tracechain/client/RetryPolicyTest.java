// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Exponential back-off with equal jitter: always within [c/2, c], c doubling up to the ceiling. */
class RetryPolicyTest {

    private static final RetryPolicy DEFAULTS = RetryPolicy.defaults();

    @Property(tries = 2000)
    void the_jittered_backoff_stays_within_half_and_all_of_its_ceiling(
            @ForAll @IntRange(min = 1, max = 40) final int failedAttempts,
            @ForAll @IntRange(min = 1, max = 5000) final int initialMillis,
            @ForAll @IntRange(min = 1, max = 20) final int ceilingFactor, @ForAll @LongRange final long seed) {
        final RetryPolicy policy = RetryPolicy.newBuilder().initialBackoff(Duration.ofMillis(initialMillis))
                .maxBackoff(Duration.ofMillis((long) initialMillis * ceilingFactor)).build();
        final long ceiling = BigInteger.valueOf(policy.initialBackoff().toNanos()).shiftLeft(failedAttempts - 1)
                .min(BigInteger.valueOf(policy.maxBackoff().toNanos())).longValueExact();

        final Duration backoff = policy.backoff(failedAttempts, new SplittableRandom(seed));

        assertThat(backoff.toNanos()).isBetween(ceiling - ceiling / 2, ceiling);
    }

    @Test
    void defaults_double_from_250_ms_to_4_s() {
        final RandomGenerator low = fixed(0);
        final RandomGenerator high = fixed(Long.MAX_VALUE);
        assertThat(DEFAULTS.maxAttempts()).isEqualTo(5);
        assertThat(DEFAULTS.backoff(1, low)).isEqualTo(Duration.ofMillis(125));
        assertThat(DEFAULTS.backoff(1, high)).isEqualTo(Duration.ofMillis(250));
        assertThat(DEFAULTS.backoff(2, high)).isEqualTo(Duration.ofMillis(500));
        assertThat(DEFAULTS.backoff(4, high)).isEqualTo(Duration.ofSeconds(2));
        assertThat(DEFAULTS.backoff(5, high)).isEqualTo(Duration.ofSeconds(4));
        assertThat(DEFAULTS.backoff(60, high)).isEqualTo(Duration.ofSeconds(4));
        assertThat(DEFAULTS.backoff(60, low)).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void jitter_spreads_clients_that_conflicted_together() {
        final Set<Duration> seen = new HashSet<>();
        final SplittableRandom random = new SplittableRandom(3);
        for (int client = 0; client < 20; client++) {
            seen.add(DEFAULTS.backoff(1, random));
        }
        assertThat(seen).hasSizeGreaterThan(15);
    }

    @Test
    void the_builder_checks_each_value() {
        assertThatThrownBy(() -> RetryPolicy.newBuilder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.newBuilder().maxAttempts(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.newBuilder().initialBackoff(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.newBuilder().maxBackoff(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RetryPolicy.newBuilder().initialBackoff(Duration.ofSeconds(2))
                .maxBackoff(Duration.ofSeconds(1)).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DEFAULTS.backoff(0, new SplittableRandom())).isInstanceOf(IllegalArgumentException.class);
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    /** A random source whose bounded draws are always the lowest or the highest value. */
    private static RandomGenerator fixed(final long draw) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return draw;
            }

            @Override
            public long nextLong(final long bound) {
                return draw == 0 ? 0 : bound - 1;
            }
        };
    }
}
