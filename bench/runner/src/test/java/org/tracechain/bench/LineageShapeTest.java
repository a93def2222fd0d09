// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineageShapeTest {

    @Test
    void the_benchmarks_lineages_have_exactly_their_size() {
        assertThat(LineageShape.of(100)).contains(new LineageShape(100, 9, 10));
        assertThat(LineageShape.of(1_000)).contains(new LineageShape(1_000, 27, 36));
        assertThat(LineageShape.of(10_000)).contains(new LineageShape(10_000, 99, 100));
        for (int lots = 3; lots <= LineageShape.LOTS_MAX; lots++) {
            LineageShape.of(lots).ifPresent(shape -> {
                assertThat(1 + shape.middle() + shape.middle() * shape.leavesEach()).isEqualTo(shape.lots());
                assertThat(shape.middle()).isBetween(1, LineageShape.SPLIT_MAX);
                assertThat(shape.leavesEach()).isBetween(1, LineageShape.SPLIT_MAX);
            });
        }
        assertThat(new LineageShape(10_000, 99, 100).transactions()).isEqualTo(101);
    }

    @Test
    void sizes_two_splits_cannot_make_are_refused() {
        assertThat(LineageShape.of(2)).isEmpty();
        assertThat(LineageShape.of(10_001)).isEmpty();
        assertThat(LineageShape.of(212)).as("211 is prime and above 100").isEmpty();
    }
}
